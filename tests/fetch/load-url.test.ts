/** Page loading (src/load) on top of the client: decoding, types, robots.txt, one client per run. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkUrl } from "../../src/check.js";
import { createFetcher } from "../../src/fetch/client.js";
import { loadAll } from "../../src/load/index.js";
import { loadUrl } from "../../src/load/url.js";
import { loadOriginals } from "../../src/originals/load.js";
import { ARTICLES, articleHtml, startTestSite, WINDOWS_1252_TEXT, type TestSite } from "../helpers/test-site.js";

let site: TestSite;
let a: string;
const fetcher = createFetcher({ retryBaseMs: 5, cacheDir: false });

beforeAll(async () => {
  site = await startTestSite({ hosts: 1 });
  [a] = site.hosts as [string];
});

beforeEach(() => site.reset());

afterAll(async () => {
  await fetcher.close();
  await site.close();
});

describe("loadUrl through a fetcher", () => {
  it("decodes a windows-1252 page named by the header", async () => {
    const outcome = await loadUrl(`${a}/windows-1252`, { fetcher });
    expect(outcome).toMatchObject({ ok: true, page: { encoding: "windows-1252" } });
    expect(outcome.ok && outcome.page.source).toContain(WINDOWS_1252_TEXT);
  });

  it("decodes a brotli page and records where a redirect led", async () => {
    expect(await loadUrl(`${a}/brotli`, { fetcher })).toMatchObject({ ok: true, page: { source: articleHtml(ARTICLES[0]!, a) } });
    expect(await loadUrl(`${a}/redirect?n=2`, { fetcher })).toMatchObject({
      ok: true,
      page: { input: `${a}/redirect?n=2`, url: `${a}${ARTICLES[0]!.path}`, finalUrl: `${a}${ARTICLES[0]!.path}` },
    });
  });

  it("refuses the wrong content type", async () => {
    expect(await loadUrl(`${a}/wrong-type`, { fetcher })).toEqual({ ok: false, input: `${a}/wrong-type`, error: "not an HTML page (Content-Type: image/png)" });
  });

  it("reports a page robots.txt disallows as skipped, without requesting it", async () => {
    expect(await loadUrl(`${a}/private/page`, { fetcher })).toEqual({
      ok: false,
      input: `${a}/private/page`,
      error: `disallowed by robots.txt (${a}/robots.txt)`,
      skipped: "robots",
    });
    expect(site.requestsTo(a, "/private/page")).toEqual([]);
  });

  it("takes a feed with acceptXml, and asks for XML", async () => {
    expect(await loadUrl(`${a}/feed.xml`, { fetcher })).toMatchObject({ ok: false, error: "not an HTML page (Content-Type: application/rss+xml)" });
    expect(await loadUrl(`${a}/feed.xml`, { fetcher, acceptXml: true })).toMatchObject({ ok: true, page: { source: expect.stringContaining("<rss") } });
    expect(site.requestsTo(a, "/feed.xml")[1]!.headers.accept).toContain("application/rss+xml");
  });

  it("without a fetcher, makes one from the load options", async () => {
    expect(await loadUrl(`${a}/slow?ms=2000`, { timeoutMs: 100 })).toMatchObject({ ok: false, error: "timed out after 0.1 s" });
    const outcome = await loadUrl(`${a}${ARTICLES[1]!.path}`, { userAgent: "acme-checker/2" });
    expect(outcome.ok).toBe(true);
    expect(site.requestsTo(a, ARTICLES[1]!.path)[0]!.headers["user-agent"]).toBe("acme-checker/2");
  });
});

describe("checkUrl through a fetcher", () => {
  it("checks a test-site article against the terms: every one met", async () => {
    const result = await checkUrl(`${a}/gzip`, { authors: ["Laila Montgomery"], fetcher });
    expect(result).toMatchObject({ status: "checked", findings: [] });
    expect(Object.values(result.verdicts).filter((v) => v !== "pass" && v !== "not-applicable")).toEqual([]);
  });
});

describe("one client per run", () => {
  it("loadAll asks for robots.txt once and keeps to two requests per host", async () => {
    const urls = [...ARTICLES.map((article) => `${a}${article.path}`), `${a}/slow?i=1`, `${a}/slow?i=2`, `${a}/slow?i=3`, `${a}/private/page`];
    const outcomes = [];
    for await (const outcome of loadAll(urls, { concurrency: 8 })) outcomes.push(outcome);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true, true, false]);
    expect(outcomes[6]).toMatchObject({ skipped: "robots" });
    expect(site.requestsTo(a, "/robots.txt")).toHaveLength(1);
    expect(site.maxConcurrent(a)).toBeLessThanOrEqual(2);
  });

  it("loadOriginals reads a feed, a sitemap and their pages with one client", async () => {
    const { originals, failures } = await loadOriginals([`${a}/feed.xml`, `${a}/sitemap.xml`]);
    expect(failures).toEqual([]);
    expect(originals.map((o) => o.headline).sort()).toEqual(ARTICLES.map((article) => article.headline).sort());
    expect(site.requestsTo(a, "/robots.txt")).toHaveLength(1);
  });
});
