/** What URL discovery (sitemaps, feeds, crawling) hands to the caller. */
import type { FetchSuccess } from "../fetch/types.js";

/** A page to check. */
export interface DiscoveredUrl {
  url: string;
  /** The date its sitemap or feed gives (ISO 8601 when it parses); none for crawled pages. */
  lastModified?: string;
  /** The sitemap or feed that listed it, or the page that linked to it (a crawl's start page: itself). */
  via: string;
  /** Crawled pages only: the response already fetched, so the page is checked without a second request. */
  page?: FetchSuccess;
}

/** Something that could not be read, named with its cause, so that nothing silently disappears. */
export interface DiscoveryFailure {
  /** The sitemap, feed or page that failed (or, for `skipped: "limit"`, the input that was cut short). */
  input: string;
  /** One line, e.g. "HTTP 404 Not Found", "not a sitemap or feed (the XML root is <html>)". */
  error: string;
  /** Not an error of the site: robots.txt disallows it, or a limit (`maxUrls`, `maxPages`) was reached. */
  skipped?: "robots" | "limit";
  /** The sitemap, feed or page that pointed to `input`, when it is not an input itself. */
  via?: string;
}

/** One step of a discovery, in the order found: a URL, or a failure in its place. */
export type DiscoveryEntry = ({ kind: "url" } & DiscoveredUrl) | ({ kind: "failure" } & DiscoveryFailure);

/** Everything one sitemap or feed yielded: its URLs in document order, de-duplicated, and what failed. */
export interface Discovery {
  urls: DiscoveredUrl[];
  failures: DiscoveryFailure[];
}
