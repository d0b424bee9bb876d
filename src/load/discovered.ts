/**
 * What `--sitemap`, `--feed` and `--crawl` find, as inputs to load: a URL to fetch, a page a
 * crawl already fetched (checked without a second request), or a failure kept in its place.
 */
import type { DiscoveryEntry } from "../discover/types.js";
import type { InputRef } from "./inputs.js";
import { toPage } from "./url.js";
import type { LoadOutcome } from "./types.js";

/** An input of a run: one to load, or one whose outcome is already known. */
export type LoadItem = InputRef | { kind: "loaded"; input: string; outcome: LoadOutcome };

/**
 * @example
 * for await (const item of discoveredItems(discoverEach({ sitemaps: [url] }, fetcher))) …
 */
export async function* discoveredItems(entries: AsyncIterable<DiscoveryEntry>): AsyncIterable<LoadItem> {
  for await (const entry of entries) {
    if (entry.kind === "failure") {
      const via = entry.via ? ` (listed in or linked from ${entry.via})` : "";
      const outcome: LoadOutcome = entry.skipped
        ? { ok: false, input: entry.input, error: entry.error, skipped: entry.skipped }
        : { ok: false, input: entry.input, error: `${entry.error}${via}` };
      yield { kind: "loaded", input: entry.input, outcome };
    } else if (entry.page) {
      const outcome = toPage(entry.url, entry.page, {});
      // Found by crawling, not named: checked only if it republishes the newswire.
      if (outcome.ok) outcome.page.explicit = false;
      yield { kind: "loaded", input: entry.url, outcome };
    } else {
      yield { kind: "url", input: entry.url, explicit: false };
    }
  }
}
