/** Inputs for republint: files, directories, globs, stdin and URLs, loaded as decoded pages. */
import { loadFile } from "./file.js";
import { fetcherFor } from "./fetcher.js";
import { expandInputs, type InputRef } from "./inputs.js";
import { DEFAULT_CONCURRENCY } from "./limits.js";
import { loadStdin } from "./stdin.js";
import { loadUrl } from "./url.js";
import type { LoadOptions, LoadOutcome } from "./types.js";

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
  /** Told what the specs expanded to, before anything loads (e.g. to size a worker pool). */
  onExpanded?: (refs: InputRef[]) => void;
  /** Load only shard `index` (1-based) of `count`: a deterministic share of the expanded inputs. */
  shard?: { index: number; count: number };
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
 * Expand `specs` and load every input, a few at a time, yielding outcomes in input order
 * (failed expansions in their place). At most `concurrency` pages are held at once. Never throws.
 *
 * @example
 * for await (const outcome of loadAll(["examples/", "https://example.com/story"])) {
 *   if (outcome.ok) check(outcome.page);
 *   else console.error(`${outcome.input}: ${outcome.error}`);
 * }
 */
export async function* loadAll(specs: string[], options: LoadAllOptions = {}): AsyncIterable<LoadOutcome> {
  const all = await expandInputs(specs, options);
  // Each input keeps its place in the whole run, so sharded reports merge back in order.
  const shard = options.shard;
  const positioned = all.map((ref, position) => ({ ref, position }));
  const mine = shard ? positioned.filter(({ ref }) => shardOf(ref.input, shard.count) === shard.index - 1) : positioned;
  const refs = mine.map(({ ref }) => ref);
  options.onExpanded?.(refs);
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  // One HTTP client for the whole run: its host queues and robots.txt files are shared.
  const [fetcher, own] = refs.some((ref) => ref.kind === "url") ? fetcherFor(options) : [undefined, undefined];
  try {
    yield* loadWindow(mine, concurrency, fetcher ? { ...options, fetcher } : options);
  } finally {
    await own?.close();
  }
}

/** Load the inputs with at most `concurrency` in flight, yielding outcomes in input order. */
async function* loadWindow(mine: { ref: InputRef; position: number }[], concurrency: number, options: LoadOptions): AsyncIterable<LoadOutcome> {
  // A sliding window: once input i is loaded, input i + concurrency starts, so loading goes on
  // while the caller checks input i, yet only a few pages are ever held in memory.
  const pending: Promise<LoadOutcome>[] = [];
  let next = 0;
  const fill = (): void => {
    while (next < mine.length && pending.length < concurrency) {
      const { ref, position } = mine[next++]!;
      pending.push(loadInput(ref, options).then((outcome) => ({ ...outcome, position })));
    }
  };
  fill();
  while (pending.length > 0) {
    const outcome = await pending.shift()!;
    fill();
    yield outcome;
  }
}
