/** Fetching one sitemap or feed and reading its URLs. */
import type { Fetcher } from "../fetch/types.js";
import { decodeHtml } from "../load/decode.js";
import { readUrlList, type UrlList } from "../originals/feeds.js";
import { fetchFailure, finalUrl } from "./fetch-failure.js";
import { gunzipIfGzipped } from "./gunzip.js";
import type { DiscoveryEntry } from "./types.js";

/** XML first; gzip for `.xml.gz` files; anything else is still read and judged by its content. */
const ACCEPT_XML = "application/xml, text/xml;q=0.9, application/rss+xml, application/atom+xml, application/gzip;q=0.8, */*;q=0.1";

export type ListRead = { ok: true; list: UrlList } | { ok: false; failure: Extract<DiscoveryEntry, { kind: "failure" }> };

/**
 * Fetch `url` and read it as a sitemap, sitemap index or feed (gzipped or not). Relative URLs in
 * it resolve against where it finally came from. Never throws: every problem is a failure naming
 * `url` (and `via`, the index that pointed to it).
 * @example await readList("http://partner.example/missing.xml", fetcher) // { ok: false, failure: { input: …, error: "HTTP 404 Not Found" } }
 */
export async function readList(url: string, fetcher: Fetcher, via?: string): Promise<ListRead> {
  const result = await fetcher.get(url, { accept: ACCEPT_XML });
  const failed = fetchFailure(url, result, via);
  if (failed || !result.ok) return { ok: false, failure: failed ?? { kind: "failure", input: url, error: "no response" } };
  const fail = (error: string): ListRead => ({ ok: false, failure: { kind: "failure", input: url, error, ...(via ? { via } : {}) } });

  const bytes = await gunzipIfGzipped(result.bytes);
  if (typeof bytes === "string") return fail(bytes);
  // A gzip file's Content-Type charset (if any) describes the archive, not the XML inside.
  const contentType = bytes === result.bytes ? result.headers["content-type"] : undefined;
  const list = readUrlList(decodeHtml(bytes, contentType).source, finalUrl(result));
  return typeof list === "string" ? fail(list) : { ok: true, list };
}
