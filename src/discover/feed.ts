/** `--feed <url>`: the pages a partner's RSS or Atom feed links to. */
import type { Fetcher } from "../fetch/types.js";
import { parseHttpUrl } from "../load/url.js";
import { capUrls, collect, DEFAULT_MAX_URLS, failureOnly, toDiscovery, unique, type ListOptions, type SharedState } from "./discovery.js";
import type { Discovery, DiscoveryEntry } from "./types.js";
import { listEntries } from "./url-list.js";

export type FeedOptions = ListOptions;

/**
 * The pages an RSS 2.0, RSS 1.0 (RDF) or Atom feed links to, with their dates (`<pubDate>`,
 * `<dc:date>`, Atom `<updated>` else `<published>`) for `since`. A sitemap given as a feed is
 * read as a sitemap: the content decides, not the flag.
 * @example for await (const entry of feedEntries("https://partner.example/feed/", fetcher)) …
 */
export async function* feedEntries(url: string, fetcher: Fetcher, options: FeedOptions & SharedState = {}): AsyncGenerator<DiscoveryEntry> {
  const parsed = parseHttpUrl(url);
  const entries = typeof parsed === "string" ? failureOnly(url, parsed) : listEntries(url, fetcher, { since: options.since, visited: options.visited });
  yield* capUrls(unique(entries, options.seen), options.maxUrls ?? DEFAULT_MAX_URLS, url);
}

/**
 * `feedEntries`, collected.
 * @example const { urls } = await discoverFromFeed("https://partner.example/feed/", fetcher, { since: new Date("2024-10-01") });
 */
export async function discoverFromFeed(url: string, fetcher: Fetcher, options: FeedOptions = {}): Promise<Discovery> {
  return toDiscovery(await collect(feedEntries(url, fetcher, options)));
}
