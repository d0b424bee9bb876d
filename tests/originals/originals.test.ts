/**
 * Reading originals: from DCNF's own pages (files, directories, URLs), RSS/Atom feeds and
 * sitemaps, with the network replaced by the fixture files (an injected fetch).
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { extractOriginal } from "../../src/originals/extract.js";
import { parseUrlList } from "../../src/originals/feeds.js";
import { OriginalLibrary } from "../../src/originals/library.js";
import { loadOriginals } from "../../src/originals/load.js";
import { normalizeArticleUrl, sameArticle } from "../../src/originals/urls.js";
import { Page } from "../../src/page/page.js";

const DIR = "tests/fixtures/originals";
const manifest = JSON.parse(readFileSync(`${DIR}/dcnf/manifest.json`, "utf8")) as {
  originals: { file: string; url: string; headline: string; authors: string[]; datePublished: string; paragraphCount: number }[];
};
const HOSTS = ["dailycaller.com", "dailycallernewsfoundation.org"];

/** A fetch that serves the fixtures: originals by their URL path, feeds and sitemaps by name. */
const fixtureFetch: typeof fetch = async (input) => {
  const url = new URL(String(input));
  const original = manifest.originals.find((o) => new URL(o.url).pathname === url.pathname);
  const name = url.pathname.replace(/^\//, "");
  if (original) return new Response(readFileSync(`${DIR}/dcnf/${original.file}`), { headers: { "content-type": "text/html; charset=utf-8" } });
  if (["feed.xml", "feed.atom", "sitemap.xml", "sitemap-index.xml"].includes(name)) {
    return new Response(readFileSync(`${DIR}/${name}`), { headers: { "content-type": name.endsWith("atom") ? "application/atom+xml" : "application/xml" } });
  }
  return new Response("not found", { status: 404, statusText: "Not Found", headers: { "content-type": "text/html" } });
};

describe("extracting an original from DCNF's page", () => {
  test.each(manifest.originals.map((o) => [o.file, o] as const))("%s", (file, expected) => {
    const original = extractOriginal(new Page({ source: readFileSync(`${DIR}/dcnf/${file}`, "utf8"), url: expected.url }))!;
    expect(original).toMatchObject({ url: expected.url, headline: expected.headline, authors: expected.authors, datePublished: expected.datePublished });
    expect(original.paragraphs).toHaveLength(expected.paragraphCount);
    expect(original.paragraphs.at(-1)).toMatch(/^All content created by the Daily Caller News Foundation/);
    expect(original.paragraphs.some((p) => /\/\/Daily Caller News Foundation/.test(p))).toBe(false); // the byline line is not story text
  });
});

describe("feeds and sitemaps", () => {
  const urls = manifest.originals.map((o) => o.url).sort();
  test.each(["feed.xml", "feed.atom", "sitemap.xml"])("%s lists the five originals", (name) => {
    const list = parseUrlList(readFileSync(`${DIR}/${name}`, "utf8"));
    expect(list && "urls" in list ? [...list.urls].sort() : null).toEqual(urls);
  });

  test("a sitemap index points at sitemaps", () => {
    expect(parseUrlList(readFileSync(`${DIR}/sitemap-index.xml`, "utf8"))).toMatchObject({ kind: "sitemap-index" });
  });

  test.each(["https://dailycallernewsfoundation.org/feed.xml", "https://dailycallernewsfoundation.org/feed.atom", "https://dailycallernewsfoundation.org/sitemap-index.xml"])(
    "loading %s reads every original it lists",
    async (spec) => {
      const { originals, failures } = await loadOriginals([spec], { fetch: fixtureFetch });
      expect(failures).toEqual([]);
      expect(originals.map((o) => o.url).sort()).toEqual(urls);
      expect(originals.find((o) => o.url.includes("coast-guard"))?.authors).toEqual(["Mireille Achterberg", "Jasper Lindholm"]);
    },
  );

  test("a directory of saved pages, and what cannot be read is named", async () => {
    const { originals, failures } = await loadOriginals([`${DIR}/dcnf/`, "missing-original.html", "https://dailycaller.com/2099/01/01/gone/"], { fetch: fixtureFetch });
    expect(originals).toHaveLength(5);
    expect(failures).toEqual([
      { input: "original missing-original.html", error: "no such file or directory" },
      { input: "original https://dailycaller.com/2099/01/01/gone/", error: "HTTP 404 Not Found" },
    ]);
  });
});

describe("the library matches pages to originals", () => {
  test("the seed-story example page republishes the first original", async () => {
    const { library } = await OriginalLibrary.load([`${DIR}/dcnf/`]);
    const page = new Page({ source: readFileSync("examples/wordpress-compliant.html", "utf8") });
    const match = library.match(page)!;
    expect(match.article.url).toBe(manifest.originals[0]!.url);
    expect(match.coverage).toBeGreaterThan(0.9);
    expect(library.mayContainCopy(page.source)).toBe(true);
    expect(library.mayContainCopy(readFileSync("examples/partner-site/dist/news/index.html", "utf8"))).toBe(false);
    // The same questions of the undecoded bytes, as a directory's pages are asked.
    const bytes = (path: string) => ({ text: readFileSync(path).toString("latin1"), utf8: true });
    expect(library.mayContainCopy(bytes("examples/wordpress-compliant.html"))).toBe(true);
    expect(library.mayContainCopy(bytes("examples/partner-site/dist/news/index.html"))).toBe(false);
  });
});

describe("article URLs", () => {
  test("normalised: scheme, www., trailing slash, tracking parameters", () => {
    expect(normalizeArticleUrl("http://www.dailycaller.com/2024/10/25/x/?utm_source=a&fbclid=b#top")).toBe("dailycaller.com/2024/10/25/x");
    expect(normalizeArticleUrl("https://dailycaller.com/2024/10/25/x?page=2")).toBe("dailycaller.com/2024/10/25/x?page=2");
  });
  test("the same article on either DCNF host", () => {
    expect(sameArticle("https://dailycallernewsfoundation.org/2024/10/25/x/", "https://dailycaller.com/2024/10/25/x/", HOSTS)).toBe(true);
    expect(sameArticle("https://dailycaller.com/2024/10/25/y/", "https://dailycaller.com/2024/10/25/x/", HOSTS)).toBe(false);
    expect(sameArticle("https://partner.example/2024/10/25/x/", "https://dailycaller.com/2024/10/25/x/", HOSTS)).toBe(false);
  });
});
