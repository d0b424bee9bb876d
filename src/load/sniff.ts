/** Recognise bytes that are not an HTML page before decoding them into nonsense. */

/** How much of the start to inspect; enough for any magic number and the WHATWG text check. */
const SNIFF_BYTES = 8192;

/** File signatures of the formats people most often point a linter at by mistake. */
const SIGNATURES: ReadonlyArray<{ name: string; magic: ReadonlyArray<number | null> }> = [
  { name: "PNG image", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "JPEG image", magic: [0xff, 0xd8, 0xff] },
  { name: "GIF image", magic: bytesOf("GIF8") },
  // RIFF....WEBP: the four bytes in between are the chunk size.
  { name: "WebP image", magic: [...bytesOf("RIFF"), null, null, null, null, ...bytesOf("WEBP")] },
  { name: "PDF document", magic: bytesOf("%PDF-") },
  { name: "ZIP archive", magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: "ZIP archive", magic: [0x50, 0x4b, 0x05, 0x06] },
  { name: "gzip-compressed data", magic: [0x1f, 0x8b] },
];

export interface SniffOptions {
  /** NUL bytes are expected: a header declared UTF-16 (whose ASCII text is half NULs). */
  allowNul?: boolean;
}

/**
 * What kind of binary data `bytes` hold, or `undefined` when they may be text.
 * NUL bytes in the first 8 KB mean binary, unless a UTF-16 byte order mark explains them.
 *
 * @example binaryKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) // "PNG image"
 * @example binaryKind(new TextEncoder().encode("<p>hi</p>")) // undefined
 */
export function binaryKind(bytes: Uint8Array, options: SniffOptions = {}): string | undefined {
  for (const { name, magic } of SIGNATURES) {
    if (startsWith(bytes, magic)) return name;
  }
  if (options.allowNul || isUtf16Bom(bytes)) return undefined;
  const head = bytes.subarray(0, SNIFF_BYTES);
  return head.includes(0) ? "contains NUL bytes" : undefined;
}

/**
 * The error line for binary input, or `undefined` when the bytes may be HTML.
 * @example binaryError(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])) // "binary file (PDF document), not HTML"
 * @example binaryError(new Uint8Array([0, 1, 2])) // "binary file (contains NUL bytes), not HTML"
 */
export function binaryError(bytes: Uint8Array, options: SniffOptions = {}): string | undefined {
  const kind = binaryKind(bytes, options);
  return kind === undefined ? undefined : `binary file (${kind}), not HTML`;
}

/** Tags the WHATWG MIME sniffing algorithm takes as a sign of HTML (§7.1 "text/html"). */
const HTML_OPENERS = [
  "!doctype html", "html", "head", "script", "iframe", "h1", "div", "font", "table", "a",
  "style", "title", "b", "body", "br", "p", "!--",
];

/**
 * Whether bytes served without a Content-Type look like HTML, following the WHATWG MIME
 * sniffing rules: after a BOM and leading whitespace, one of a few tags, then whitespace or `>`.
 *
 * @example looksLikeHtml(new TextEncoder().encode("\n<!DOCTYPE html><title>x</title>")) // true
 * @example looksLikeHtml(new TextEncoder().encode('{"html": true}')) // false
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && isWhitespace(bytes[i]!)) i++;
  if (bytes[i] !== 0x3c /* < */) return false;
  const after = String.fromCharCode(...bytes.subarray(i + 1, i + 16)).toLowerCase();
  return HTML_OPENERS.some((tag) => {
    if (!after.startsWith(tag)) return false;
    const next = after.charCodeAt(tag.length);
    // `<!--` needs no terminator; a tag name must end, so `<abbr` is not `<a`. The spec ends
    // a name only at a space or `>`; a newline (`<html\n  lang="en">`) is as clear a sign.
    return tag === "!--" || next === 0x3e /* > */ || isWhitespace(next);
  });
}

function startsWith(bytes: Uint8Array, magic: ReadonlyArray<number | null>): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => b === null || bytes[i] === b);
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

function isWhitespace(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
}

function bytesOf(ascii: string): number[] {
  return [...ascii].map((c) => c.charCodeAt(0));
}
