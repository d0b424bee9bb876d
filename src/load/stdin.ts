/** Load the page piped to standard input (the `-` input). */
import { DEFAULT_MAX_BYTES, formatBytes } from "./limits.js";
import { toOutcome } from "./page.js";
import { readCapped } from "./read.js";
import type { LoadOptions, LoadOutcome } from "./types.js";

/** How the `-` input is named in reports. */
export const STDIN_INPUT = "<stdin>";

/**
 * Read standard input (or `options.stdin`) as one page, with the same size, empty and binary
 * checks as files. It has no URL, so relative links in it stay unresolved. Never throws.
 *
 * @example
 * // cat article.html | republint -
 * const outcome = await loadStdin();
 * if (outcome.ok) console.log(outcome.page.encoding);
 */
export async function loadStdin(options: LoadOptions = {}): Promise<LoadOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const stream = options.stdin ?? process.stdin;
  try {
    const bytes = await readCapped(stream as AsyncIterable<Uint8Array | string>, maxBytes);
    if (!bytes) {
      return { ok: false, input: STDIN_INPUT, error: `input is too large (over the limit of ${formatBytes(maxBytes)})` };
    }
    return toOutcome({ input: STDIN_INPUT, bytes, noun: "input", url: undefined });
  } catch (err) {
    return { ok: false, input: STDIN_INPUT, error: `could not read standard input: ${err instanceof Error ? err.message : String(err)}` };
  }
}
