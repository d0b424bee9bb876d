/** The command line's options and help text (commander). */
import { Command, InvalidArgumentError, Option } from "commander";
import { availableParallelism } from "node:os";
import { VERSION } from "../version.js";

export interface CliOptions {
  config?: string | false;
  printConfig?: string;
  author: string[];
  original: string[];
  urls?: string;
  shard?: { index: number; count: number };
  originals: string[];
  preset?: string;
  format?: string;
  output?: string;
  quiet?: boolean;
  maxWarnings?: number;
  maxBytes: number;
  jobs: number;
  timeout: number;
  listRules?: boolean;
  color?: boolean;
  progress: boolean;
  // Finding pages on partner sites
  sitemap?: string[];
  feed?: string[];
  crawl?: string[];
  since?: string;
  depth: number;
  maxPages: number;
  include?: string[];
  exclude?: string[];
  // Fetching politely
  cache?: string | false;
  header?: string[];
  userAgent?: string;
  perHost: number;
  concurrency: number;
  retries: number;
  connectTimeout: number;
}

/** A repeatable option: each use adds to the list (undefined when never given). */
function repeatable(flags: string, description: string): Option {
  return new Option(flags, description).argParser((v: string, all: string[] | undefined) => [...(all ?? []), v]);
}

function header(value: string, all: string[] | undefined): string[] {
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+:/.test(value)) throw new InvalidArgumentError('--header takes "Name: value", e.g. "Authorization: Bearer abc".');
  return [...(all ?? []), value];
}

function shardSpec(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError("--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4.");
  return { index, count };
}

/**
 * One thread fewer than the cores: V8's garbage collector and compiler already keep about half a
 * core busy beside each checking thread, so on 2 cores a second worker gains nothing (measured in
 * `npm run bench`, scenario jobs) while it doubles the memory.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** A commander parser for a whole number ≥ `min`; anything else is a usage error naming the flag. */
export function integer(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}.`);
    return n;
  };
}

/**
 * A fresh commander program (one per run, so tests can run several).
 * @example program().parse(["node", "republint", "story.html"])
 */
export function program(): Command {
  return new Command("republint")
    .description("Check republished news pages against the newswire's republication terms (DCNF by default).")
    .version(VERSION, "-v, --version")
    .argument("[inputs...]", "HTML files, directories, globs, http(s) URLs, or - for stdin (default: the config's inputs)")
    .option("--urls <file>", "also check the URLs (or paths) listed in this file (- reads the list from stdin), one per line; # starts a comment")
    .addOption(repeatable("--sitemap <url>", "check the pages an XML sitemap lists (indexes, .gz and news sitemaps too; a site's root URL finds them through robots.txt)"))
    .addOption(repeatable("--feed <url>", "check the pages an RSS or Atom feed links to"))
    .addOption(repeatable("--crawl <url>", "check the pages found by following same-site links from this page"))
    .option("--since <date>", "with --sitemap/--feed: only entries modified since then (2026-11-01, or 7d, 48h, 2w ago)")
    .option("--depth <n>", "with --crawl: how many links away from the start page to go", integer("--depth", 0), 2)
    .option("--max-pages <n>", "with --crawl: stop after this many pages per start URL", integer("--max-pages", 1), 500)
    .addOption(repeatable("--include <pattern>", "with --crawl: only follow URLs whose path matches this glob (repeatable)"))
    .addOption(repeatable("--exclude <pattern>", "with --crawl: never follow URLs whose path matches this glob (repeatable)"))
    .option("-c, --config <file>", "use this config file instead of looking for republint.config.json / .mjs upward")
    .option("--no-config", "use no config file at all")
    .option("--print-config <input>", "print the configuration that applies to one input, then exit")
    .addOption(
      new Option("-a, --author <name>", "expected reporter name (repeat for co-authors); wins over the config file")
        .argParser((v: string, all: string[]) => [...all, v])
        .default([], "the config's, else none: any personal byline passes, unverified"),
    )
    .addOption(
      new Option("--original <page>", "a newswire original (a file or URL) to match pages against: its reporters and text (repeatable)")
        .argParser((v: string, all: string[]) => [...all, v])
        .default([], "the config's originals"),
    )
    .addOption(
      new Option("--originals <feed|sitemap|dir>", "many originals at once: an RSS/Atom feed, an XML sitemap (index) or a directory of saved pages (repeatable)")
        .argParser((v: string, all: string[]) => [...all, v])
        .default([], "the config's originals"),
    )
    .option("-p, --preset <name>", 'the newswire\'s terms, instead of the config\'s "extends" (default: dcnf)')
    .option("-f, --format <list>", "output formats, comma-separated; name=path writes that format to a file (stylish, json, sarif, junit, github, markdown, csv, html); default stylish, stylish,github inside GitHub Actions")
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("-q, --quiet", "report errors only, no warnings or notes")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", integer("--max-warnings", 0))
    .option("--max-bytes <n>", "largest page accepted, in bytes", integer("--max-bytes", 1), 10_000_000)
    .option("--timeout <ms>", "timeout for fetching a URL, body included, in milliseconds", integer("--timeout", 1), 15_000)
    .option("--connect-timeout <ms>", "timeout for connecting to a server, in milliseconds", integer("--connect-timeout", 1), 10_000)
    .option("--retries <n>", "retries after a network error, a 5xx or a 429, with backoff (Retry-After is honoured)", integer("--retries", 0), 2)
    .option("--per-host <n>", "requests in flight to one host at a time", integer("--per-host", 1), 2)
    .option("--concurrency <n>", "requests in flight overall", integer("--concurrency", 1), 8)
    .option("--cache <dir>", "HTTP cache directory: unchanged pages are revalidated, not downloaded again (default: the user's cache directory)")
    .option("--no-cache", "fetch everything afresh and store nothing")
    .option("--user-agent <text>", "User-Agent to send (default names republint, its version and homepage); robots.txt rules for republint apply")
    .addOption(new Option("--header <name: value>", "send this request header too (repeatable), e.g. for a staging site's password").argParser(header))
    .option("--shard <i/n>", "check only shard i of n of the inputs (deterministic); join the JSON reports with `republint merge`", shardSpec)
    .option("-j, --jobs <n>", `check pages on this many worker threads, for runs of 8 pages or more (default: one less than the cores, here ${defaultJobs()})`, integer("--jobs", 1), defaultJobs())
    .option("--list-rules", "list every rule with its severity in the preset (and config), then exit")
    .option("--color", "always colour the stylish output, even when stdout is not a terminal")
    .option("--no-color", "never colour the output (NO_COLOR and FORCE_COLOR are honoured too)")
    .option("--no-progress", "no progress line on stderr (it is only drawn on a terminal, never in CI)")
    .addHelpText(
      "after",
      `
Exit codes: 0 no errors; 1 a term is broken (or too many warnings); 2 could not check
(bad usage or config, or an input that could not be loaded).

Examples:
  republint story.html --author "Laila Montgomery"
  republint site/dist/ -f stylish,sarif=republint.sarif
  republint -c republint.config.json --print-config dist/2024/10/25/story/index.html
  republint dist/ --originals https://dailycaller.com/feed/
  republint dist/ --shard 1/4 -f json -o shard-1.json   then   republint merge shard-*.json
  curl -s https://partner.example/story/ | republint - --author "Laila Montgomery"
`,
    );
}
