/** A Markdown summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment. */
import { errorsOnly } from "../report.js";
import type { Report, TargetResult } from "../types.js";
import type { FormatOptions, Formatter } from "./types.js";

const MARK = { pass: "✅", fail: "❌", "not-applicable": "➖" } as const;

/**
 * A heading with the totals, a table with one row per page and one column per term, then the
 * findings under each page.
 * @example
 * markdown(report)
 * // ## republint: ❌ 1 problem (1 error, 0 warnings) on 1 page
 * // | Page | Status | logo-present | reporter-byline | byline-affiliation |
 * // | dist/story.html | ❌ 1 error | ❌ | ✅ | ✅ |
 */
export const markdown: Formatter = (given: Report, options: FormatOptions = {}) => {
  const report = options.quiet ? errorsOnly(given) : given;
  const s = report.summary;
  const warnings = s.warningCount;
  const problems = s.errorCount + warnings;
  const withFindings = report.results.filter((r) => r.findings.length > 0);
  const icon = s.errorCount ? MARK.fail : s.errors ? "❗" : warnings ? "⚠️" : MARK.pass;
  const totals = problems
    ? `${plural(problems, "problem")} (${plural(s.errorCount, "error")}, ${plural(warnings, "warning")}) on ${plural(withFindings.length, "page")}`
    : "no problems";
  const out = [
    `## republint: ${icon} ${totals}`,
    "",
    `${plural(s.inputs, "page")}: ${s.checked} checked, ${s.notApplicable} not applicable, ${s.skipped ? `${s.skipped} skipped, ` : ""}${s.errors} could not be checked`,
    "",
  ];
  const terms = termIds(report, options);
  if (report.results.length) {
    out.push(`| Page | Status |${terms.map((id) => ` ${escape(id)} |`).join("")}`);
    out.push(`| --- | --- |${terms.map(() => " :---: |").join("")}`);
    for (const result of report.results) {
      const marks = terms.map((id) => {
        const verdict = result.verdicts[id];
        return ` ${verdict ? MARK[verdict] : ""} |`;
      });
      out.push(`| ${escape(result.input)} | ${status(result)} |${marks.join("")}`);
    }
    out.push("");
  }
  if (withFindings.length) {
    out.push("### Findings", "");
    for (const result of withFindings) {
      out.push(`**${escape(result.input)}**`, "");
      for (const f of result.findings) {
        const where = f.location ? `${f.location.line}:${f.location.column}` : "page";
        out.push(`- **${escape(f.ruleId)}** ${where} — ${escape(f.message)}`);
      }
      out.push("");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
};

/** The rules described in the options first (their order), then any other rule with a verdict. */
function termIds(report: Report, options: FormatOptions): string[] {
  const ids = new Set(Object.keys(options.rules ?? {}));
  for (const result of report.results) for (const id of Object.keys(result.verdicts)) ids.add(id);
  return [...ids];
}

function status(result: TargetResult): string {
  if (result.status === "error") return `❗ could not check: ${escape(result.error ?? "unknown error")}`;
  if (result.status === "not-applicable") return `${MARK["not-applicable"]} not applicable${result.reason ? `: ${escape(result.reason)}` : ""}`;
  if (result.status === "skipped") return `${MARK["not-applicable"]} skipped${result.reason ? `: ${escape(result.reason)}` : ""}`;
  const findings = result.findings;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (errors) return `${MARK.fail} ${plural(errors, "error")}${warnings ? `, ${plural(warnings, "warning")}` : ""}`;
  if (warnings) return `⚠️ ${plural(warnings, "warning")}`;
  return `${MARK.pass} pass`;
}

/**
 * Text from a page (names, quoted bylines, causes) as inert inline Markdown: one line, every
 * character that could start emphasis, code, a link, HTML, an entity, math, strikethrough or a
 * table cell backslash-escaped, and `@` followed by a zero-width space so that a quoted
 * "@handle" in a PR comment does not notify anyone (GitHub finds mentions after escapes are gone).
 */
function escape(value: string): string {
  return value
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/[\\`*_[\]<>!|~#&$]/g, "\\$&")
    .replace(/@/g, "@\u200B");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
