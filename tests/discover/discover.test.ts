import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { discover, discoverEach } from "../../src/index.js";
import { collect, unique } from "../../src/discover/discovery.js";
import type { DiscoveryEntry } from "../../src/discover/types.js";
import { startSites, type Sites } from "./partner-site.js";
import { testFetcher } from "./test-fetcher.js";

let sites: Sites;
let s: string;
beforeAll(async () => {
  sites = await startSites();
  s = sites.site;
});
afterAll(() => sites.close());

const short = (entries: DiscoveryEntry[]) => entries.map((e) => (e.kind === "url" ? e.url.replace(s, "") : `${e.input.replace(s, "")}: ${e.error}`));

describe("discover", () => {
  test("sitemaps, then feeds, then crawls: every URL once, where first found, failures in their place", async () => {
    const entries = await discover(
      { sitemaps: [`${s}/wp-sitemap.xml`, `${s}/sitemap.xml`], feeds: [`${s}/feed/atom/`, `${s}/feed/rdf/`], crawl: [`${s}/`], depth: 1, since: new Date("2024-09-15") },
      testFetcher({ robots: true }),
    );
    expect(short(entries)).toEqual([
      "/2024/10/25/border-patrol-apprehensions/",
      "/2024/10/18/coast-guard-cutter/",
      "/2024/09/30/senate-vote-delayed/",
      "/2024/09/12/undated-brief/",
      "/about/",
      "/contact/",
      "/wp-sitemap-users-1.xml: HTTP 404 Not Found",
      "/category/news/",
      "/sitemap.xml: HTTP 404 Not Found",
      // The feeds list nothing new; the crawl adds the home page and what it could not fetch.
      "/",
      "/gone/: HTTP 404 Not Found",
      "/private/draft/: disallowed by robots.txt",
    ]);
    expect(entries.at(-3)).toMatchObject({ kind: "url", via: `${s}/`, page: { status: 200 } });
  });

  test("entries come one by one: stopping early stops fetching", async () => {
    const fetcher = testFetcher();
    for await (const entry of discoverEach({ crawl: [`${s}/`] }, fetcher)) {
      expect(entry).toMatchObject({ kind: "url", url: `${s}/` });
      break;
    }
    // The start page, and at most a few requests already on their way.
    expect(fetcher.requests.length).toBeLessThanOrEqual(5);
  });

  test("a URL is one page whatever the case of its scheme and host, a default port or a #fragment", async () => {
    async function* entries(): AsyncGenerator<DiscoveryEntry> {
      for (const url of ["https://partner.example/a#top", "HTTPS://Partner.Example:443/a", "https://partner.example/A", "http://partner.example/a"]) yield { kind: "url", url, via: "https://partner.example/sitemap.xml" };
    }
    expect((await collect(unique(entries()))).map((e) => (e.kind === "url" ? e.url : e.input))).toEqual([
      "https://partner.example/a#top",
      "https://partner.example/A",
      "http://partner.example/a",
    ]);
  });

  test("nothing to discover is nothing", async () => {
    expect(await discover({}, testFetcher())).toEqual([]);
  });
});
