import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { discoverFromSitemap } from "../../src/discover/sitemap.js";
import { startSites, type Sites } from "./partner-site.js";
import { testFetcher } from "./test-fetcher.js";

let sites: Sites;
let s: string;
beforeAll(async () => {
  sites = await startSites();
  s = sites.site;
});
afterAll(() => sites.close());

const urlsOf = (d: { urls: { url: string }[] }) => d.urls.map((u) => u.url.replace(s, ""));

describe("sitemaps", () => {
  test("a WordPress sitemap index: every child sitemap in order, a missing one as a failure naming its index", async () => {
    const found = await discoverFromSitemap(`${s}/wp-sitemap.xml`, testFetcher());
    expect(urlsOf(found)).toEqual([
      "/2024/10/25/border-patrol-apprehensions/",
      "/2024/10/18/coast-guard-cutter/",
      "/2024/09/30/senate-vote-delayed/",
      "/2024/09/12/undated-brief/",
      "/about/",
      "/contact/",
      "/category/news/",
    ]);
    expect(found.urls[0]).toEqual({ url: `${s}/2024/10/25/border-patrol-apprehensions/`, lastModified: "2024-10-25T14:03:11.000Z", via: `${s}/wp-sitemap-posts-post-1.xml` });
    expect(found.urls[3]).toEqual({ url: `${s}/2024/09/12/undated-brief/`, via: `${s}/wp-sitemap-posts-post-1.xml` });
    expect(found.failures).toEqual([{ input: `${s}/wp-sitemap-users-1.xml`, error: "HTTP 404 Not Found", via: `${s}/wp-sitemap.xml` }]);
  });

  test.each(["/", "/robots.txt"])("a site given as %s: the sitemaps its robots.txt names, each URL once", async (path) => {
    const found = await discoverFromSitemap(`${s}${path}`, testFetcher());
    expect(urlsOf(found)).toEqual([
      "/2024/10/25/border-patrol-apprehensions/",
      "/2024/10/18/coast-guard-cutter/",
      "/2024/09/30/senate-vote-delayed/",
      "/2024/09/12/undated-brief/",
      "/about/",
      "/contact/",
      "/category/news/",
      "/?p=4471&preview=false",
    ]);
    expect(found.urls.at(-1)).toEqual({ url: `${s}/?p=4471&preview=false`, lastModified: "2024-10-24T00:00:00.000Z", via: `${s}/news-sitemap.xml` });
    expect(found.failures.map((f) => f.input)).toEqual([`${s}/wp-sitemap-users-1.xml`]);
  });

  test("a site whose robots.txt names no sitemap: /sitemap.xml, and why it was tried when it fails too", async () => {
    const found = await discoverFromSitemap(`${sites.entry}/`, testFetcher());
    // No `via`: nothing listed /sitemap.xml or linked to it (the error says why it was tried).
    expect(found).toEqual({ urls: [], failures: [{ input: `${sites.entry}/sitemap.xml`, error: "HTTP 404 Not Found (robots.txt: HTTP 404 Not Found)" }] });
  });

  test("a Yoast index: with --since, child sitemaps last modified before it are not even fetched", async () => {
    expect(urlsOf(await discoverFromSitemap(`${s}/sitemap_index.xml`, testFetcher()))).toEqual([
      "/2024/10/25/border-patrol-apprehensions/",
      "/2024/10/18/coast-guard-cutter/",
      "/2023/05/01/old-story/",
      "/about/",
    ]);
    const fetcher = testFetcher();
    const recent = await discoverFromSitemap(`${s}/sitemap_index.xml`, fetcher, { since: new Date("2024-10-01") });
    expect(urlsOf(recent)).toEqual(["/2024/10/25/border-patrol-apprehensions/", "/2024/10/18/coast-guard-cutter/"]);
    expect(fetcher.requests.map((u) => u.replace(s, ""))).toEqual(["/sitemap_index.xml", "/post-sitemap.xml"]);
  });

  test("--since keeps entries modified at or after it, and entries without a date", async () => {
    const found = await discoverFromSitemap(`${s}/wp-sitemap-posts-post-1.xml`, testFetcher(), { since: new Date("2024-10-18T09:00:00Z") });
    expect(urlsOf(found)).toEqual(["/2024/10/25/border-patrol-apprehensions/", "/2024/10/18/coast-guard-cutter/", "/2024/09/12/undated-brief/"]);
  });

  test("a Google News sitemap: the publication date counts when there is no <lastmod>", async () => {
    const found = await discoverFromSitemap(`${s}/news-sitemap.xml`, testFetcher(), { since: new Date("2024-10-25") });
    expect(found).toEqual({ urls: [{ url: `${s}/2024/10/25/border-patrol-apprehensions/`, lastModified: "2024-10-25T14:03:11.000Z", via: `${s}/news-sitemap.xml` }], failures: [] });
  });

  test.each([
    ["/sitemap-archive.xml.gz", "/2019/03/04/archived-story/"],
    ["/sitemap-archive-2.xml.gz", "/2018/01/02/older-story/"],
    ["/sitemap-encoded.xml", "/2024/08/01/encoded-story/"],
  ])("a gzipped sitemap (%s)", async (path, page) => {
    expect(await discoverFromSitemap(`${s}${path}`, testFetcher())).toMatchObject({ urls: [{ url: `${s}${page}` }], failures: [] });
  });

  test.each([
    ["/sitemap-bad.xml.gz", /^broken gzip data \(.+\)$/],
    ["/broken-sitemap.xml", /^broken XML: it ends inside <urlset> <url> \(cut short\?\)$/],
    ["/mismatched.xml", /^broken XML: Expected closing tag 'url' \(opened in line 3, col 3\) instead of closing tag 'urlset' \(line 4\)$/],
    ["/soft-404.xml", /^not a sitemap or feed \(the XML root is <html>\)$/],
    ["/data.json", /^not a sitemap or feed \(not XML\)$/],
    ["/no-such-sitemap.xml", /^HTTP 404 Not Found$/],
  ])("%s is a failure naming it, with the cause", async (path, error) => {
    const found = await discoverFromSitemap(`${s}${path}`, testFetcher());
    expect(found.urls).toEqual([]);
    expect(found.failures).toEqual([{ input: `${s}${path}`, error: expect.stringMatching(error) }]);
  });

  test("blank lines before the XML declaration and a bare & are forgiven", async () => {
    expect(await discoverFromSitemap(`${s}/sitemap-sloppy.xml`, testFetcher())).toEqual({
      urls: [
        { url: `${s}/?p=4471&preview=true`, via: `${s}/sitemap-sloppy.xml` },
        { url: `${s}/?p=4472&preview=true`, via: `${s}/sitemap-sloppy.xml` },
      ],
      failures: [],
    });
  });

  test("an index that names itself and a sitemap twice: each fetched once, each URL once", async () => {
    const fetcher = testFetcher();
    const found = await discoverFromSitemap(`${s}/loop-index.xml`, fetcher);
    expect(found).toEqual({
      urls: [
        { url: `${s}/about/`, via: `${s}/wp-sitemap-posts-page-1.xml` },
        { url: `${s}/contact/`, via: `${s}/wp-sitemap-posts-page-1.xml` },
      ],
      failures: [],
    });
    expect(fetcher.requests.map((u) => u.replace(s, ""))).toEqual(["/loop-index.xml", "/wp-sitemap-posts-page-1.xml"]);
  });

  test("indexes nested deeper than three levels stop with a failure", async () => {
    const found = await discoverFromSitemap(`${s}/nest-1.xml`, testFetcher());
    expect(found).toEqual({ urls: [], failures: [{ input: `${s}/nest-4.xml`, error: "sitemap index nested more than 3 indexes deep" }] });
  });

  test("relative <loc>s resolve against the sitemap; a <loc> that is no web page is a failure", async () => {
    const found = await discoverFromSitemap(`${s}/relative-sitemap.xml`, testFetcher());
    expect(found).toEqual({
      urls: [{ url: `${s}/2024/10/25/border-patrol-apprehensions/`, via: `${s}/relative-sitemap.xml` }],
      failures: [{ input: "mailto:desk@valleyledger.example", error: "not an http(s) URL", via: `${s}/relative-sitemap.xml` }],
    });
  });

  test("maxUrls: the first URLs, then one line saying there were more", async () => {
    const found = await discoverFromSitemap(`${s}/wp-sitemap.xml`, testFetcher(), { maxUrls: 3 });
    expect(urlsOf(found)).toHaveLength(3);
    expect(found.failures).toEqual([{ input: `${s}/wp-sitemap.xml`, error: "lists more than 3 URLs: only the first 3 are checked (maxUrls)", skipped: "limit" }]);
  });

  test("a bad URL is one line", async () => {
    expect(await discoverFromSitemap("ftp://partner.example/sitemap.xml", testFetcher())).toEqual({
      urls: [],
      failures: [{ input: "ftp://partner.example/sitemap.xml", error: 'unsupported URL scheme "ftp:" (use http or https)' }],
    });
  });
});
