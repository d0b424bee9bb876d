/**
 * `--sitemap <site root>` when the site's robots.txt does not help: the failure names the URL
 * that was actually requested and its cause once, and claims no "listed in" that is not true.
 * Through the real client (its retries, its robots.txt rules), on local hosts.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { discoverFromSitemap } from "../../src/discover/sitemap.js";
import { createFetcher } from "../../src/fetch/client.js";
import type { Fetcher } from "../../src/fetch/types.js";
import { startTestSite, type TestSite } from "../helpers/test-site.js";

let site: TestSite;
/** Host a's robots.txt names a sitemap that is gone; b's robots.txt answers 503. */
let a: string, b: string;
let closedPort: number;
const fetchers: Fetcher[] = [];

function client(): Fetcher {
  const fetcher = createFetcher({ retryBaseMs: 1, cacheDir: false });
  fetchers.push(fetcher);
  return fetcher;
}

beforeAll(async () => {
  site = await startTestSite({ hosts: 2, robots: ["User-agent: *\nDisallow: /private/\n\nSitemap: {base}/gone-sitemap.xml\n", 503] });
  [a, b] = site.hosts as [string, string];
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await site.close();
});

describe("a site given to --sitemap by its root", () => {
  test("on a host that cannot be reached: one failure, robots.txt (the URL tried), the cause once", async () => {
    const root = `http://127.0.0.1:${closedPort}/`;
    expect(await discoverFromSitemap(root, client())).toEqual({
      urls: [],
      failures: [{ input: `${root}robots.txt`, error: `could not connect to 127.0.0.1:${closedPort}: connection refused (ECONNREFUSED) (gave up after 3 attempts)` }],
    });
  });

  test("whose robots.txt answers 5xx: that failure, and no /sitemap.xml guessed (robots.txt rules the site out meanwhile)", async () => {
    site.reset();
    expect(await discoverFromSitemap(`${b}/`, client())).toEqual({
      urls: [],
      failures: [{ input: `${b}/robots.txt`, error: "HTTP 503 Service Unavailable (gave up after 3 attempts)" }],
    });
    expect(site.requestsTo(b).map((r) => r.path)).toEqual(["/robots.txt", "/robots.txt", "/robots.txt"]);
  });

  test("whose robots.txt names a sitemap that is gone: the failure says it was listed in robots.txt", async () => {
    expect(await discoverFromSitemap(`${a}/`, client())).toEqual({
      urls: [],
      failures: [{ input: `${a}/gone-sitemap.xml`, error: "HTTP 404 Not Found", via: `${a}/robots.txt` }],
    });
  });
});
