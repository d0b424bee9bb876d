#!/usr/bin/env node
/**
 * The command line: parse arguments → resolve config → load → check → format → exit code.
 * Exit codes (ESLint's): 0 clean, 1 violations, 2 could not check (usage, config, an input).
 * Heavy modules load lazily, so `--version` and `--help` start fast.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { writeFile } from "node:fs/promises";
import { styleText } from "node:util";
import { VERSION } from "./version.js";

interface CliOptions {
  author: string[];
  preset: string;
  format: string;
  output?: string;
  quiet?: boolean;
  maxWarnings?: number;
  maxBytes: number;
  timeout: number;
  listRules?: boolean;
  color?: boolean;
}

const FORMATS = ["stylish", "json"];

function integer(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}.`);
    return n;
  };
}

function program(): Command {
  return new Command("republint")
    .description("Check republished news pages against the newswire's republication terms (DCNF by default).")
    .version(VERSION, "-v, --version")
    .argument("[inputs...]", "HTML files, directories, globs, http(s) URLs, or - for stdin")
    .addOption(
      new Option("-a, --author <name>", "expected reporter name (repeat for co-authors)")
        .argParser((v: string, all: string[]) => [...all, v])
        .default([], "none: any personal byline passes, unverified"),
    )
    .option("-p, --preset <name>", "the newswire's terms", "dcnf")
    .addOption(new Option("-f, --format <name>", "output format").choices(FORMATS).default("stylish"))
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("-q, --quiet", "report errors only, no warnings or notes")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", integer("--max-warnings", 0))
    .option("--max-bytes <n>", "largest page accepted, in bytes", integer("--max-bytes", 1), 10_000_000)
    .option("--timeout <ms>", "timeout for fetching a URL, in milliseconds", integer("--timeout", 1), 15_000)
    .option("--list-rules", "list the rules and the preset's settings, then exit")
    .option("--no-color", "never colour the output")
    .addHelpText(
      "after",
      `
Exit codes: 0 no errors; 1 a term is broken (or too many warnings); 2 could not check
(bad usage or config, or an input that could not be loaded).

Examples:
  republint story.html --author "Laila Montgomery"
  republint site/dist/ -f json -o republint.json
  curl -s https://partner.example/story/ | republint - --author "Laila Montgomery"
`,
    );
}

async function main(argv: string[]): Promise<number> {
  const cli = program().exitOverride();
  try {
    cli.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? 0 : 2;
    }
    throw error;
  }
  const options = cli.opts<CliOptions>();
  const inputs = cli.args;
  const { ConfigError, resolveConfig } = await import("./config/resolve.js");
  try {
    if (options.listRules) {
      process.stdout.write(listRules(resolveConfig({ preset: options.preset })));
      return 0;
    }
    if (inputs.length === 0) {
      process.stderr.write("republint: no inputs given (files, directories, globs, URLs or -); see --help\n");
      return 2;
    }
    const [{ check }, { exitCode }, { formatters }] = await Promise.all([import("./check.js"), import("./report.js"), import("./formatters/index.js")]);
    const toStdout = !options.output;
    const color = options.color !== false && toStdout && styleText("red", "x", { stream: process.stdout }) !== "x";
    const report = await check(inputs, { preset: options.preset, authors: options.author, maxBytes: options.maxBytes, timeoutMs: options.timeout });
    const text = formatters[options.format]!(report, { color, quiet: options.quiet });
    // One line per input that could not be checked, on stderr whatever the format.
    for (const r of report.results) if (r.status === "error") process.stderr.write(`republint: ${r.input}: ${r.error}\n`);
    if (options.output) await writeFile(options.output, text);
    else process.stdout.write(text);
    return exitCode(report, { maxWarnings: options.maxWarnings });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`republint: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`republint: internal error: ${message}\n`);
    return 2;
  }
}

function listRules(config: import("./config/resolve.js").ResolvedConfig): string {
  const lines = [`Preset "${config.preset.name}": ${config.preset.description}`, ""];
  for (const { rule, severity } of config.rules) {
    lines.push(`${rule.meta.id} (${severity})`, `  ${rule.meta.description}`);
  }
  return `${lines.join("\n")}\n`;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`republint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
