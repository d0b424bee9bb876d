/** Putting discovered entries together: each URL once, a cap on how many, and the split result. */
import { urlKey } from "../load/http-url.js";
import type { Discovery, DiscoveryEntry } from "./types.js";

/** The URLs one sitemap or feed input yields by default: the protocol's maximum for one sitemap file. */
export const DEFAULT_MAX_URLS = 50_000;

/** What `--sitemap` and `--feed` inputs take. */
export interface ListOptions {
  /** Keep entries modified at or after this moment; entries without a date are kept. */
  since?: Date;
  /** At most this many URLs per input (default 50 000); a `skipped: "limit"` failure says when there were more. */
  maxUrls?: number;
}

/** State `discover` shares across its inputs. */
export interface SharedState {
  /** URLs (and failed inputs) already yielded. */
  seen?: Set<string>;
  /** Sitemaps and feeds already read. */
  visited?: Set<string>;
}

/** A lone failure, as entries. */
export async function* failureOnly(input: string, error: string): AsyncGenerator<DiscoveryEntry> {
  yield { kind: "failure", input, error };
}

/**
 * The entries with each URL (or failed input) once, first occurrence kept. `seen` is shared
 * across inputs, so a page listed by two sitemaps, or in a sitemap and found by a crawl, is
 * checked once; spellings of one URL (scheme or host case, a default port, a #fragment) are one.
 * A `skipped: "limit"` note is never merged away: it names an input already seen.
 */
export async function* unique(entries: AsyncIterable<DiscoveryEntry>, seen: Set<string> = new Set()): AsyncGenerator<DiscoveryEntry> {
  for await (const entry of entries) {
    if (entry.kind === "failure" && entry.skipped === "limit") {
      yield entry;
      continue;
    }
    const key = urlKey(entry.kind === "url" ? entry.url : entry.input);
    if (seen.has(key)) continue;
    seen.add(key);
    yield entry;
  }
}

/**
 * The entries up to `max` URLs. When the input lists more, one `skipped: "limit"` failure says
 * so in their place (naming `input`), and nothing more is fetched.
 */
export async function* capUrls(entries: AsyncIterable<DiscoveryEntry>, max: number, input: string): AsyncGenerator<DiscoveryEntry> {
  let count = 0;
  for await (const entry of entries) {
    if (entry.kind === "url" && count >= max) {
      yield { kind: "failure", input, error: `lists more than ${max.toLocaleString("en-US")} URLs: only the first ${max.toLocaleString("en-US")} are checked (maxUrls)`, skipped: "limit" };
      return;
    }
    if (entry.kind === "url") count++;
    yield entry;
  }
}

/** Every entry, collected. */
export async function collect(entries: AsyncIterable<DiscoveryEntry>): Promise<DiscoveryEntry[]> {
  const all: DiscoveryEntry[] = [];
  for await (const entry of entries) all.push(entry);
  return all;
}

/** Entries split into URLs and failures, each in order, without their `kind`. */
export function toDiscovery(entries: DiscoveryEntry[]): Discovery {
  const discovery: Discovery = { urls: [], failures: [] };
  for (const { kind, ...rest } of entries) {
    if (kind === "url") discovery.urls.push(rest as Discovery["urls"][number]);
    else discovery.failures.push(rest as Discovery["failures"][number]);
  }
  return discovery;
}
