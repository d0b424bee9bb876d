/** Inputs for republint: files, directories, globs, stdin and URLs, loaded as decoded pages. */
import { loadFile } from "./file.js";
import { fetcherFor } from "./fetcher.js";
import { expandInputs, type InputRef } from "./inputs.js";
import { DEFAULT_CONCURRENCY } from "./limits.js";
import { loadStdin } from "./stdin.js";
import { loadUrl } from "./url.js";
import type { LoadOptions, LoadOutcome } from "./types.js";
import { discoverEach, type DiscoverSpecs } from "../discover/discover.js";
import { discoveredItems, type LoadItem } from "./discovered.js";
import { urlKey } from "./http-url.js";

export type { LoadedSource, LoadFailure, LoadOptions, LoadOutcome } from "./types.js";
export type { InputRef, InputSource } from "./inputs.js";
export type { DecodedHtml } from "./decode.js";
export { decodeHtml } from "./decode.js";
export { binaryError, binaryKind, looksLikeHtml } from "./sniff.js";
export { loadFile } from "./file.js";
export { loadUrl } from "./url.js";
export { loadStdin, STDIN_INPUT } from "./stdin.js";
export { expandInputs } from "./inputs.js";
export { defaultUserAgent } from "./user-agent.js";
export { DEFAULT_CONCURRENCY, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from "./limits.js";

export interface LoadAllOptions extends LoadOptions {
  /** How many inputs load at once (default 4): enough to overlap network waits, gentle on servers. */
  concurrency?: number;
  /**
   * Told what the specs expanded to, before anything loads (e.g. to size a worker pool or a
   * progress bar); `open` when discovery will add more as it goes.
   */
  onExpanded?: (refs: InputRef[], open: boolean) => void;
  /** Load only shard `index` (1-based) of `count`: a deterministic share of the expanded inputs. */
  shard?: { index: number; count: number };
  /** Also load what sitemaps, feeds and crawls find (after the specs' inputs), through the same client. */
  discover?: DiscoverSpecs;
}

/**
 * Which shard (0-based) an input belongs to: FNV-1a of its name, so every machine of a CI
 * matrix agrees without talking to the others.
 * @example shardOf("dist/a.html", 4) // 0..3
 */
export function shardOf(input: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) hash = Math.imul(hash ^ input.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/**
 * Load one expanded input, whatever its kind; a failed expansion passes straight through.
 * Never throws.
 *
 * @example
 * const outcome = await loadInput({ kind: "url", input: "https://example.com/story" });
 */
export async function loadInput(ref: InputRef, options: LoadOptions = {}): Promise<LoadOutcome> {
  try {
    if (ref.kind === "failure") return { ok: false, input: ref.input, error: ref.error };
    const outcome = ref.kind === "file" ? await loadFile(ref.input, options) : ref.kind === "url" ? await loadUrl(ref.input, options) : await loadStdin(options);
    if (outcome.ok) outcome.page.explicit = ref.explicit;
    return outcome;
  } catch (err) {
    // The loaders do not throw; this keeps a bug in one from stopping the whole run.
    return { ok: false, input: ref.input, error: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * Expand `specs` (then discover `options.discover`) and load every input, a few at a time,
 * yielding outcomes in input order (failed expansions and discoveries in their place). At most
 * `concurrency` pages are held at once. Never throws.
 *
 * @example
 * for await (const outcome of loadAll(["examples/", "https://example.com/story"])) {
 *   if (outcome.ok) check(outcome.page);
 *   else console.error(`${outcome.input}: ${outcome.error}`);
 * }
 */
export async function* loadAll(specs: string[], options: LoadAllOptions = {}): AsyncIterable<LoadOutcome> {
  const all = await expandInputs(specs, options);
  const shard = options.shard;
  const mine = (input: string) => !shard || shardOf(input, shard.count) === shard.index - 1;
  const discovering = hasDiscovery(options.discover);
  options.onExpanded?.(all.filter((ref) => mine(ref.input)), discovering);
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  // One HTTP client for the whole run: its host queues and robots.txt files are shared.
  const [fetcher, own] = discovering || all.some((ref) => ref.kind === "url") ? fetcherFor(options) : [undefined, undefined];
  const withFetcher = fetcher ? { ...options, fetcher } : options;
  async function* items(): AsyncIterable<LoadItem> {
    yield* all;
    if (!discovering) return;
    // A page named and also found (in a sitemap, by a crawl) is checked once, as named.
    const named = new Set(all.filter((ref) => ref.kind === "url").map((ref) => urlKey(ref.input)));
    for await (const item of discoveredItems(discoverEach(options.discover!, fetcher!))) {
      const limitNote = item.kind === "loaded" && !item.outcome.ok && item.outcome.skipped === "limit";
      if (!limitNote && named.has(urlKey(item.input))) continue;
      yield item;
    }
  }
  try {
    yield* loadWindow(items(), concurrency, withFetcher, mine);
  } finally {
    await own?.close();
  }
}

function hasDiscovery(specs: DiscoverSpecs | undefined): boolean {
  return Boolean(specs?.sitemaps?.length || specs?.feeds?.length || specs?.crawl?.length);
}

/**
 * Load the items with at most `concurrency` in flight, yielding outcomes in order. Each item
 * keeps its place in the whole run (`position`), so sharded reports merge back in order.
 */
async function* loadWindow(items: AsyncIterable<LoadItem>, concurrency: number, options: LoadOptions, mine: (input: string) => boolean): AsyncIterable<LoadOutcome> {
  // A sliding window: once input i is loaded, the next one starts, so loading goes on while the
  // caller checks input i, yet only a few pages are ever held in memory.
  const source = items[Symbol.asyncIterator]();
  const pending: Promise<LoadOutcome>[] = [];
  let position = 0;
  let exhausted = false;
  const fill = async (): Promise<void> => {
    while (!exhausted && pending.length < concurrency) {
      const next = await source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const item = next.value;
      const at = position++;
      if (!mine(item.input)) continue;
      const outcome = item.kind === "loaded" ? Promise.resolve(item.outcome) : loadInput(item, options);
      pending.push(outcome.then((o) => ({ ...o, position: at })));
    }
  };
  await fill();
  while (pending.length > 0) {
    const outcome = await pending.shift()!;
    await fill();
    yield outcome;
  }
}
