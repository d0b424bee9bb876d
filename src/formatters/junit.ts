/** JUnit XML, read by GitLab, Jenkins and most CI dashboards: a suite per page, a test per term. */
import { errorsOnly } from "../report.js";
import type { Finding, Report, TargetResult } from "../types.js";
import type { FormatOptions, Formatter } from "./types.js";

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/**
 * One `<testsuite>` per input, one `<testcase>` per term: `<failure>` for a broken term,
 * `<skipped/>` for a term that does not apply, an `<error>` test case for an input that could
 * not be loaded.
 * @example
 * junit(report)
 * // <testsuite name="dist/story.html" tests="3" failures="1" errors="0" skipped="0">
 * //   <testcase classname="dist/story.html" name="logo-present"><failure message="…" type="logo-present">…
 */
export const junit: Formatter = (given: Report, options: FormatOptions = {}) => {
  const report = options.quiet ? errorsOnly(given) : given;
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites: string[] = [];
  for (const result of report.results) {
    const { counts, xml } = suite(result);
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
    suites.push(xml);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="republint"${countAttributes(total)}>`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
};

function suite(result: TargetResult): { counts: Counts; xml: string } {
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const cases: string[] = [];
  const open = (name: string) => `    <testcase classname="${attr(result.input)}" name="${attr(name)}"`;
  if (result.status === "error") {
    counts.tests++;
    counts.errors++;
    const message = `could not check: ${result.error ?? "unknown error"}`;
    cases.push(`${open("could not check")}>`, `      <error message="${attr(message)}" type="load-error"/>`, "    </testcase>");
  }
  if (result.status === "skipped") {
    counts.tests++;
    counts.skipped++;
    cases.push(`${open("not requested")}>`, `      <skipped message="${attr(result.reason ?? "skipped")}"/>`, "    </testcase>");
  }
  for (const [ruleId, verdict] of Object.entries(result.verdicts)) {
    counts.tests++;
    const findings = result.findings.filter((f) => f.ruleId === ruleId);
    if (verdict === "not-applicable") {
      counts.skipped++;
      const why = result.reason ?? "not applicable to this page";
      cases.push(`${open(ruleId)}>`, `      <skipped message="${attr(why)}"/>`, "    </testcase>");
    } else if (verdict === "fail") {
      counts.failures++;
      const first = findings.length <= 1 ? (findings[0]?.message ?? `${ruleId} failed`) : `${findings.length} findings: ${findings[0]!.message}`;
      const body = findings.map(describe).join("\n");
      cases.push(`${open(ruleId)}>`, `      <failure message="${attr(first)}" type="${attr(ruleId)}">${text(body)}</failure>`, "    </testcase>");
    } else {
      // A pass (with --quiet, a term that failed only with warnings passes: see errorsOnly).
      cases.push(`${open(ruleId)}/>`);
    }
  }
  const head = `  <testsuite name="${attr(result.input)}"${countAttributes(counts)}>`;
  return { counts, xml: [head, ...cases, "  </testsuite>"].join("\n") };
}

/** `196:1 error Message` then the evidence and selector, one finding per block. */
function describe(f: Finding): string {
  const where = f.location ? `${f.location.line}:${f.location.column}` : "page";
  const lines = [`${where} ${f.severity} ${f.message}`];
  if (f.evidence) lines.push(`  evidence: ${f.evidence}`);
  if (f.selector) lines.push(`  selector: ${f.selector}`);
  return lines.join("\n");
}

function countAttributes(c: Counts): string {
  return ` tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}"`;
}

/**
 * Drop what XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF):
 * a page's text can hold them, and one would make the whole file unreadable to the CI.
 */
function xmlChars(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

function text(value: string): string {
  // `\r` as a reference, or parsers normalise it away.
  return xmlChars(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Attribute values also escape quotes and line breaks (a parser would turn a raw `\n` into a space). */
function attr(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
