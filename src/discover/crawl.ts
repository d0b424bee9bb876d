/**
 * `--crawl <url>`: the pages of a partner site, found by following its links breadth-first from a
 * start page. Each page is yielded with its response, so the caller checks it without fetching it
 * again.
 */
import type { Fetcher, FetchSuccess } from "../fetch/types.js";
import { isHtmlType, parseContentType } from "../load/content-type.js";
import { decodeHtml } from "../load/decode.js";
import { looksLikeHtml } from "../load/sniff.js";
import { parseHttpUrl } from "../load/url.js";
import { AHEAD, inOrder } from "./ahead.js";
import { pageUrl, urlFilter } from "./crawl-scope.js";
import { failureOnly, unique } from "./discovery.js";
import { fetchFailure, finalUrl } from "./fetch-failure.js";
import { pageLinks } from "./links.js";
import type { DiscoveryEntry } from "./types.js";

export const DEFAULT_DEPTH = 2;
export const DEFAULT_MAX_PAGES = 500;

const ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

export interface CrawlOptions {
  /** Links followed from the start page: 0 is the start page alone, 1 adds the pages it links to (default 2). */
  depth?: number;
  /** Requests made at most, failures included (default 500); a `skipped: "limit"` failure says what was left. */
  maxPages?: number;
  /** Follow only links whose path matches one of these globs (see `urlFilter`); the start page is always fetched. */
  include?: string[];
  /** Never follow links whose path matches one of these globs. */
  exclude?: string[];
  /** URLs already yielded by other inputs (`discover` shares it): fetched for their links, not yielded again. */
  seen?: Set<string>;
}

interface Queued {
  url: string;
  via: string;
}

/**
 * Breadth-first over the start page's site: links to the same host:port (the start page's host,
 * and the host it redirects to), not `rel="nofollow"` (nor on a `<meta name="robots"
 * content="nofollow">` page), that are pages by their extension and pass the include/exclude
 * patterns. Every page fetched is yielded in order, as a `url` entry with its `page` response, or
 * as a failure (an HTTP error, robots.txt) naming the page that linked to it. A link that
 * redirects to another site, or answers with something other than HTML, is not a page of the site
 * and is not yielded.
 * @example for await (const entry of crawl("https://partner.example/", fetcher, { depth: 1 })) if (entry.kind === "url") check(entry.page);
 */
export async function* crawl(startUrl: string, fetcher: Fetcher, options: CrawlOptions = {}): AsyncGenerator<DiscoveryEntry> {
  const maxDepth = options.depth ?? DEFAULT_DEPTH;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (!Number.isInteger(maxDepth) || maxDepth < 0) throw new RangeError(`crawl depth must be a whole number ≥ 0, not ${maxDepth}`);
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError(`crawl maxPages must be a whole number ≥ 1, not ${maxPages}`);
  const parsed = parseHttpUrl(startUrl);
  if (typeof parsed === "string") return yield* unique(failureOnly(startUrl, parsed), options.seen);
  yield* unique(pages(parsed, fetcher, maxDepth, maxPages, urlFilter(options.include, options.exclude)), options.seen);
}

async function* pages(start: URL, fetcher: Fetcher, maxDepth: number, maxPages: number, follows: (url: string) => boolean): AsyncGenerator<DiscoveryEntry> {
  // Without its #fragment, as every link is; a start page is fetched whatever its extension.
  const startUrl = start.href.split("#")[0]!;
  const hosts = new Set([start.host]);
  const queued = new Set([startUrl]);
  const yielded = new Set<string>();
  let level: Queued[] = [{ url: startUrl, via: startUrl }];
  let fetched = 0;

  for (let depth = 0; level.length > 0; depth++) {
    const batch = level.slice(0, maxPages - fetched);
    const next: Queued[] = [];
    for await (const [item, result] of inOrder(batch, AHEAD, (item) => fetcher.get(item.url, { accept: ACCEPT_HTML }))) {
      fetched++;
      const failure = fetchFailure(item.url, result, item.via);
      if (failure || !result.ok) {
        if (failure) yield failure;
        continue;
      }
      const final = finalUrl(result);
      const finalHost = new URL(final).host;
      // The site is where the start page ends up (http://partner.example → https://www.partner.example).
      if (item.url === startUrl) hosts.add(finalHost);
      else if (!hosts.has(finalHost)) continue;
      queued.add(final);
      if (!isHtml(result)) {
        // The start page was asked for by name: it must not vanish from the report.
        if (item.url === startUrl) yield { kind: "failure", input: startUrl, error: `not an HTML page (Content-Type: ${result.headers["content-type"] ?? "none"})` };
        continue;
      }
      // Two links that redirect to one page: it is checked once.
      if (yielded.has(final)) continue;
      yielded.add(final);
      if (depth < maxDepth) {
        for (const link of links(result, final)) {
          if (queued.has(link) || !hosts.has(new URL(link).host) || !follows(link)) continue;
          queued.add(link);
          next.push({ url: link, via: item.url });
        }
      }
      yield { kind: "url", url: item.url, via: item.via, page: result };
    }
    const left = level.length - batch.length + (fetched >= maxPages ? next.length : 0);
    if (left > 0) {
      yield { kind: "failure", input: startUrl, error: `stopped after ${maxPages} pages (maxPages): ${left} more found on the site were not crawled`, skipped: "limit" };
      return;
    }
    level = next;
  }
}

/** The page links of a response, resolved (against `<base href>` when there is one). */
function links(result: FetchSuccess, url: string): string[] {
  const { links, base } = pageLinks(decodeHtml(result.bytes, result.headers["content-type"]).source);
  const baseUrl = (base && URL.canParse(base, url) && new URL(base, url).href) || url;
  return links.filter((l) => !l.nofollow).map((l) => pageUrl(l.href, baseUrl)).filter((u): u is string => u !== undefined);
}

function isHtml(result: FetchSuccess): boolean {
  const type = result.headers["content-type"];
  return type ? isHtmlType(parseContentType(type).essence) : looksLikeHtml(result.bytes);
}
