/** The client's defaults, and a policy with every field filled in. */
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from "../load/limits.js";
import { defaultUserAgent } from "../load/user-agent.js";
import { defaultCacheDir } from "./cache.js";
import type { FetchPolicy } from "./types.js";

/** A policy with its defaults applied (`fetch` stays optional: absent means undici's). */
export type ResolvedPolicy = Required<Omit<FetchPolicy, "fetch">> & Pick<FetchPolicy, "fetch">;

/** Two at a time per host is what polite crawlers do; eight overall keeps several hosts busy. */
export const FETCH_DEFAULTS = {
  perHost: 2,
  concurrency: 8,
  retries: 2,
  retryBaseMs: 1000,
  maxRetryAfterMs: 60_000,
  connectTimeoutMs: 10_000,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxBytes: DEFAULT_MAX_BYTES,
  maxRedirects: 5,
} as const;

/**
 * Fill in the defaults; counts are floored and kept at least 1 (retries at least 0), so a
 * careless 0 or 1.5 from a flag cannot stall the client.
 * @example resolvePolicy({ perHost: 0 }).perHost // 1
 */
export function resolvePolicy(policy: FetchPolicy = {}): ResolvedPolicy {
  const atLeast = (min: number, value: number | undefined, fallback: number): number =>
    value === undefined || !Number.isFinite(value) ? fallback : Math.max(min, Math.floor(value));
  return {
    userAgent: policy.userAgent ?? defaultUserAgent(),
    headers: policy.headers ?? {},
    perHost: atLeast(1, policy.perHost, FETCH_DEFAULTS.perHost),
    concurrency: atLeast(1, policy.concurrency, FETCH_DEFAULTS.concurrency),
    retries: atLeast(0, policy.retries, FETCH_DEFAULTS.retries),
    retryBaseMs: atLeast(0, policy.retryBaseMs, FETCH_DEFAULTS.retryBaseMs),
    maxRetryAfterMs: atLeast(0, policy.maxRetryAfterMs, FETCH_DEFAULTS.maxRetryAfterMs),
    connectTimeoutMs: atLeast(1, policy.connectTimeoutMs, FETCH_DEFAULTS.connectTimeoutMs),
    timeoutMs: atLeast(1, policy.timeoutMs, FETCH_DEFAULTS.timeoutMs),
    maxBytes: atLeast(0, policy.maxBytes, FETCH_DEFAULTS.maxBytes),
    maxRedirects: atLeast(0, policy.maxRedirects, FETCH_DEFAULTS.maxRedirects),
    cacheDir: policy.cacheDir ?? defaultCacheDir(),
    robots: policy.robots ?? true,
    fetch: policy.fetch,
  };
}
