import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { discoverFromFeed } from "../../src/discover/feed.js";
import { startSites, type Sites } from "./partner-site.js";
import { testFetcher } from "./test-fetcher.js";

let sites: Sites;
let s: string;
beforeAll(async () => {
  sites = await startSites();
  s = sites.site;
});
afterAll(() => sites.close());

describe("feeds", () => {
  test("RSS 2.0: item links with their pubDate; a permalink <guid> stands in for a missing <link>", async () => {
    expect(await discoverFromFeed(`${s}/feed/`, testFetcher())).toEqual({
      urls: [
        { url: `${s}/2024/10/25/border-patrol-apprehensions/`, lastModified: "2024-10-25T14:03:11.000Z", via: `${s}/feed/` },
        { url: `${s}/2024/10/18/coast-guard-cutter/`, lastModified: "2024-10-18T09:00:00.000Z", via: `${s}/feed/` },
        { url: `${s}/2024/09/30/senate-vote-delayed/`, lastModified: "2024-09-30T21:15:42.000Z", via: `${s}/feed/` },
      ],
      failures: [],
    });
  });

  test("Atom: the alternate link, <updated> else <published>", async () => {
    expect(await discoverFromFeed(`${s}/feed/atom/`, testFetcher())).toEqual({
      urls: [
        { url: `${s}/2024/10/25/border-patrol-apprehensions/`, lastModified: "2024-10-25T14:03:11.000Z", via: `${s}/feed/atom/` },
        { url: `${s}/2024/10/18/coast-guard-cutter/`, lastModified: "2024-10-18T09:00:00.000Z", via: `${s}/feed/atom/` },
      ],
      failures: [],
    });
  });

  test("RSS 1.0 (RDF): item links with their <dc:date>", async () => {
    const found = await discoverFromFeed(`${s}/feed/rdf/`, testFetcher());
    expect(found.urls.map((u) => [u.url.replace(s, ""), u.lastModified])).toEqual([
      ["/2024/10/25/border-patrol-apprehensions/", "2024-10-25T14:03:11.000Z"],
      ["/2024/09/30/senate-vote-delayed/", "2024-09-30T21:15:42.000Z"],
    ]);
  });

  test.each(["/feed/", "/feed/atom/", "/feed/rdf/"])("%s with --since keeps the recent items", async (path) => {
    const found = await discoverFromFeed(`${s}${path}`, testFetcher(), { since: new Date("2024-10-20") });
    expect(found.urls.map((u) => u.url.replace(s, ""))).toEqual(["/2024/10/25/border-patrol-apprehensions/"]);
  });

  test("a page that is not a feed, and a feed that is not there, are failures naming them", async () => {
    expect(await discoverFromFeed(`${s}/about/`, testFetcher())).toEqual({ urls: [], failures: [{ input: `${s}/about/`, error: "not a sitemap or feed (the XML root is <html>)" }] });
    expect(await discoverFromFeed(`${s}/comments/feed/`, testFetcher())).toEqual({ urls: [], failures: [{ input: `${s}/comments/feed/`, error: "HTTP 404 Not Found" }] });
  });

  test("a sitemap given as a feed is read for what it is", async () => {
    expect((await discoverFromFeed(`${s}/news-sitemap.xml`, testFetcher())).urls).toHaveLength(2);
  });
});
