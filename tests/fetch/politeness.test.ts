/** Politeness measured where it matters, on the server: requests in flight and Retry-After. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFetcher } from "../../src/fetch/client.js";
import type { Fetcher, FetchPolicy } from "../../src/fetch/types.js";
import { ARTICLES, startTestSite, type TestSite } from "../helpers/test-site.js";

let site: TestSite;
const fetchers: Fetcher[] = [];

function client(policy: FetchPolicy = {}): Fetcher {
  const fetcher = createFetcher({ retryBaseMs: 5, cacheDir: false, ...policy });
  fetchers.push(fetcher);
  return fetcher;
}

beforeAll(async () => {
  site = await startTestSite({ hosts: 3, slowMs: 60 });
});

beforeEach(() => site.reset());

afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await site.close();
});

describe("concurrency", () => {
  it("never has more than perHost requests in flight on one host (default 2)", async () => {
    const [a] = site.hosts as [string];
    const fetcher = client();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => fetcher.get(`${a}/slow?i=${i}`)));
    expect(results.every((r) => r.ok && r.status === 200)).toBe(true);
    expect(site.requestsTo(a, "/slow")).toHaveLength(10);
    expect(site.maxConcurrent(a)).toBe(2);
  });

  it("holds perHost on every host and the overall limit across them", async () => {
    const fetcher = client({ perHost: 2, concurrency: 3 });
    const urls = site.hosts.flatMap((host) => Array.from({ length: 4 }, (_, i) => `${host}/slow?i=${i}`));
    const results = await Promise.all(urls.map((url) => fetcher.get(url)));
    expect(results.every((r) => r.ok)).toBe(true);
    for (const host of site.hosts) expect(site.maxConcurrent(host)).toBeLessThanOrEqual(2);
    expect(site.maxConcurrent()).toBe(3);
  });

  it("perHost: 1 asks one thing at a time", async () => {
    const [, b] = site.hosts as [string, string];
    const fetcher = client({ perHost: 1 });
    await Promise.all(Array.from({ length: 4 }, (_, i) => fetcher.get(`${b}/slow?i=${i}`)));
    expect(site.maxConcurrent(b)).toBe(1);
  });
});

describe("Retry-After", () => {
  it("is waited for on a 429, then the page comes", async () => {
    const [a] = site.hosts as [string];
    const started = performance.now();
    const result = await client().get(`${a}/rate-limited`);
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    const [first, second] = site.requestsTo(a, "/rate-limited");
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it("holds the whole host, not only the URL that got the 429", async () => {
    const [, b] = site.hosts as [string, string];
    const fetcher = client();
    await fetcher.get(`${b}/`); // robots.txt is in, so the next request goes straight out
    const limited = fetcher.get(`${b}/rate-limited`);
    // Once the 429 is out (and the client has had time to read it), ask for another page.
    while (site.requestsTo(b, "/rate-limited").length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const other = await fetcher.get(`${b}${ARTICLES[1]!.path}`);
    expect(other).toMatchObject({ ok: true, status: 200 });
    await limited;
    const [told] = site.requestsTo(b, "/rate-limited");
    const [page] = site.requestsTo(b, ARTICLES[1]!.path);
    expect(page!.at - told!.at).toBeGreaterThanOrEqual(950);
  });

  it("that never ends the 429s fails after the retries", async () => {
    const [, , c] = site.hosts as [string, string, string];
    expect(await client({ retries: 1 }).get(`${c}/always-429`)).toEqual({
      ok: false,
      url: `${c}/always-429`,
      error: "HTTP 429 Too Many Requests (gave up after 2 attempts)",
      status: 429,
    });
    expect(site.requestsTo(c, "/always-429")).toHaveLength(2);
  });

  it("longer than maxRetryAfterMs fails at once", async () => {
    const [, , c] = site.hosts as [string, string, string];
    const started = performance.now();
    expect(await client().get(`${c}/always-429?after=120`)).toMatchObject({
      ok: false,
      error: "HTTP 429 Too Many Requests (asked to retry after 120 s, longer than the limit of 60 s)",
      status: 429,
    });
    expect(performance.now() - started).toBeLessThan(900);
    expect(site.requestsTo(c, "/always-429")).toHaveLength(1);
  });
});
