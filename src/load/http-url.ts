/** Which URLs republint fetches: http and https only. */

/**
 * The URL, or why it is not one republint can fetch.
 * @example parseHttpUrl("ftp://example.com/") // 'unsupported URL scheme "ftp:" (use http or https)'
 */
export function parseHttpUrl(url: string): URL | string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "invalid URL";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return `unsupported URL scheme "${parsed.protocol}" (use http or https)`;
  }
  return parsed;
}

/**
 * What makes two spellings of a URL the same page, for checking it once: WHATWG URL parsing
 * (scheme and host lower-cased, the default port dropped, `.` segments resolved), without the
 * #fragment, which never reaches the server. Text that does not parse is its own key.
 * @example urlKey("HTTPS://Partner.Example:443/story#comments") // "https://partner.example/story"
 */
export function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = "";
    return parsed.href;
  } catch {
    return url;
  }
}
