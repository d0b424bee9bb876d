/** Fetch one page over HTTP(S), politely and within limits. */
import { STATUS_CODES } from "node:http";
import { getEncoding } from "encoding-sniffer";
import { isHtmlType, isXmlType, parseContentType } from "./content-type.js";
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, formatBytes, formatSeconds } from "./limits.js";
import { describeFetchError } from "./net-errors.js";
import { toOutcome } from "./page.js";
import { readCapped } from "./read.js";
import { binaryKind, looksLikeHtml } from "./sniff.js";
import { defaultUserAgent } from "./user-agent.js";
import type { LoadOptions, LoadOutcome } from "./types.js";

/** Prefer HTML, but take whatever the server has: a wrong type is reported, not refused. */
const ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

/**
 * Fetch a page and decode it (charset from the Content-Type header, then `<meta charset>`).
 * Redirects are followed; the whole request, body included, must finish within
 * `options.timeoutMs`, and the body is cut off past `options.maxBytes`. Every failure,
 * from a bad URL to a reset connection, comes back as one line. Never throws.
 *
 * @example
 * const outcome = await loadUrl("https://example.com/news/story", { timeoutMs: 10_000 });
 * if (outcome.ok) console.log(outcome.page.finalUrl ?? outcome.page.url);
 * else console.error(outcome.error); // e.g. "HTTP 404 Not Found", "timed out after 10 s"
 */
export async function loadUrl(url: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const fail = (error: string): LoadOutcome => ({ ok: false, input: url, error });
  const parsed = parseHttpUrl(url);
  if (typeof parsed === "string") return fail(parsed);

  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // Racing (rather than trusting the signal alone) also bounds an injected fetch that ignores it.
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => {
      resolve("timeout");
      controller.abort(new Error("timeout"));
    }, timeoutMs);
  });
  try {
    const outcome = await Promise.race([fetchPage(url, parsed, options, controller.signal), timedOut]);
    return outcome === "timeout" ? fail(`timed out after ${formatSeconds(timeoutMs)}`) : outcome;
  } catch (err) {
    return fail(describeFetchError(err, parsed));
  } finally {
    clearTimeout(timer);
    // Releases the connection if anything is still open (a cancelled or unread body).
    controller.abort();
  }
}

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

async function fetchPage(input: string, url: URL, options: LoadOptions, signal: AbortSignal): Promise<LoadOutcome> {
  const fail = (error: string): LoadOutcome => ({ ok: false, input, error });
  const fetchFn = options.fetch ?? globalThis.fetch;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const response = await fetchFn(url.href, {
    redirect: "follow",
    signal,
    headers: { "user-agent": options.userAgent ?? defaultUserAgent(), accept: ACCEPT },
  });
  // fetch drops the #fragment, so compare without it: only a redirect makes a final URL.
  const requested = new URL(url.href);
  requested.hash = "";
  const finalUrl = response.url && response.url !== requested.href ? response.url : undefined;

  if (!response.ok) {
    const text = response.statusText || STATUS_CODES[response.status] || "";
    return fail(`HTTP ${response.status} ${text}`.trim());
  }
  const contentType = response.headers.get("content-type")?.trim() || undefined;
  const { essence, charset } = parseContentType(contentType ?? "");
  if (contentType && !isHtmlType(essence) && !(options.acceptXml && isXmlType(essence))) return fail(`not an HTML page (Content-Type: ${essence})`);

  // Known too big up front (only when not compressed: the length is then the decoded size).
  const length = Number(response.headers.get("content-length"));
  if (!response.headers.has("content-encoding") && length > maxBytes) {
    return fail(`response is too large (${formatBytes(length)}, limit ${formatBytes(maxBytes)})`);
  }
  const bytes = response.body ? await readCapped(response.body, maxBytes) : new Uint8Array();
  if (!bytes) return fail(`response is too large (over the limit of ${formatBytes(maxBytes)})`);

  // Without a type, judge by the bytes (binary and empty bodies get their own message below).
  if (!contentType && !options.acceptXml && bytes.byteLength > 0 && !binaryKind(bytes) && !looksLikeHtml(bytes)) {
    return fail("not an HTML page (no Content-Type, and the content does not look like HTML)");
  }
  return toOutcome({
    input,
    bytes,
    noun: "response body",
    url: finalUrl ?? requested.href,
    finalUrl,
    contentType,
    allowNul: charset !== undefined && isUtf16(charset),
  });
}

function isUtf16(label: string): boolean {
  return getEncoding(Buffer.alloc(0), { transportLayerEncodingLabel: label }).startsWith("UTF-16");
}
