/** Fetch one page over HTTP(S), politely and within limits, and decode it. */
import { STATUS_CODES } from "node:http";
import { getEncoding } from "encoding-sniffer";
import type { FetchResult } from "../fetch/types.js";
import { isHtmlType, isXmlType, parseContentType } from "./content-type.js";
import { fetcherFor } from "./fetcher.js";
import { parseHttpUrl } from "./http-url.js";
import { toOutcome } from "./page.js";
import { binaryKind, looksLikeHtml } from "./sniff.js";
import type { LoadOptions, LoadOutcome } from "./types.js";

export { parseHttpUrl } from "./http-url.js";

/** Prefer HTML, but take whatever the server has: a wrong type is reported, not refused. */
const ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
const ACCEPT_XML = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

/**
 * Fetch a page and decode it (charset from the Content-Type header, then `<meta charset>`).
 * The request goes through `options.fetcher` (or a client made from the options): robots.txt
 * obeyed, redirects followed, retries after transient failures, the whole response within
 * the timeout and the size limit. Every failure, from a bad URL to a reset connection, comes
 * back as one line. Never throws.
 *
 * @example
 * const outcome = await loadUrl("https://example.com/news/story", { timeoutMs: 10_000 });
 * if (outcome.ok) console.log(outcome.page.finalUrl ?? outcome.page.url);
 * else console.error(outcome.error); // e.g. "HTTP 404 Not Found", "timed out after 10 s"
 */
export async function loadUrl(url: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const parsed = parseHttpUrl(url);
  if (typeof parsed === "string") return { ok: false, input: url, error: parsed };
  const [fetcher, own] = fetcherFor(options);
  try {
    return toPage(url, await fetcher.get(url, { accept: options.acceptXml ? ACCEPT_XML : ACCEPT }), options);
  } finally {
    await own?.close();
  }
}

/**
 * The fetched response as a page, or why it is not one (a 404, an image, an empty body). Also
 * used for pages a crawl already fetched, so they are not requested twice.
 * @example toPage(url, await fetcher.get(url), {}).ok
 */
export function toPage(input: string, result: FetchResult, options: LoadOptions): LoadOutcome {
  const fail = (error: string): LoadOutcome => ({ ok: false, input, error });
  if (!result.ok) return result.skipped ? { ok: false, input, error: result.error, skipped: result.skipped } : fail(result.error);
  const { status, statusText, headers, bytes, finalUrl } = result;
  if (status < 200 || status > 299) return fail(`HTTP ${status} ${statusText || STATUS_CODES[status] || ""}`.trim());

  const contentType = headers["content-type"]?.trim() || undefined;
  const { essence, charset } = parseContentType(contentType ?? "");
  if (contentType && !isHtmlType(essence) && !(options.acceptXml && isXmlType(essence))) return fail(`not an HTML page (Content-Type: ${essence})`);
  // Without a type, judge by the bytes (binary and empty bodies get their own message below).
  if (!contentType && !options.acceptXml && bytes.byteLength > 0 && !binaryKind(bytes) && !looksLikeHtml(bytes)) {
    return fail("not an HTML page (no Content-Type, and the content does not look like HTML)");
  }
  return toOutcome({
    input,
    bytes,
    noun: "response body",
    url: finalUrl ?? result.url,
    finalUrl,
    contentType,
    allowNul: charset !== undefined && isUtf16(charset),
  });
}

function isUtf16(label: string): boolean {
  return getEncoding(Buffer.alloc(0), { transportLayerEncodingLabel: label }).startsWith("UTF-16");
}
