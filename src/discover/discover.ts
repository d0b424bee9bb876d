/**
 * Everything `--sitemap`, `--feed` and `--crawl` find, in one ordered stream: the entry point the
 * CLI and library callers use.
 */
import type { Fetcher } from "../fetch/types.js";
import { crawl, type CrawlOptions } from "./crawl.js";
import { collect, type ListOptions } from "./discovery.js";
import { feedEntries } from "./feed.js";
import { sitemapEntries } from "./sitemap.js";
import type { DiscoveryEntry } from "./types.js";

export interface DiscoverSpecs extends ListOptions, Omit<CrawlOptions, "seen"> {
  /** Sitemaps, sitemap indexes, or site roots / robots.txt URLs (their robots.txt `Sitemap:` lines). */
  sitemaps?: string[];
  /** RSS or Atom feeds. */
  feeds?: string[];
  /** Start pages to crawl. */
  crawl?: string[];
}

/**
 * The entries of every input, sitemaps first, then feeds, then crawls, each in the order given:
 * every URL once (the first time it is found), every failure in its place. `since` and `maxUrls`
 * apply to sitemaps and feeds (a crawl has no dates); `depth`, `maxPages`, `include` and
 * `exclude` to crawls. Crawled pages come with their response (`page`). Nothing is fetched
 * before the caller asks for the next entry (beyond a few requests ahead).
 * @example for await (const entry of discoverEach({ sitemaps: ["https://partner.example/"] }, fetcher)) …
 */
export async function* discoverEach(specs: DiscoverSpecs, fetcher: Fetcher): AsyncGenerator<DiscoveryEntry> {
  const seen = new Set<string>();
  const visited = new Set<string>();
  const lists = { since: specs.since, maxUrls: specs.maxUrls, seen, visited };
  for (const url of specs.sitemaps ?? []) yield* sitemapEntries(url, fetcher, lists);
  for (const url of specs.feeds ?? []) yield* feedEntries(url, fetcher, lists);
  const crawling = { depth: specs.depth, maxPages: specs.maxPages, include: specs.include, exclude: specs.exclude, seen };
  for (const url of specs.crawl ?? []) yield* crawl(url, fetcher, crawling);
}

/**
 * `discoverEach`, collected (crawled pages' bodies included: for a large crawl, prefer
 * `discoverEach` and check each page as it comes).
 * @example const entries = await discover({ feeds: ["https://partner.example/feed/"], since: new Date("2024-10-01") }, fetcher);
 */
export async function discover(specs: DiscoverSpecs, fetcher: Fetcher): Promise<DiscoveryEntry[]> {
  return collect(discoverEach(specs, fetcher));
}
