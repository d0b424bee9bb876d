/** Bytes → the exact string the page model parses, with the encoding a browser would pick. */
import { isUtf8 } from "node:buffer";
import { decodeBuffer, getEncoding, type SnifferOptions } from "encoding-sniffer";
import { parseContentType } from "./content-type.js";

/**
 * How far to look for `<meta charset>`. The spec's prescan stops at 1024 bytes, but browsers
 * still honour a later one in `<head>` (Firefox reloads, Chrome keeps looking until `<body>`),
 * and pages with long inline scripts before it are common enough.
 */
const PRESCAN_BYTES = 8192;

export interface DecodedHtml {
  /** The decoded text, without a byte order mark. */
  source: string;
  /** WHATWG encoding name, lower-cased, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
}

/**
 * Decode an HTML document the way a browser picks its encoding (WHATWG "encoding sniffing"):
 * a byte order mark, then the Content-Type header's charset, then a `<meta charset>` or
 * `<meta http-equiv="content-type">` near the top, then UTF-8 (windows-1252 when the bytes are
 * not valid UTF-8, as a browser in a Western locale falls back). Labels map as browsers map
 * them, so `iso-8859-1` and `latin1` decode as `windows-1252` (curly quotes at 0x93/0x94).
 *
 * @param bytes The raw document.
 * @param contentType A Content-Type header value, when the bytes came over HTTP.
 * @example
 * decodeHtml(new Uint8Array([0x93, 0x68, 0x69, 0x94]), "text/html; charset=windows-1252")
 * // { source: "“hi”", encoding: "windows-1252" }
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedHtml {
  const sniffed = sniffHtml(bytes, contentType);
  return sniffed.utf8 ? { source: decodeUtf8(sniffed.utf8), encoding: "utf-8" } : sniffed.decode();
}

/**
 * What {@link decodeHtml} would do, without doing it yet: either the bytes are valid UTF-8 to be
 * read as UTF-8 (the common case; `utf8` holds them, so that a caller can look at the bytes
 * first and decode only if it needs the text), or `decode` gives the text in another encoding.
 */
export type SniffedHtml = { utf8: Uint8Array; encoding: "utf-8" } | { utf8?: undefined; encoding: string; decode: () => DecodedHtml };

/**
 * Pick a document's encoding as {@link decodeHtml} does, and leave the decoding to the caller.
 * @example sniffHtml(bytes).utf8 ? lookAtBytes(bytes) : sniffHtml(bytes).decode()
 */
export function sniffHtml(bytes: Uint8Array, contentType?: string): SniffedHtml {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const options: SnifferOptions = {
    maxBytes: PRESCAN_BYTES,
    defaultEncoding: "utf-8",
    transportLayerEncodingLabel: contentType ? parseContentType(contentType).charset : undefined,
  };
  const validUtf8 = isUtf8(buffer);
  if (validUtf8 && !options.transportLayerEncodingLabel && declaresOnlyUtf8(buffer)) return { utf8: buffer, encoding: "utf-8" };
  // A BOM outranks the header, as in browsers: it cannot be there by accident.
  let encoding = getEncoding(buffer, options);
  if (validUtf8 && encoding.toLowerCase() === "utf-8") return { utf8: buffer, encoding: "utf-8" };
  // Nothing declared: a browser in a Western locale reads bytes that are not valid UTF-8 as
  // windows-1252, so an old partner page without a charset shows its accents and curly quotes.
  const declared = getEncoding(buffer, { ...options, defaultEncoding: "windows-1252" }) === encoding;
  if (!declared && !validUtf8) {
    encoding = "windows-1252";
    options.defaultEncoding = encoding;
  }
  const decode = (): DecodedHtml => {
    try {
      // iconv-lite (via encoding-sniffer): Node's own TextDecoder decodes windows-1252 as
      // ISO-8859-1 in some Node 20 releases, which turns curly quotes into C1 controls.
      // It also drops the BOM, as browsers do.
      return { source: decodeBuffer(buffer, options), encoding: encoding.toLowerCase() };
    } catch {
      return decodeWithTextDecoder(buffer, encoding);
    }
  };
  return { encoding: encoding.toLowerCase(), decode };
}

/**
 * Whether the prescan window names no encoding but UTF-8: no UTF-16 byte order mark, no XML
 * declaration, and every "charset" in it is `charset=utf-8`. Then the WHATWG prescan can only end in UTF-8 (our default
 * too), whichever of those mentions it would take for a real `<meta>`: the sniffer's byte-by-byte
 * walk is skipped for the common page.
 */
function declaresOnlyUtf8(buffer: Buffer): boolean {
  if ((buffer[0] === 0xfe && buffer[1] === 0xff) || (buffer[0] === 0xff && buffer[1] === 0xfe)) return false;
  const head = buffer.toString("latin1", 0, Math.min(buffer.length, PRESCAN_BYTES));
  // The sniffer also honours an XML declaration's encoding (a BOM would outrank it).
  if (head.startsWith("<?xml")) return false;
  const mentions = head.match(/charset/gi)?.length ?? 0;
  return mentions === (head.match(/charset\s*=\s*["']?\s*utf-?8(?![\w-])/gi)?.length ?? 0);
}

/**
 * Valid UTF-8 bytes as text, without a byte order mark: the same string as iconv-lite's, at the
 * cost of Node's own decoder.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** For the few encodings iconv-lite lacks (e.g. ISO-2022-JP); UTF-8 when neither knows it. */
function decodeWithTextDecoder(bytes: Uint8Array, encoding: string): DecodedHtml {
  try {
    return { source: new TextDecoder(encoding).decode(bytes), encoding: encoding.toLowerCase() };
  } catch {
    return { source: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  }
}
