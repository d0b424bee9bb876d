/** Finding a site's sitemaps from its robots.txt `Sitemap:` lines (robots-parser), else `/sitemap.xml`. */
import robotsParserModule from "robots-parser";
import type { Fetcher } from "../fetch/types.js";
import { decodeHtml } from "../load/decode.js";
import { fetchFailure } from "./fetch-failure.js";
import type { DiscoveryFailure } from "./types.js";

// robots-parser's types declare an ES default export, but the package is CommonJS
// (`module.exports = function`): to an ES module the default import is that function itself.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => { getSitemaps(): string[] };

export interface SiteSitemaps {
  /** Absolute URLs, in robots.txt order; `/sitemap.xml` when robots.txt names none. */
  sitemaps: string[];
  /** Why `/sitemap.xml` was guessed (to add to its error if it fails too); absent when robots.txt named them. */
  guessed?: string;
  /** The robots.txt that was read (the sitemaps it names were "listed in" it). */
  robotsUrl: string;
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
 * has no robots.txt: a 4xx). When robots.txt itself fails (no connection, a timeout, a 429 or
 * 5xx after retries), `/sitemap.xml` could not be fetched either (the same host, and robots.txt
 * rules it out while it errs), so that failure, naming robots.txt, is the answer.
 * @example await sitemapsOfSite(new URL("https://partner.example/"), fetcher) // { sitemaps: ["https://partner.example/sitemap_index.xml"], robotsUrl: … }
 */
export async function sitemapsOfSite(site: URL, fetcher: Fetcher): Promise<SiteSitemaps | { failure: DiscoveryFailure }> {
  const robotsUrl = new URL("/robots.txt", site).href;
  const fallback = (guessed: string): SiteSitemaps => ({ sitemaps: [new URL("/sitemap.xml", site).href], guessed, robotsUrl });
  const result = await fetcher.get(robotsUrl, { accept: "text/plain, */*;q=0.1" });
  const failed = fetchFailure(robotsUrl, result);
  if (failed && (!result.ok || result.status === 429 || result.status >= 500)) {
    const { kind: _kind, ...failure } = failed;
    return { failure };
  }
  if (failed || !result.ok) return fallback(`robots.txt: ${failed?.error ?? "no response"}`);
  const text = decodeHtml(result.bytes, result.headers["content-type"]).source;
  // robots-parser ignores lines for other hosts' rules but keeps every Sitemap: line, resolved.
  const sitemaps = [...new Set(robotsParser(robotsUrl, text).getSitemaps().map((s) => resolve(s, robotsUrl)).filter((s) => s !== undefined))];
  return sitemaps.length > 0 ? { sitemaps, robotsUrl } : fallback("robots.txt names no sitemap");
}

function resolve(href: string, base: string): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}
