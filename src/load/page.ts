/** The checks every input shares once its bytes are in memory: empty, binary, then decode. */
import { binaryError } from "./sniff.js";
import { decodeUtf8, sniffHtml } from "./decode.js";
import type { LoadedSource, LoadOutcome } from "./types.js";

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
  const sniffed = sniffHtml(bytes, page.contentType);
  const where = { input, url: page.url, ...(page.finalUrl ? { finalUrl: page.finalUrl } : {}) };
  if (!sniffed.utf8) {
    const { source, encoding } = sniffed.decode();
    return BLANK.test(source) ? fail(`${noun} is empty`) : { ok: true, page: { ...where, source, encoding } };
  }
  if (isBlankUtf8(sniffed.utf8)) return fail(`${noun} is empty`);
  return { ok: true, page: decodedOnDemand(where, sniffed.utf8) };
}

/**
 * A UTF-8 page whose text is decoded the first time it is asked for: the pre-filters of a
 * directory's pages read the bytes, and most of a partner's pages are never decoded at all.
 */
function decodedOnDemand(where: Pick<LoadedSource, "input" | "url" | "finalUrl">, bytes: Uint8Array): LoadedSource {
  let source: string | undefined;
  let utf8: Uint8Array | undefined = bytes;
  const page = {
    ...where,
    encoding: "utf-8",
    get source() {
      if (source === undefined) {
        source = decodeUtf8(utf8!);
        // The text replaces the bytes.
        utf8 = undefined;
      }
      return source;
    },
  };
  // Not enumerable: a detail of loading, not part of the page a caller compares or serialises.
  return Object.defineProperty(page, "utf8", { get: () => utf8, enumerable: false });
}

/** Only HTML white space, after a byte order mark. */
function isBlankUtf8(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x09 && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
}
