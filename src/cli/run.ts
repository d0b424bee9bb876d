/**
 * One run of the command line: parse arguments → config → load → check → format → exit code.
 * Exit codes (ESLint's): 0 clean, 1 violations, 2 could not check (usage, config, an input).
 */
import { Command, CommanderError } from "commander";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { styleText } from "node:util";
import type { ConfigOptions, ResolvedConfig } from "../config/resolve.js";
import type { LoadedConfig } from "../config/file.js";
import type { Report, Rule, RuleMeta, Severity } from "../types.js";
import type { DiscoverSpecs } from "../discover/discover.js";
import { parseSince } from "../discover/since.js";
import type { Fetcher } from "../fetch/types.js";
import { parseOutputs, UsageError } from "./outputs.js";
import { Progress, wantsProgress } from "./progress.js";
import { integer, program, type CliOptions } from "./program.js";

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Read by `--urls -` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
}

/**
 * Run the CLI; resolves to the exit code. Never throws.
 * @example process.exitCode = await runCli(process.argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env })
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const say = (line: string) => io.stderr.write(`republint: ${line}\n`);
  if (argv[2] === "merge") return runMerge(argv, io, say);
  const cli = program()
    .exitOverride()
    .configureOutput({ writeErr: (text) => io.stderr.write(text.replace(/^error: /, "republint: ")), writeOut: (text) => io.stdout.write(text) });
  try {
    cli.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return /^commander\.(helpDisplayed|version|help)$/.test(error.code) ? 0 : 2;
    throw error;
  }
  const options = cli.opts<CliOptions>();
  const { ConfigError, resolveConfig } = await import("../config/resolve.js");
  try {
    const file = await loadConfig(options, io.cwd);
    const configOptions = toConfigOptions(options, file);
    if (options.listRules) {
      const { rules } = await import("../../rules/index.js");
      io.stdout.write(listRules(resolveConfig(configOptions), rules));
      return 0;
    }
    if (options.printConfig !== undefined) {
      if (cli.args.length) throw new UsageError(`--print-config shows one input's configuration; remove ${cli.args.map((a) => `"${a}"`).join(", ")}`);
      io.stdout.write(printConfig(resolveConfig(configOptions, { input: options.printConfig, cwd: io.cwd }), file));
      return 0;
    }
    const listed = options.urls ? await readUrlList(options.urls, io.cwd, io.stdin) : [];
    const discover = discoverSpecs(options);
    const named = cli.args.length || listed.length || discover;
    const inputs = named ? [...cli.args, ...listed] : configInputs(file, io.cwd);
    if (inputs.length === 0 && !discover) {
      say("no inputs given (files, directories, globs, URLs or -, or \"inputs\" in the config file); see --help");
      return 2;
    }
    const [{ check }, { formatters }] = await Promise.all([import("../check.js"), import("../formatters/index.js")]);
    const outputs = parseOutputs(options.format, Object.keys(formatters), { output: options.output, env: io.env });
    const flagged = [...options.original, ...options.originals];
    const originals = flagged.length ? flagged : configOriginals(file, io.cwd);
    const progress = options.progress && wantsProgress(io.stderr, io.env) ? new Progress(io.stderr) : null;
    // The HTTP client (and undici, ~90 ms to load) only when something will be fetched.
    const fetcher = discover || [...inputs, ...originals].some((spec) => /^https?:\/\//i.test(spec)) ? await fetcherOf(options, io.cwd, say) : undefined;
    const report = await check(inputs, {
      fetcher,
      discover,
      concurrency: options.concurrency,
      onStart: (total) => progress?.start(total),
      onResult: (result) => progress?.tick(result),
      ...configOptions,
      originals,
      cwd: io.cwd,
      maxBytes: options.maxBytes,
      jobs: options.jobs,
      shard: options.shard,
      timeoutMs: options.timeout,
      ignore: file?.config.ignore ?? [],
      ignoreBase: file?.dir,
    }).finally(() => fetcher?.close());
    progress?.stop();
    // One line per input (or original) that could not be read, on stderr whatever the format.
    for (const failure of report.originals?.failures ?? []) say(`${failure.input}: ${failure.error}`);
    for (const r of report.results) if (r.status === "error") say(`${r.input}: ${r.error}`);
    const metas = Object.fromEntries(resolveConfig(configOptions).rules.map(({ rule, severity }) => [rule.meta.id, { ...rule.meta, severity }]));
    return await writeOutputs(report, outputs, options, io, say, metas);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof OutputError) {
      say(error.message);
      return 2;
    }
    say(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

/** `republint merge <reports...>`: one report from the JSON reports of a sharded run. */
async function runMerge(argv: string[], io: CliIo, say: (line: string) => void): Promise<number> {
  const cli = new Command("republint merge")
    .description("Join the JSON reports of a sharded run (--shard) into one report.")
    .argument("<reports...>", "JSON reports written with -f json")
    .option("-f, --format <list>", "output formats, as for republint -f (default stylish)")
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("-q, --quiet", "report errors only, no warnings or notes")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", integer("--max-warnings", 0))
    .option("--color", "always colour the stylish output, even when stdout is not a terminal")
    .option("--no-color", "never colour the output (NO_COLOR and FORCE_COLOR are honoured too)")
    .exitOverride()
    .configureOutput({ writeErr: (text) => io.stderr.write(text.replace(/^error: /, "republint: ")), writeOut: (text) => io.stdout.write(text) });
  try {
    cli.parse(argv.slice(1));
  } catch (error) {
    if (error instanceof CommanderError) return /^commander\.(helpDisplayed|help)$/.test(error.code) ? 0 : 2;
    throw error;
  }
  const options = cli.opts<OutputOptions & { format?: string; output?: string }>();
  try {
    const [{ mergeReports }, { formatters }] = await Promise.all([import("./merge.js"), import("../formatters/index.js")]);
    const outputs = parseOutputs(options.format, Object.keys(formatters), { output: options.output, env: io.env });
    const report = await mergeReports(cli.args, io.cwd);
    return await writeOutputs(report, outputs, options, io, say);
  } catch (error) {
    if (error instanceof UsageError || error instanceof OutputError) {
      say(error.message);
      return 2;
    }
    say(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

/** The output options the main command and `merge` share. */
interface OutputOptions {
  quiet?: boolean;
  maxWarnings?: number;
  /** `--color` (true), `--no-color` (false), or neither: colour when stdout is a terminal (NO_COLOR, FORCE_COLOR). */
  color?: boolean;
}

/**
 * Write every format, then say what the exit code is. With `--quiet` the report is filtered
 * once, here, so every format and `--max-warnings` see the same errors-only report.
 */
async function writeOutputs(
  full: Report,
  outputs: { format: string; path?: string }[],
  options: OutputOptions,
  io: CliIo,
  say: (line: string) => void,
  rules?: Record<string, RuleMeta & { severity?: Severity }>,
): Promise<number> {
  const [{ errorsOnly, exitCode }, { formatters, chunkedFormatters }] = await Promise.all([import("../report.js"), import("../formatters/index.js")]);
  const report = options.quiet ? errorsOnly(full) : full;
  for (const { format, path } of outputs) {
    const color = !path && format === "stylish" && (options.color ?? styleText("red", "x", { stream: io.stdout }) !== "x");
    const formatOptions = { color, rules, cwd: io.cwd };
    const text = chunkedFormatters[format]?.(report, formatOptions) ?? formatters[format]!(report, formatOptions);
    if (path) await writeReport(resolve(io.cwd, path), text);
    else for (const chunk of typeof text === "string" ? [text] : text) io.stdout.write(chunk);
  }
  const code = exitCode(report, { maxWarnings: options.maxWarnings });
  if (code === 1 && report.summary.errorCount === 0) {
    say(`${report.summary.warningCount} warning${report.summary.warningCount === 1 ? "" : "s"}, more than --max-warnings ${options.maxWarnings} allows`);
  }
  return code;
}

/** `--sitemap`, `--feed`, `--crawl` and their limits; undefined when none is given. */
function discoverSpecs(options: CliOptions): DiscoverSpecs | undefined {
  if (!options.sitemap && !options.feed && !options.crawl) {
    for (const flag of ["since", "include", "exclude"] as const) {
      if (options[flag] !== undefined) throw new UsageError(`--${flag} applies to --sitemap, --feed or --crawl, and none was given`);
    }
    return undefined;
  }
  let since: Date | undefined;
  if (options.since !== undefined) {
    const parsed = parseSince(options.since);
    if (typeof parsed === "string") throw new UsageError(`--since ${options.since}: ${parsed}`);
    since = parsed;
  }
  return {
    sitemaps: options.sitemap,
    feeds: options.feed,
    crawl: options.crawl,
    since,
    depth: options.depth,
    maxPages: options.maxPages,
    include: options.include,
    exclude: options.exclude,
  };
}

/**
 * One HTTP client for the run, with the politeness flags; the CLI caches by default. A cache
 * folder that cannot be used costs one warning and the run goes on without it: the cache only
 * saves downloads, it never changes a verdict (see docs/decisions.md).
 */
async function fetcherOf(options: CliOptions, cwd: string, say: (line: string) => void): Promise<Fetcher> {
  const [{ createFetcher }, { cacheDirProblem, defaultCacheDir }] = await Promise.all([import("../fetch/client.js"), import("../fetch/cache.js")]);
  const headers: Record<string, string> = {};
  for (const line of options.header ?? []) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return createFetcher({
    userAgent: options.userAgent,
    headers,
    perHost: options.perHost,
    concurrency: options.concurrency,
    retries: options.retries,
    connectTimeoutMs: options.connectTimeout,
    timeoutMs: options.timeout,
    maxBytes: options.maxBytes,
    cacheDir: await cacheDirOf(options.cache),
  });

  async function cacheDirOf(flag: string | false | undefined): Promise<string | false> {
    if (flag === false) return false;
    const dir = flag === undefined ? defaultCacheDir() : resolve(cwd, flag);
    const problem = await cacheDirProblem(dir);
    if (problem === undefined) return dir;
    say(`${flag === undefined ? `cache directory ${dir}` : `--cache ${flag}`}: ${problem}; continuing without the cache`);
    return false;
  }
}

/** `--urls list.txt` (or `--urls -`, the list on stdin): one input per line; blank lines and `#` comments skipped. */
async function readUrlList(path: string, cwd: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<string[]> {
  let text: string;
  try {
    text = path === "-" ? await readAll(stdin) : await readFile(resolve(cwd, path), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--urls ${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message}`);
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter(Boolean);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/** A report file that could not be written: one line naming it. */
class OutputError extends Error {}

/** Write a report file, creating its folder (CI recipes write to reports/…). */
async function writeReport(path: string, text: string | Iterable<string>): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EISDIR" ? "it is a directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOTDIR" ? "a parent is not a directory" : (error as Error).message;
    throw new OutputError(`cannot write the report to ${path}: ${why}`);
  }
}

async function loadConfig(options: CliOptions, cwd: string): Promise<LoadedConfig | null> {
  if (options.config === false) return null;
  const { findConfigFile, loadConfigFile } = await import("../config/file.js");
  const path = options.config ?? findConfigFile(cwd);
  return path ? loadConfigFile(path, cwd) : null;
}

/** Flags win over the file: `--preset` over `extends`, `--author` over every `authors`. */
function toConfigOptions(options: CliOptions, file: LoadedConfig | null): ConfigOptions {
  const config = file?.config ?? {};
  return {
    preset: options.preset,
    extends: config.extends,
    rules: config.rules,
    authors: options.author.length ? options.author : config.authors,
    forceAuthors: options.author.length > 0,
    overrides: config.overrides,
    configDir: file?.dir,
  };
}

/** The config file's inputs are relative to the file; URLs stay as they are. */
function configInputs(file: LoadedConfig | null, cwd: string): string[] {
  return (file?.config.inputs ?? []).map((input) => (/^[a-z]+:\/\//i.test(input) || input === "-" ? input : relativeGlob(file!.dir, input, cwd)));
}

/** The config file's originals: paths relative to the file, URLs as they are. */
function configOriginals(file: LoadedConfig | null, cwd: string): string[] {
  return (file?.config.originals ?? []).map((spec) => (/^[a-z]+:\/\//i.test(spec) ? spec : relativeGlob(file!.dir, spec, cwd)));
}

function relativeGlob(dir: string, glob: string, cwd: string): string {
  if (isAbsolute(glob)) return glob;
  const prefix = relative(cwd, dir);
  return prefix ? join(prefix, glob).split("\\").join("/") + (glob.endsWith("/") ? "/" : "") : glob;
}

function listRules(config: ResolvedConfig, all: Record<string, Rule<any, any>>): string {
  const lines = [`Preset "${config.preset.name}": ${config.preset.description}`, ""];
  for (const [id, rule] of Object.entries(all)) {
    const severity = config.rules.find((r) => r.rule.meta.id === id)?.severity ?? "off";
    lines.push(`${id} (${severity})`, `  ${rule.meta.description}`);
  }
  return `${lines.join("\n")}\n`;
}

function printConfig(config: ResolvedConfig, file: LoadedConfig | null): string {
  const rules = Object.fromEntries(config.rules.map(({ rule, severity, options }) => [rule.meta.id, [severity === "warning" ? "warn" : severity, options]]));
  return `${JSON.stringify({ configFile: file?.path ?? null, preset: config.preset.name, authors: config.terms.authors, rules }, null, 2)}\n`;
}
