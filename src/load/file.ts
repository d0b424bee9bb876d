/** Load one local file as a page. */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describeFsError } from "./fs-errors.js";
import { DEFAULT_MAX_BYTES, formatBytes } from "./limits.js";
import { toOutcome } from "./page.js";
import { readCapped } from "./read.js";
import type { LoadOptions, LoadOutcome } from "./types.js";

/**
 * Read and decode one HTML file. The size is checked before anything is read; empty, binary
 * and oversized files come back as a failure with one line saying why. Never throws.
 *
 * @param path As the user gave it; relative paths resolve against `options.cwd`.
 * @example
 * const outcome = await loadFile("examples/article.html", { maxBytes: 5_000_000 });
 * if (!outcome.ok) console.error(`${outcome.input}: ${outcome.error}`);
 */
export async function loadFile(path: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const absolute = resolve(options.cwd ?? process.cwd(), path);
  const fail = (error: string): LoadOutcome => ({ ok: false, input: path, error });
  try {
    // Synchronous, as ESLint reads files: a local file is read in microseconds, and the five
    // thread-pool round trips of the promise API cost more than the read (and left the main
    // thread idle) when a partner's site has thousands of pages.
    const info = statSync(absolute);
    if (info.isDirectory()) return fail("is a directory, not a file");
    let bytes: Uint8Array | undefined;
    if (info.isFile()) {
      if (info.size > maxBytes) {
        return fail(`file is too large (${formatBytes(info.size)}, limit ${formatBytes(maxBytes)})`);
      }
      bytes = readFileSync(absolute);
      // It may have grown since the stat.
      if (bytes.byteLength > maxBytes) bytes = undefined;
    } else {
      // A pipe or device (`republint <(curl ...)`): its size is unknown until read.
      bytes = await readCapped(createReadStream(absolute), maxBytes);
    }
    if (!bytes) return fail(`file is too large (over the limit of ${formatBytes(maxBytes)})`);
    return toOutcome({ input: path, bytes, noun: "file", url: pathToFileURL(absolute).href });
  } catch (err) {
    return fail(describeFsError(err));
  }
}
