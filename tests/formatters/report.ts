/**
 * Reports for the formatter tests, made by the real engine from the example pages, plus inputs
 * that could not be loaded and a page checked by URL.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rules } from "../../rules/index.js";
import { checkHtml, type CheckHtmlOptions } from "../../src/check.js";
import { summarize } from "../../src/report.js";
import type { Finding, Report, RuleMeta, TargetResult } from "../../src/types.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const AUTHORS = ["Laila Montgomery"];

/** The formatter tests use the three core terms only: the other rules add nothing to formatting. */
export const CORE_RULES = ["logo-present", "reporter-byline", "byline-affiliation"];
const coreOnly = Object.fromEntries(Object.keys(rules).filter((id) => !CORE_RULES.includes(id)).map((id) => [id, "off" as const]));

/** id → meta of the rules that run, as the CLI passes them in `FormatOptions.rules`. */
export const ruleMetas: Record<string, RuleMeta> = Object.fromEntries(CORE_RULES.map((id) => [id, rules[id]!.meta]));

export function examplePage(name: string): string {
  return readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");
}

/** Check an example page, named in the result as `input` (default: its cwd-relative path). */
export function checkExample(name: string, options: CheckHtmlOptions = {}): TargetResult {
  return checkHtml(examplePage(name), { authors: AUTHORS, input: `examples/${name}`, ...options, rules: { ...coreOnly, ...options.rules } });
}

export function loadError(input: string, error: string): TargetResult {
  return { input, status: "error", verdicts: {}, findings: [], notes: [], error };
}

export const EXAMPLES = [
  "drupal-credit-line.html",
  "drupal-logo-hidden.html",
  "ghost-listing.html",
  "ghost-logo-missing.html",
  "wordpress-compliant.html",
  "wordpress-no-affiliation.html",
  "wordpress-wrong-reporter.html",
];

export const PAGE_URL = "https://partner.example/news/2025/dni-report/";

/**
 * The seven examples, one of them checked with `byline-affiliation` as a warning (under another
 * name), the wrong-reporter page fetched from a URL, a missing file and an unreachable URL.
 */
export function fullReport(): Report {
  full ??= build();
  return structuredClone(full);
}

let full: Report | undefined;

function build(): Report {
  return summarize([
    ...EXAMPLES.map((name) => checkExample(name)),
    checkExample("wordpress-no-affiliation.html", { input: "dist/warned.html", rules: { "byline-affiliation": "warn" } }),
    checkExample("wordpress-wrong-reporter.html", { input: PAGE_URL, url: PAGE_URL }),
    loadError("examples/missing.html", "no such file or directory"),
    loadError("https://partner.example/gone/", "HTTP 404 Not Found"),
  ]);
}

/** A checked page with one hand-made finding, for escaping cases the examples do not have. */
export function oneFinding(input: string, finding: Partial<Finding>): Report {
  const full: Finding = {
    ruleId: "reporter-byline",
    severity: "error",
    messageId: "wrongCredit",
    message: "The byline credits someone else.",
    location: { line: 3, column: 5, endLine: 3, endColumn: 20, startOffset: 40, endOffset: 55 },
    selector: "article > p.byline",
    evidence: "By Admin",
    ...finding,
  };
  return summarize([
    {
      input,
      status: "checked",
      verdicts: { "logo-present": "pass", "reporter-byline": "fail", "byline-affiliation": "pass" },
      findings: [full],
      notes: [],
    },
  ]);
}
