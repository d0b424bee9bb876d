/**
 * The library's entry points: check HTML, a file, a URL, or many inputs at once. The CLI is a
 * thin layer over these, so both give the same verdicts.
 */
import { mentionsPublisher } from "./applicability.js";
import { rawText } from "./page/raw-text.js";
import { ConfigError, resolveConfig, validateConfigOptions, type ConfigOptions, type ResolvedConfig } from "./config/resolve.js";
import { checkPage } from "./engine.js";
import pLimit from "p-limit";
import { DEFAULT_CONCURRENCY, expandInputs, loadAll, loadFile, loadInput, loadUrl, shardOf, type InputRef } from "./load/index.js";
import type { LoadFailure, LoadOptions, LoadOutcome } from "./load/types.js";
import { OriginalLibrary } from "./originals/library.js";
import { Page } from "./page/page.js";
import { CheckPool, type WorkerSetup } from "./parallel/pool.js";
import { summarize } from "./report.js";
import type { Report, TargetResult } from "./types.js";
import type { DiscoverSpecs } from "./discover/discover.js";
import type { Fetcher } from "./fetch/types.js";
import { fetcherFor } from "./load/fetcher.js";

export interface CheckOptions extends ConfigOptions, LoadOptions {
  /**
   * The newswire's originals: pages (files or URLs), directories of saved pages, RSS/Atom feeds
   * or XML sitemaps, or an {@link OriginalLibrary} already loaded. A page that republishes one
   * is checked against it (its reporters, its text), even without any newswire marker.
   */
  originals?: string[] | OriginalLibrary;
  /**
   * Called once the inputs are expanded, with how many pages will be checked (e.g. for a
   * progress bar); `null` when sitemaps, feeds or crawls will add pages as they are found.
   */
  onStart?: (total: number | null) => void;
  /** Called with each result as soon as it is known (results still come back in input order). */
  onResult?: (result: TargetResult) => void;
  /** Worker threads to check pages on (default 1: this thread). */
  jobs?: number;
  /** Check only shard `index` (1-based) of `count` of the expanded inputs (a CI matrix's share). */
  shard?: { index: number; count: number };
  /**
   * Also check the pages that sitemaps, feeds and crawls find (after `inputs`). They are found,
   * not named, so like a directory's files they are checked only if they republish the newswire.
   * Pass a `fetcher` (see `createFetcher`) to choose the politeness limits and the cache.
   */
  discover?: DiscoverSpecs;
  /** Pages (fetched ones, and originals) loaded at once (default 4). */
  concurrency?: number;
}

export interface CheckHtmlOptions extends ConfigOptions {
  /**
   * Name of the input in the result (default `<html>`), e.g. the page's path or URL; `overrides`
   * whose `files` match it apply.
   */
  input?: string;
  /** The page's URL, for resolving relative image URLs. */
  url?: string;
  /** Originals to match the page against (load them once with `OriginalLibrary.load`). */
  originals?: OriginalLibrary;
}

/**
 * Check an HTML string against the terms.
 * @example
 * const result = checkHtml(html, { authors: ["Laila Montgomery"] });
 * result.verdicts["reporter-byline"] // "pass"
 */
export function checkHtml(html: string, options: CheckHtmlOptions = {}): TargetResult {
  if (typeof html !== "string") throw new TypeError(`checkHtml: html must be a string, not ${html === null ? "null" : typeof html}`);
  const input = options.input ?? "<html>";
  return checkSource(html, input, options.url, resolveConfig(options, { input }), options.originals ?? null, options.forceAuthors);
}

/**
 * Load and check one file.
 * @example (await checkFile("story.html", { authors: ["Laila Montgomery"] })).status // "checked"
 */
export async function checkFile(path: string, options: CheckOptions = {}): Promise<TargetResult> {
  checkLimits(options);
  const config = resolveConfig(options, { input: path, cwd: options.cwd });
  const { library } = await originalsOf(options);
  return checkLoaded(await loadFile(path, options), config, library, options.forceAuthors);
}

/**
 * Fetch and check one page (timeout, size limit, charset from the header or `<meta>`).
 * @example (await checkUrl("https://partner.example/story/")).verdicts
 */
export async function checkUrl(url: string, options: CheckOptions = {}): Promise<TargetResult> {
  checkLimits(options);
  const config = resolveConfig(options, { input: url });
  const { library } = await originalsOf(options);
  return checkLoaded(await loadUrl(url, options), config, library, options.forceAuthors);
}

/**
 * Check files, directories, globs, `-` (stdin) and URLs; one result per page, in input order.
 * Throws only for a bad configuration or limit ({@link ConfigError}); inputs that cannot be loaded
 * become results with `status: "error"`, originals that cannot be read are listed in
 * `report.originals.failures`.
 * @example
 * const report = await check(["examples/*.html"], { authors: ["Laila Montgomery"] });
 * report.summary.failingPages // 4
 */
export async function check(inputs: string[] | string, options: CheckOptions = {}): Promise<Report> {
  if (typeof inputs === "string") inputs = [inputs]; // one input, not its characters
  // A bad configuration (an override's too, whatever it matches) fails before anything is loaded.
  validateConfigOptions(options);
  checkLimits(options);
  const { library, failures } = await originalsOf(options);
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const results: TargetResult[] = [];
  // Results in input order; a few pages are in flight at once (bounded memory).
  const inFlight: { promise: Promise<TargetResult>; position?: number }[] = [];
  const settle = async () => {
    const { promise, position } = inFlight.shift()!;
    const result = options.shard && position !== undefined ? { ...(await promise), position } : await promise;
    options.onResult?.(result);
    results.push(result);
  };
  const onMain = (outcome: LoadOutcome): TargetResult => {
    const input = outcome.ok ? outcome.page.input : outcome.input;
    return checkLoaded(outcome, resolveConfig(options, { input, cwd: options.cwd }), library, options.forceAuthors);
  };
  // Workers cost a few hundred milliseconds to start: worth it for a site, not for a page. A
  // scan (sitemaps, feeds, crawls) streams in as it is found, on this thread.
  const planned = jobs > 1 && !options.discover ? await plan(inputs, options) : null;
  let pool: CheckPool | null = null;
  let ownFetcher: Fetcher | undefined;
  try {
    if (planned && planned.length >= MIN_PAGES_FOR_WORKERS) {
      options.onStart?.(planned.length);
      const workers = (pool = new CheckPool(jobs, { options: plainConfig(options), load: { maxBytes: options.maxBytes, cwd: options.cwd }, articles: library?.articles ?? null }));
      // One HTTP client for the run's URLs: shared host queues and robots.txt files.
      const [fetcher, own] = planned.some(({ ref }) => ref.kind === "url") ? fetcherFor(options) : [options.fetcher, undefined];
      ownFetcher = own;
      const loadOptions = { ...options, fetcher };
      // Files go to the workers by name (they load them); URLs and stdin load here, a few at once.
      const limit = pLimit(options.concurrency ?? DEFAULT_CONCURRENCY);
      for (const { ref, position } of planned) {
        const promise =
          ref.kind === "file"
            ? workers.check({ ref: { ...ref, kind: "file" } })
            : limit(() => loadInput(ref, loadOptions)).then((outcome) => (outcome.ok ? workers.check({ outcome }) : onMain(outcome)));
        promise.catch(() => {}); // a crashed worker's rejection is rethrown when its turn comes
        inFlight.push({ promise, position });
        // Only names and results wait here, so the window can be wide enough to keep every worker fed.
        while (inFlight.length > jobs * WINDOW_PER_JOB) await settle();
      }
    } else {
      const onExpanded = (refs: unknown[], open: boolean) => options.onStart?.(open ? null : refs.length);
      for await (const outcome of loadAll(inputs, { ...options, onExpanded })) {
        inFlight.push({ promise: Promise.resolve(onMain(outcome)), position: outcome.position });
        while (inFlight.length > 0) await settle();
      }
    }
    while (inFlight.length) await settle();
  } finally {
    await pool?.close();
    await ownFetcher?.close();
  }
  const report = summarize(results);
  return library || failures.length ? { ...report, originals: { loaded: library?.size ?? 0, failures } } : report;
}

/**
 * `maxBytes` and `timeoutMs` must be whole numbers ≥ 1 (as `--max-bytes` and `--timeout`): a
 * limit of -1 would silently make every input "too large" or "timed out".
 */
function checkLimits(options: LoadOptions): void {
  for (const key of ["maxBytes", "timeoutMs"] as const) {
    const value = options[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
      throw new ConfigError(`${key}: must be a whole number ≥ 1, not ${typeof value === "number" ? value : JSON.stringify(value)}`);
    }
  }
}

async function originalsOf(options: CheckOptions): Promise<{ library: OriginalLibrary | null; failures: LoadFailure[] }> {
  if (!options.originals) return { library: null, failures: [] };
  if (options.originals instanceof OriginalLibrary) return { library: options.originals, failures: [] };
  if (options.originals.length === 0) return { library: null, failures: [] };
  return OriginalLibrary.load(options.originals, options);
}

const MIN_PAGES_FOR_WORKERS = 8;
/** Pages in flight per worker thread (names waiting for a worker, and results waiting for their turn). */
const WINDOW_PER_JOB = 16;

/** The expanded inputs with their places in the whole run, this shard's only (as {@link loadAll} picks them). */
async function plan(inputs: string[], options: CheckOptions): Promise<{ ref: InputRef; position: number }[]> {
  const all = (await expandInputs(inputs, options)).map((ref, position) => ({ ref, position }));
  const shard = options.shard;
  return shard ? all.filter(({ ref }) => shardOf(ref.input, shard.count) === shard.index - 1) : all;
}

/** The settings a worker needs, without the functions and streams it cannot receive. */
function plainConfig(options: CheckOptions): WorkerSetup["options"] {
  const { preset, extends: presets, authors, rules, overrides, configDir, forceAuthors, cwd } = options;
  return { preset, extends: presets, authors, rules, overrides, configDir, forceAuthors, cwd };
}

/**
 * Check one loaded page (or pass on why it could not be loaded). Used by {@link check} on this
 * thread and by the worker threads.
 * @example checkLoaded(outcome, resolveConfig(), null).status // "checked"
 */
export function checkLoaded(outcome: LoadOutcome, config: ResolvedConfig, library: OriginalLibrary | null, forceAuthors?: boolean): TargetResult {
  if (!outcome.ok && outcome.skipped) return { input: outcome.input, status: "skipped", reason: outcome.error, verdicts: {}, findings: [], notes: [] };
  if (!outcome.ok) return { input: outcome.input, status: "error", verdicts: {}, findings: [], notes: [], error: outcome.error };
  const { page } = outcome;
  // Pages found by expanding a directory or glob are checked only if they republish the
  // newswire: a marker in the raw source, or (with originals) a copy of an original's text.
  // Pages the user named are always checked.
  // Both questions are asked of the undecoded bytes: most of a site's pages are never decoded.
  const raw = page.explicit === false ? rawText(page) : null;
  const unmarked = raw !== null && !mentionsPublisher(raw, config.preset.publisher);
  if (unmarked && !library?.mayContainCopy(raw)) return notARepublication(page.input, config, library !== null);
  const result = checkSource(page.source, page.input, page.url, config, library, forceAuthors, unmarked);
  return page.finalUrl ? { ...result, finalUrl: page.finalUrl } : result;
}

function notARepublication(input: string, config: ResolvedConfig, withOriginals: boolean, detail = ""): TargetResult {
  const verdicts = Object.fromEntries(config.rules.map(({ rule }) => [rule.meta.id, "not-applicable" as const]));
  const reason = `not a ${config.preset.publisher.name} republication (${detail || `no mention, logo, link or licensing paragraph${withOriginals ? ", nor an original's text" : ""}`})`;
  return { input, status: "not-applicable", reason, verdicts, findings: [], notes: [] };
}

/** Share of an original's paragraphs that makes an unmarked page a republication (unattributed-copy's `minShare`). */
function copyThreshold(config: ResolvedConfig): number {
  const share = config.rules.find(({ rule }) => rule.meta.id === "unattributed-copy")?.options.minShare;
  return typeof share === "number" ? share : 0.5;
}

function checkSource(
  source: string,
  input: string,
  url: string | undefined,
  config: ResolvedConfig,
  library: OriginalLibrary | null,
  forceAuthors?: boolean,
  mustBeCopy = false,
): TargetResult {
  try {
    const page = new Page({ source, url });
    const original = library && page.article.found ? library.match(page) : null;
    if (mustBeCopy && (!original || original.coverage < copyThreshold(config))) {
      const share = original ? `shares ${Math.round(original.coverage * 100)}% of "${original.article.headline}", less than a copy` : "shares no original's text";
      return notARepublication(input, config, true, `no marker, and ${share}`);
    }
    // The matched original names its reporters; only --author (forceAuthors) overrides that.
    const terms = original
      ? { ...config.terms, original, authors: forceAuthors || original.article.authors.length === 0 ? config.terms.authors : original.article.authors }
      : config.terms;
    return checkPage(page, input, { ...config, terms });
  } catch (error) {
    // A bug of ours must not hide the other inputs' results: report it on this input.
    const message = error instanceof Error ? error.message : String(error);
    return { input, status: "error", verdicts: {}, findings: [], notes: [], error: `internal error while checking: ${message}` };
  }
}
