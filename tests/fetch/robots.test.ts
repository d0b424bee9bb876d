import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFetcher } from "../../src/fetch/client.js";
import { productToken } from "../../src/fetch/robots.js";
import type { Fetcher, FetchPolicy } from "../../src/fetch/types.js";
import { ARTICLES, startTestSite, type TestSite } from "../helpers/test-site.js";

let site: TestSite;
/** Host a has the usual robots.txt (see ROBOTS_TXT), b has none (404), c's answers 503. */
let a: string, b: string, c: string;
const fetchers: Fetcher[] = [];

function client(policy: FetchPolicy = {}): Fetcher {
  const fetcher = createFetcher({ retryBaseMs: 5, cacheDir: false, ...policy });
  fetchers.push(fetcher);
  return fetcher;
}

beforeAll(async () => {
  site = await startTestSite({ hosts: 3, robots: [undefined, 404, 503] });
  [a, b, c] = site.hosts as [string, string, string];
});

beforeEach(() => site.reset());

afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await site.close();
});

describe("robots.txt", () => {
  it("keeps a disallowed page from ever being requested", async () => {
    expect(await client().get(`${a}/private/page`)).toEqual({
      ok: false,
      url: `${a}/private/page`,
      error: `disallowed by robots.txt (${a}/robots.txt)`,
      skipped: "robots",
    });
    expect(site.requestsTo(a).map((r) => r.path)).toEqual(["/robots.txt"]);
  });

  it("is read for republint's own group, by the product token of the User-Agent", async () => {
    expect(await client().get(`${a}/no-republint/page`)).toMatchObject({ ok: false, skipped: "robots" });
    // Another robot falls under `User-agent: *`, which allows the page.
    expect(await client({ userAgent: "otherbot/1.0" }).get(`${a}/no-republint/page`)).toMatchObject({ ok: true, status: 200 });
    expect(productToken("republint/0.1.0 (+https://github.com/republint/republint)")).toBe("republint");
    expect(productToken("Acme-Checker/2")).toBe("acme-checker");
  });

  it("is fetched once per host for a whole run", async () => {
    const fetcher = client();
    const results = await Promise.all([...ARTICLES, ...ARTICLES].map((article) => fetcher.get(`${a}${article.path}`)));
    expect(results.every((r) => r.ok)).toBe(true);
    await fetcher.get(`${a}/private/page`);
    expect(site.requestsTo(a, "/robots.txt")).toHaveLength(1);
  });

  it("that is missing (404) allows everything", async () => {
    expect(await client().get(`${b}/private/page`)).toMatchObject({ ok: true, status: 200 });
  });

  it("that answers 5xx closes the whole site for the run, and its pages fail: they were not checked, not skipped", async () => {
    const fetcher = client();
    const result = await fetcher.get(`${c}${ARTICLES[0]!.path}`);
    expect(result).toEqual({
      ok: false,
      url: `${c}${ARTICLES[0]!.path}`,
      error: `not fetched: ${c}/robots.txt answered HTTP 503 Service Unavailable (gave up after 3 attempts), which means "disallow everything" until it recovers (RFC 9309)`,
    });
    const home = await fetcher.get(`${c}/`);
    expect(home).toMatchObject({ ok: false, error: expect.stringContaining("robots.txt answered HTTP 503") });
    expect(home).not.toHaveProperty("skipped");
    expect(site.requestsTo(c).map((r) => r.path)).toEqual(["/robots.txt", "/robots.txt", "/robots.txt"]);
  });

  it("on a host that cannot be reached fails the page with the cause (retried first), not with robots.txt's name", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    expect(await client().get(`http://127.0.0.1:${port}/story`)).toEqual({
      ok: false,
      url: `http://127.0.0.1:${port}/story`,
      error: `could not connect to 127.0.0.1:${port}: connection refused (ECONNREFUSED) (gave up after 3 attempts)`,
      unreachable: true,
    });
  });

  it("that cannot be fetched for a reason of its own fails the page naming robots.txt, without requesting the page", async () => {
    const undo = site.route("/robots.txt", (_req, res) => void res.writeHead(301, { location: "/robots.txt" }).end());
    try {
      expect(await client().get(`${b}${ARTICLES[0]!.path}`)).toEqual({ ok: false, url: `${b}${ARTICLES[0]!.path}`, error: `could not fetch ${b}/robots.txt: redirect loop` });
      expect(site.requestsTo(b).map((r) => r.path)).toEqual(["/robots.txt"]);
    } finally {
      undo();
    }
  });

  it("is not asked for when robots is off", async () => {
    expect(await client({ robots: false }).get(`${a}/private/page`)).toMatchObject({ ok: true, status: 200 });
    expect(site.requestsTo(a).map((r) => r.path)).toEqual(["/private/page"]);
  });

  it("follows its own redirects (to the same rules)", async () => {
    const undo = [
      site.route("/robots.txt", (_req, res) => void res.writeHead(301, { location: "/robots-moved.txt" }).end()),
      site.route("/robots-moved.txt", (_req, res) => void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /news/\n")),
    ];
    try {
      expect(await client().get(`${b}${ARTICLES[0]!.path}`)).toMatchObject({ ok: false, error: `disallowed by robots.txt (${b}/robots.txt)`, skipped: "robots" });
      expect(site.requestsTo(b).map((r) => r.path)).toEqual(["/robots.txt", "/robots-moved.txt"]);
    } finally {
      for (const restore of undo) restore();
    }
  });
});
