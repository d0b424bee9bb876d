/**
 * The library's entry points: check HTML, a file, a URL, or many inputs at once. The CLI is a
 * thin layer over these, so both give the same verdicts.
 */
import { resolveConfig, type ConfigOptions, type ResolvedConfig } from "./config/resolve.js";
import { mentionsPublisher } from "./applicability.js";
import { checkPage } from "./engine.js";
import { loadAll, loadFile, loadUrl } from "./load/index.js";
import type { LoadOptions, LoadOutcome } from "./load/types.js";
import { Page } from "./page/page.js";
import { summarize } from "./report.js";
import type { Report, TargetResult } from "./types.js";

export interface CheckOptions extends ConfigOptions, LoadOptions {
  /** Called with each result as soon as it is known (results still come back in input order). */
  onResult?: (result: TargetResult) => void;
}

export interface CheckHtmlOptions extends ConfigOptions {
  /** Name of the input in the result (default `<html>`). */
  input?: string;
  /** The page's URL, for resolving relative image URLs. */
  url?: string;
}

/**
 * Check an HTML string against the terms.
 * @example
 * const result = checkHtml(html, { authors: ["Laila Montgomery"] });
 * result.verdicts["reporter-byline"] // "pass"
 */
export function checkHtml(html: string, options: CheckHtmlOptions = {}): TargetResult {
  const input = options.input ?? "<html>";
  return checkSource(html, input, options.url, resolveConfig(options, { input }));
}

/**
 * Load and check one file.
 * @example (await checkFile("story.html", { authors: ["Laila Montgomery"] })).status // "checked"
 */
export async function checkFile(path: string, options: CheckOptions = {}): Promise<TargetResult> {
  const config = resolveConfig(options, { input: path, cwd: options.cwd });
  return fromOutcome(await loadFile(path, options), config);
}

/**
 * Fetch and check one page (timeout, size limit, charset from the header or `<meta>`).
 * @example (await checkUrl("https://partner.example/story/")).verdicts
 */
export async function checkUrl(url: string, options: CheckOptions = {}): Promise<TargetResult> {
  const config = resolveConfig(options, { input: url });
  return fromOutcome(await loadUrl(url, options), config);
}

/**
 * Check files, directories, globs, `-` (stdin) and URLs; one result per page, in input order.
 * Throws only for a bad configuration ({@link ConfigError}); inputs that cannot be loaded
 * become results with `status: "error"`.
 * @example
 * const report = await check(["examples/"], { authors: ["Laila Montgomery"] });
 * report.summary.failingPages // 4
 */
export async function check(inputs: string[], options: CheckOptions = {}): Promise<Report> {
  resolveConfig(options); // a bad configuration fails before anything is loaded
  const results: TargetResult[] = [];
  for await (const outcome of loadAll(inputs, options)) {
    const input = outcome.ok ? outcome.page.input : outcome.input;
    const config = resolveConfig(options, { input, cwd: options.cwd });
    const result = fromOutcome(outcome, config);
    options.onResult?.(result);
    results.push(result);
  }
  return summarize(results);
}

function fromOutcome(outcome: LoadOutcome, config: ResolvedConfig): TargetResult {
  if (!outcome.ok) return { input: outcome.input, status: "error", verdicts: {}, findings: [], notes: [], error: outcome.error };
  const { page } = outcome;
  // Pages found by expanding a directory or glob are checked only if they republish the
  // newswire at all; pages the user named are always checked.
  if (page.explicit === false && !mentionsPublisher(page.source, config.preset.publisher)) {
    const verdicts = Object.fromEntries(config.rules.map(({ rule }) => [rule.meta.id, "not-applicable" as const]));
    const reason = `not a ${config.preset.publisher.name} republication (no mention, logo, link or licensing paragraph)`;
    return { input: page.input, status: "not-applicable", reason, verdicts, findings: [], notes: [] };
  }
  const result = checkSource(page.source, page.input, page.url, config);
  return page.finalUrl ? { ...result, finalUrl: page.finalUrl } : result;
}

function checkSource(source: string, input: string, url: string | undefined, config: ResolvedConfig): TargetResult {
  try {
    return checkPage(new Page({ source, url }), input, config);
  } catch (error) {
    // A bug of ours must not hide the other inputs' results: report it on this input.
    const message = error instanceof Error ? error.message : String(error);
    return { input, status: "error", verdicts: {}, findings: [], notes: [], error: `internal error while checking: ${message}` };
  }
}
