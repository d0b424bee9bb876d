/** When a failed request is worth another try, and how long to wait before it. */

/** No backoff grows past this: a scan should move on rather than wait minutes for one page. */
export const MAX_BACKOFF_MS = 30_000;

/**
 * Error codes of network failures that a second try may cure: a refused, dropped or reset
 * connection (a server restarting, a load balancer between backends), a connect timeout, a
 * route that came and went, a DNS server that did not answer in time. An unknown host
 * (ENOTFOUND) or a TLS error will fail the same way again, so they are not retried.
 */
const TRANSIENT_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "UND_ERR_SOCKET",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EHOSTDOWN",
  "ENETDOWN",
  "EADDRNOTAVAIL",
  "EAI_AGAIN",
]);

/**
 * A status the server may answer differently later: 429 and every 5xx.
 * @example isRetryableStatus(503) // true
 * @example isRetryableStatus(404) // false
 */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * `message` is the innermost error's, for errors without a code: Node's "socket hang up".
 * @example isTransientError("ECONNREFUSED") // true
 * @example isTransientError("ENOTFOUND") // false
 */
export function isTransientError(code: string | undefined, message?: string): boolean {
  if (code !== undefined) return TRANSIENT_CODES.has(code);
  return message !== undefined && /^socket hang up$/i.test(message.trim());
}

/**
 * Exponential backoff with full jitter (AWS's "Exponential Backoff And Jitter"): retry `n`
 * (1-based) waits a random time in [0, base × 2^(n-1)], capped, so clients that failed
 * together do not come back together.
 * @example backoffMs(2, 1000) // somewhere in 0..2000
 */
export function backoffMs(retry: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(random() * ceiling);
}

/**
 * A Retry-After header as a wait in ms: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable; a date in the past is 0.
 * @example parseRetryAfter("120") // 120000
 * @example parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("Wed, 21 Oct 2015 07:27:00 GMT")) // 60000
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only a date has letters in it; Date.parse alone would take "1.5" or "-3" for years.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
