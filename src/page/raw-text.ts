/**
 * A page's raw HTML as the pre-filters read it, before any decoding: a partner's site has
 * thousands of pages, and most are dismissed on their bytes alone. Valid UTF-8 bytes are seen
 * one character per byte (Latin-1): a third of the cost of decoding them, and a one-byte string
 * that regular expressions scan faster. Every ASCII character is itself; anything else is its
 * UTF-8 bytes, which the readers of a RawText know to expect.
 */
export interface RawText {
  text: string;
  /** `text` is UTF-8 bytes, one character per byte (else it is the decoded source). */
  utf8: boolean;
}

/**
 * The raw text of a loaded page: its bytes while it has not been decoded, else its source.
 * @example rawText({ source: "<p>hi</p>" }) // { text: "<p>hi</p>", utf8: false }
 */
export function rawText(page: { readonly utf8?: Uint8Array; readonly source: string }): RawText {
  const bytes = page.utf8;
  if (!bytes) return { text: page.source, utf8: false };
  return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"), utf8: true };
}

/**
 * A string taken as decoded text, a RawText as it is: for functions that accept either.
 * @example asRawText("<p>hi</p>").utf8 // false
 */
export function asRawText(source: string | RawText): RawText {
  return typeof source === "string" ? { text: source, utf8: false } : source;
}

/**
 * Text as the UTF-8 bytes a {@link RawText} would hold, one character per byte.
 * @example utf8Chars("é") // "\u00c3\u00a9"
 */
export function utf8Chars(text: string): string {
  return Buffer.from(text, "utf8").toString("latin1");
}

/** Whether a string is plain ASCII: then it is the same in a RawText of either kind. */
export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}
