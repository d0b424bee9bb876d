/**
 * The contract of republint's HTTP layer: one polite client per run, shared by page loading
 * (`src/load/url.ts`) and URL discovery (`src/discover/`: sitemaps, feeds, crawling).
 */

/** How a response was served with respect to the on-disk cache. */
export type CacheUse = "miss" | "hit" | "revalidated";

/** A response whose body was read (any status: callers decide what a 404 means). */
export interface FetchSuccess {
  ok: true;
  /** The URL asked for (without its #fragment). */
  url: string;
  /** Where the response finally came from, when redirects changed it. */
  finalUrl?: string;
  status: number;
  statusText: string;
  /** Response headers, names lower-cased. */
  headers: Record<string, string>;
  /** The body, decompressed (gzip, deflate, brotli), at most `maxBytes`. */
  bytes: Uint8Array;
  /** Undefined when caching is off. */
  cache?: CacheUse;
}

/** Nothing usable came back: `error` is one line naming the cause. */
export interface FetchFailure {
  ok: false;
  url: string;
  error: string;
  /** Set when the page was never requested because the site's robots.txt disallows it. */
  skipped?: "robots";
  /** Where the last redirect pointed, when the failure happened after redirects. */
  finalUrl?: string;
  /** The last HTTP status, when the failure is one (a 5xx or 429 that retries did not cure). */
  status?: number;
  /**
   * Set when the server could not be reached at all (connection refused, unknown host, connect
   * timeout, TLS handshake failed), so any URL of that host would fail the same way.
   */
  unreachable?: true;
}

export type FetchResult = FetchSuccess | FetchFailure;

/** How politely, and within which limits, the client fetches. Every field has a default. */
export interface FetchPolicy {
  /** Sent with every request (default: republint's own, naming its version and homepage). */
  userAgent?: string;
  /** Extra request headers (e.g. an Authorization for a staging site). */
  headers?: Record<string, string>;
  /** Requests in flight to one host at a time (default 2). */
  perHost?: number;
  /** Requests in flight overall (default 8). */
  concurrency?: number;
  /** Retries after a network error (refused, reset or timed-out connection, DNS timeout), a 5xx, or a 429 (default 2), with exponential backoff and jitter. */
  retries?: number;
  /** Backoff before retry n is random in [0, retryBaseMs × 2^(n-1)], at most 30 s (default 1 000). */
  retryBaseMs?: number;
  /** Longest Retry-After honoured, in ms (default 60 000); a longer one fails the URL. */
  maxRetryAfterMs?: number;
  /** Time to open the connection, in ms (default 10 000). */
  connectTimeoutMs?: number;
  /** Time for the whole response, body included, in ms (default 15 000). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Directory of the HTTP cache; `false` turns it off (default: the user's cache directory). */
  cacheDir?: string | false;
  /** Obey robots.txt (default true). */
  robots?: boolean;
  /** Injected for tests; defaults to undici's fetch over the client's own connection pool. */
  fetch?: typeof globalThis.fetch;
}

/** One client per run: it holds the per-host queues, the robots.txt files and the cache. */
export interface Fetcher {
  /** GET `url`. Never throws. `accept` overrides the Accept header (e.g. for XML). */
  get(url: string, init?: { accept?: string }): Promise<FetchResult>;
  /** Close connections; pending requests finish first. */
  close(): Promise<void>;
}
