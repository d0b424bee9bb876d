/** Just enough of a Content-Type header to pick a charset and check that a response is HTML. */

export interface ContentType {
  /** The MIME type without parameters, lower-cased, e.g. `text/html`. */
  essence: string;
  /** The `charset` parameter as written (unquoted), if any. */
  charset: string | undefined;
}

/**
 * Split a Content-Type header into its MIME type and charset.
 * @example parseContentType('text/html; charset="Windows-1252"')
 * // { essence: "text/html", charset: "Windows-1252" }
 */
export function parseContentType(header: string): ContentType {
  const [type = "", ...params] = header.split(";");
  let charset: string | undefined;
  for (const param of params) {
    const eq = param.indexOf("=");
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== "charset") continue;
    const value = param.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1").trim();
    // The first charset wins, as in the WHATWG MIME parser.
    if (value) {
      charset = value;
      break;
    }
  }
  return { essence: type.trim().toLowerCase(), charset };
}

/**
 * Whether a MIME type is one republint checks: HTML or XHTML.
 * @example isHtmlType("application/xhtml+xml") // true
 */
export function isHtmlType(essence: string): boolean {
  return essence === "text/html" || essence === "application/xhtml+xml";
}

/**
 * Whether a MIME type is XML (feeds, sitemaps): accepted where the caller asks for XML too.
 * @example isXmlType("application/rss+xml") // true
 */
export function isXmlType(essence: string): boolean {
  return /^(application|text)\/([\w.+-]+\+)?xml$/.test(essence);
}
