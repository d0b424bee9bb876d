/** The checks every input shares once its bytes are in memory: empty, binary, then decode. */
import { binaryError } from "./sniff.js";
import { decodeHtml } from "./decode.js";
import type { LoadOutcome } from "./types.js";

export interface PageBytes {
  /** The input as the user named it. */
  input: string;
  bytes: Uint8Array;
  /** What to call the input in an error line: "file", "response body", "input". */
  noun: string;
  /** Base URL for the page's relative URLs. */
  url?: string;
  finalUrl?: string;
  /** The Content-Type header, when the bytes came over HTTP. */
  contentType?: string;
  /** NUL bytes are expected: the header declared UTF-16. */
  allowNul?: boolean;
}

/** HTML whitespace only (not `String#trim`'s wider set, which includes NBSP). */
const BLANK = /^[\t\n\f\r ]*$/;

/**
 * Turn loaded bytes into a page, or into the one-line reason they are not one.
 * @example
 * toOutcome({ input: "a.html", bytes: new Uint8Array(), noun: "file" })
 * // { ok: false, input: "a.html", error: "file is empty" }
 */
export function toOutcome(page: PageBytes): LoadOutcome {
  const { input, bytes, noun } = page;
  const fail = (error: string): LoadOutcome => ({ ok: false, input, error });
  if (bytes.byteLength === 0) return fail(`${noun} is empty`);
  const binary = binaryError(bytes, { allowNul: page.allowNul });
  if (binary) return fail(binary);
  const { source, encoding } = decodeHtml(bytes, page.contentType);
  if (BLANK.test(source)) return fail(`${noun} is empty`);
  const loaded = { input, source, url: page.url, encoding };
  return { ok: true, page: page.finalUrl ? { ...loaded, finalUrl: page.finalUrl } : loaded };
}
