/** Finding a site's sitemaps from its robots.txt `Sitemap:` lines (robots-parser), else `/sitemap.xml`. */
import robotsParserModule from "robots-parser";
import type { Fetcher } from "../fetch/types.js";
import { decodeHtml } from "../load/decode.js";
import { fetchFailure } from "./fetch-failure.js";

// robots-parser's types declare an ES default export, but the package is CommonJS
// (`module.exports = function`): to an ES module the default import is that function itself.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => { getSitemaps(): string[] };

export interface SiteSitemaps {
  /** Absolute URLs, in robots.txt order; `/sitemap.xml` when robots.txt names none. */
  sitemaps: string[];
  /** Why `/sitemap.xml` was guessed (to add to its error if it fails too); absent when robots.txt named them. */
  guessed?: string;
}

/**
 * Whether a URL stands for a whole site rather than a sitemap: its root or its robots.txt.
 * @example isSiteUrl(new URL("https://partner.example/")) // true
 */
export function isSiteUrl(url: URL): boolean {
  return (url.pathname === "/" && !url.search) || url.pathname === "/robots.txt";
}

/**
 * The sitemaps a site declares in robots.txt, or its `/sitemap.xml` when it declares none (or
 * robots.txt cannot be read).
 * @example await sitemapsOfSite(new URL("https://partner.example/"), fetcher) // { sitemaps: ["https://partner.example/sitemap_index.xml"] }
 */
export async function sitemapsOfSite(site: URL, fetcher: Fetcher): Promise<SiteSitemaps> {
  const robotsUrl = new URL("/robots.txt", site).href;
  const fallback = (guessed: string): SiteSitemaps => ({ sitemaps: [new URL("/sitemap.xml", site).href], guessed });
  const result = await fetcher.get(robotsUrl, { accept: "text/plain, */*;q=0.1" });
  const failed = fetchFailure(robotsUrl, result);
  if (failed || !result.ok) return fallback(`robots.txt: ${failed?.error ?? "no response"}`);
  const text = decodeHtml(result.bytes, result.headers["content-type"]).source;
  // robots-parser ignores lines for other hosts' rules but keeps every Sitemap: line, resolved.
  const sitemaps = [...new Set(robotsParser(robotsUrl, text).getSitemaps().map((s) => resolve(s, robotsUrl)).filter((s) => s !== undefined))];
  return sitemaps.length > 0 ? { sitemaps } : fallback("robots.txt names no sitemap");
}

function resolve(href: string, base: string): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}
