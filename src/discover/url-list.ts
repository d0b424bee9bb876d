/**
 * Walking a sitemap, a sitemap index (recursively) or a feed, yielding its URLs in document order
 * with each failure in its place.
 */
import type { Fetcher } from "../fetch/types.js";
import { AHEAD, inOrder } from "./ahead.js";
import { readList, type ListRead } from "./read-list.js";
import { modifiedSince } from "./since.js";
import type { DiscoveryEntry } from "./types.js";

/** Levels of indexes read: indexes of indexes are outside the protocol but real; deeper is a loop or a mistake. */
export const MAX_INDEX_DEPTH = 3;

export interface ListWalkOptions {
  /** Keep entries modified at or after this moment (undated ones too); skip child sitemaps older than it. */
  since?: Date;
  /** Sitemaps already read (URLs without #fragment), shared so each is fetched once across inputs. */
  visited?: Set<string>;
  /** The index that pointed to `url`, when it is not an input itself. */
  via?: string;
}

/**
 * Every URL a sitemap, sitemap index or feed lists, then its child sitemaps', in document order.
 * Child sitemaps are fetched a few at a time, each once (an index naming itself, or two indexes
 * naming one sitemap, cannot loop), at most `MAX_INDEX_DEPTH` indexes deep.
 * @example for await (const entry of listEntries("https://partner.example/wp-sitemap.xml", fetcher)) …
 */
export async function* listEntries(url: string, fetcher: Fetcher, options: ListWalkOptions = {}): AsyncGenerator<DiscoveryEntry> {
  const visited = options.visited ?? new Set<string>();
  if (visited.has(withoutHash(url))) return;
  visited.add(withoutHash(url));
  yield* entriesOf(await readList(url, fetcher, options.via), url, 0, { fetcher, since: options.since, visited });
}

interface Walk {
  fetcher: Fetcher;
  since?: Date;
  visited: Set<string>;
}

async function* entriesOf(read: ListRead, url: string, depth: number, walk: Walk): AsyncGenerator<DiscoveryEntry> {
  if (!read.ok) {
    yield read.failure;
    return;
  }
  const { list } = read;
  if (list.kind !== "sitemap-index") {
    for (const entry of list.entries) {
      if (!isHttpUrl(entry.url)) yield { kind: "failure", input: entry.url, error: "not an http(s) URL", via: url };
      else if (modifiedSince(entry.lastModified, walk.since)) yield { kind: "url", ...entry, via: url };
    }
    return;
  }
  if (depth >= MAX_INDEX_DEPTH) {
    yield { kind: "failure", input: url, error: `sitemap index nested more than ${MAX_INDEX_DEPTH} indexes deep` };
    return;
  }

  const children: string[] = [];
  for (const entry of list.entries) {
    if (!isHttpUrl(entry.url)) yield { kind: "failure", input: entry.url, error: "not an http(s) URL", via: url };
    // A sitemap last modified before --since lists nothing modified since.
    else if (!modifiedSince(entry.lastModified, walk.since) || walk.visited.has(withoutHash(entry.url))) continue;
    else {
      // Marked before fetching, so a sibling or a nested index naming it again does not re-fetch it.
      walk.visited.add(withoutHash(entry.url));
      children.push(entry.url);
    }
  }
  for await (const [child, childRead] of inOrder(children, AHEAD, (child) => readList(child, walk.fetcher, url))) {
    yield* entriesOf(childRead, child, depth + 1, walk);
  }
}

function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^/?#]/i.test(url) && URL.canParse(url);
}

function withoutHash(url: string): string {
  const hash = url.indexOf("#");
  return hash < 0 ? url : url.slice(0, hash);
}
