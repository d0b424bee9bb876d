/** Default limits for loading inputs, and how to say them in an error line. */

/** Largest accepted input: 10 MB (decimal, as users read file sizes). */
export const DEFAULT_MAX_BYTES = 10_000_000;

/** Whole-request timeout for URLs, including reading the body. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** How many inputs {@link loadAll} loads at once. */
export const DEFAULT_CONCURRENCY = 4;

/**
 * A byte count as a person reads it, in decimal units to match `maxBytes`.
 * @example formatBytes(10_000_000) // "10 MB"
 * @example formatBytes(12_345) // "12.3 kB"
 */
export function formatBytes(bytes: number): string {
  if (bytes === 1) return "1 byte";
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${trim(bytes / 1000)} kB`;
  return `${trim(bytes / 1_000_000)} MB`;
}

/**
 * A duration in milliseconds as seconds.
 * @example formatSeconds(15_000) // "15 s"
 * @example formatSeconds(300) // "0.3 s"
 */
export function formatSeconds(ms: number): string {
  return `${trim(ms / 1000, 2)} s`;
}

/** One decimal (or `digits`), without a trailing ".0". */
function trim(n: number, digits = 1): string {
  return String(Number(n.toFixed(digits)));
}
