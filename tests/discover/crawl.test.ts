import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { crawl, type CrawlOptions } from "../../src/discover/crawl.js";
import type { DiscoveryEntry } from "../../src/discover/types.js";
import { startSites, type Sites } from "./partner-site.js";
import { testFetcher, type TestFetcher } from "./test-fetcher.js";

let sites: Sites;
let s: string;
beforeAll(async () => {
  sites = await startSites();
  s = sites.site;
});
afterAll(() => sites.close());

async function run(start: string, options: CrawlOptions = {}, fetcher: TestFetcher = testFetcher({ robots: true })): Promise<DiscoveryEntry[]> {
  const entries: DiscoveryEntry[] = [];
  for await (const entry of crawl(start, fetcher, options)) entries.push(entry);
  return entries;
}

/** Entries in a short form: a page's path and the page that linked to it, or a failure's path and cause. */
const short = (entries: DiscoveryEntry[]) =>
  entries.map((e) => (e.kind === "url" ? `${e.url.replace(s, "")} ← ${e.via.replace(s, "")}` : `${e.input.replace(s, "")}: ${e.error}${e.skipped ? ` [${e.skipped}]` : ""}${e.via ? ` ← ${e.via.replace(s, "")}` : ""}`));

describe("crawl", () => {
  test("breadth-first over the site's pages, two links deep; failures in their place", async () => {
    expect(short(await run(`${s}/`))).toEqual([
      "/ ← /",
      "/2024/10/25/border-patrol-apprehensions/ ← /",
      "/2024/10/18/coast-guard-cutter/ ← /",
      "/category/news/ ← /",
      "/gone/: HTTP 404 Not Found ← /",
      "/private/draft/: disallowed by robots.txt [robots] ← /",
      "/about/ ← /",
      "/2024/10/22/mayor-signs-budget/ ← /2024/10/25/border-patrol-apprehensions/",
      "/category/news/page/2/ ← /category/news/",
    ]);
  });

  test("each page is fetched once and comes with its response; other sites, files, nofollow links and mailto: are never fetched", async () => {
    const fetcher = testFetcher({ robots: true });
    const before = sites.hits.length;
    const entries = await run(`${s}/`, {}, fetcher);
    const paths = fetcher.requests.map((u) => u.replace(s, ""));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).not.toContain("/2024/10/21/deep-story/"); // three links away
    expect(paths.filter((p) => /replytocom|\.jpg|\.PDF|mailto|tel:|javascript|team/.test(p))).toEqual([]);
    // The sponsor redirect was followed by the HTTP client, but nothing on that site was crawled.
    expect(sites.hits.slice(before).filter((h) => !h.startsWith("127.0.0.1:" + new URL(s).port))).toEqual([`${new URL(sites.other).host}/landing/`]);

    const story = entries.find((e) => e.kind === "url" && e.url.endsWith("/border-patrol-apprehensions/"));
    expect(story?.kind === "url" && new TextDecoder().decode(story.page?.bytes)).toContain("<h1>Border Patrol Apprehensions Fall</h1>");
  });

  test("depth 0 is the start page alone; depth 1 adds the pages it links to", async () => {
    expect(short(await run(`${s}/`, { depth: 0 }))).toEqual(["/ ← /"]);
    expect(short(await run(`${s}/`, { depth: 1 }))).toHaveLength(7);
  });

  test("maxPages: requests stop there, and one line says how many pages found were left", async () => {
    const fetcher = testFetcher({ robots: true });
    expect(short(await run(`${s}/`, { maxPages: 4 }, fetcher))).toEqual([
      "/ ← /",
      "/2024/10/25/border-patrol-apprehensions/ ← /",
      "/2024/10/18/coast-guard-cutter/ ← /",
      "/category/news/ ← /",
      "/: stopped after 4 pages (maxPages): 8 more found on the site were not crawled [limit]",
    ]);
    expect(fetcher.requests).toHaveLength(4);
  });

  test("include and exclude globs over the path decide which links are followed; the start page is always fetched", async () => {
    expect(short(await run(`${s}/`, { include: ["/2024/**"], exclude: ["/2024/10/18/**"] }))).toEqual([
      "/ ← /",
      "/2024/10/25/border-patrol-apprehensions/ ← /",
      "/2024/10/22/mayor-signs-budget/ ← /2024/10/25/border-patrol-apprehensions/",
    ]);
  });

  test("a start page that redirects to another host makes that host the site", async () => {
    const entries = await run(`${sites.entry}/`, { depth: 1 });
    expect(entries[0]).toMatchObject({ kind: "url", url: `${sites.entry}/`, via: `${sites.entry}/`, page: { finalUrl: `${s}/` } });
    expect(short(entries.slice(1, 3))).toEqual([`/2024/10/25/border-patrol-apprehensions/ ← ${sites.entry}/`, `/2024/10/18/coast-guard-cutter/ ← ${sites.entry}/`]);
  });

  test("a start page that fails, or is not HTML, is a failure naming it", async () => {
    expect(short(await run(`${s}/gone/`))).toEqual(["/gone/: HTTP 404 Not Found"]);
    expect(short(await run(`${s}/feed/`))).toEqual(["/feed/: not an HTML page (Content-Type: application/rss+xml; charset=UTF-8)"]);
    expect(short(await run("javascript:alert(1)"))).toEqual(['javascript:alert(1): unsupported URL scheme "javascript:" (use http or https)']);
  });

  test("impossible limits are refused", async () => {
    await expect(run(`${s}/`, { depth: -1 })).rejects.toThrow("crawl depth must be a whole number ≥ 0, not -1");
    await expect(run(`${s}/`, { maxPages: 0 })).rejects.toThrow("crawl maxPages must be a whole number ≥ 1, not 0");
  });
});
