/** The HTTP client a load goes through when the caller did not hand one over. */
import { createFetcher } from "../fetch/client.js";
import type { Fetcher, FetchPolicy } from "../fetch/types.js";
import type { LoadOptions } from "./types.js";

/**
 * The fetch policy the load options describe: their limits and User-Agent, robots.txt obeyed,
 * no cache (a library call should not write to disk unasked).
 * @example createFetcher(policyFromLoadOptions({ timeoutMs: 5000 }))
 */
export function policyFromLoadOptions(options: LoadOptions): FetchPolicy {
  return { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, userAgent: options.userAgent, fetch: options.fetch, cacheDir: false };
}

/**
 * The caller's fetcher, or a new one for this load (the second value: close it when done), so
 * that one run shares one set of host queues and robots.txt files.
 * @example
 * const [fetcher, own] = fetcherFor(options);
 * try { await fetcher.get(url); } finally { await own?.close(); }
 */
export function fetcherFor(options: LoadOptions): [Fetcher, Fetcher | undefined] {
  if (options.fetcher) return [options.fetcher, undefined];
  const own = createFetcher(policyFromLoadOptions(options));
  return [own, own];
}
