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
