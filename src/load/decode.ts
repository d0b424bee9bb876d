/** Bytes → the exact string the page model parses, with the encoding a browser would pick. */
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
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const options: SnifferOptions = {
    maxBytes: PRESCAN_BYTES,
    defaultEncoding: "utf-8",
    transportLayerEncodingLabel: contentType ? parseContentType(contentType).charset : undefined,
  };
  // A BOM outranks the header, as in browsers: it cannot be there by accident.
  let encoding = getEncoding(buffer, options);
  // Nothing declared: a browser in a Western locale reads bytes that are not valid UTF-8 as
  // windows-1252, so an old partner page without a charset shows its accents and curly quotes.
  const declared = getEncoding(buffer, { ...options, defaultEncoding: "windows-1252" }) === encoding;
  if (!declared && !isValidUtf8(buffer)) {
    encoding = "windows-1252";
    options.defaultEncoding = encoding;
  }
  try {
    // iconv-lite (via encoding-sniffer): Node's own TextDecoder decodes windows-1252 as
    // ISO-8859-1 in some Node 20 releases, which turns curly quotes into C1 controls.
    // It also drops the BOM, as browsers do.
    return { source: decodeBuffer(buffer, options), encoding: encoding.toLowerCase() };
  } catch {
    return decodeWithTextDecoder(buffer, encoding);
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** For the few encodings iconv-lite lacks (e.g. ISO-2022-JP); UTF-8 when neither knows it. */
function decodeWithTextDecoder(bytes: Uint8Array, encoding: string): DecodedHtml {
  try {
    return { source: new TextDecoder(encoding).decode(bytes), encoding: encoding.toLowerCase() };
  } catch {
    return { source: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  }
}
