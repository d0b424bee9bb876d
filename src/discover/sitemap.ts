/** `--sitemap <url>`: the pages a site's sitemaps list (indexes, gzipped and news sitemaps included). */
import type { Fetcher } from "../fetch/types.js";
import { parseHttpUrl } from "../load/url.js";
import { capUrls, collect, DEFAULT_MAX_URLS, failureOnly, toDiscovery, unique, type ListOptions, type SharedState } from "./discovery.js";
import { isSiteUrl, sitemapsOfSite } from "./robots.js";
import type { Discovery, DiscoveryEntry } from "./types.js";
import { listEntries } from "./url-list.js";

export type SitemapOptions = ListOptions;

/**
 * The pages a sitemap lists, with failures in their place. `url` is a sitemap, a sitemap index
 * (read recursively), a gzipped sitemap or a Google News sitemap (`<news:publication_date>` is
 * the date when there is no `<lastmod>`); a site's root or its robots.txt means the sitemaps
 * robots.txt names, else `/sitemap.xml`. A feed is read too.
 * @example for await (const entry of sitemapEntries("https://partner.example/", fetcher, { since })) …
 */
export async function* sitemapEntries(url: string, fetcher: Fetcher, options: SitemapOptions & SharedState = {}): AsyncGenerator<DiscoveryEntry> {
  const parsed = parseHttpUrl(url);
  if (typeof parsed === "string") return yield* unique(failureOnly(url, parsed), options.seen);
  const visited = options.visited ?? new Set<string>();
  const all = async function* (): AsyncGenerator<DiscoveryEntry> {
    if (!isSiteUrl(parsed)) return yield* listEntries(url, fetcher, { since: options.since, visited });
    const site = await sitemapsOfSite(parsed, fetcher);
    if ("failure" in site) return yield { kind: "failure", ...site.failure };
    const { sitemaps, guessed, robotsUrl } = site;
    for (const sitemap of sitemaps) {
      // A sitemap robots.txt names was listed in it; a guessed one was listed nowhere (its error says why it was tried).
      const via = guessed || sitemap === url ? undefined : robotsUrl;
      for await (const entry of listEntries(sitemap, fetcher, { since: options.since, visited, via })) {
        // A guessed /sitemap.xml that fails says why it was guessed.
        yield guessed && entry.kind === "failure" && entry.input === sitemap ? { ...entry, error: `${entry.error} (${guessed})` } : entry;
      }
    }
  };
  yield* capUrls(unique(all(), options.seen), options.maxUrls ?? DEFAULT_MAX_URLS, url);
}

/**
 * `sitemapEntries`, collected: the URLs (de-duplicated, in document order) and the failures.
 * @example const { urls, failures } = await discoverFromSitemap("https://partner.example/wp-sitemap.xml", fetcher);
 */
export async function discoverFromSitemap(url: string, fetcher: Fetcher, options: SitemapOptions = {}): Promise<Discovery> {
  return toDiscovery(await collect(sitemapEntries(url, fetcher, options)));
}
