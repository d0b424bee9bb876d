/** ESLint-like terminal output, plus the checklist of terms per page. */
import { styleText } from "node:util";
import { errorsOnly } from "../report.js";
import type { Report, TargetResult } from "../types.js";
import type { FormatOptions, Formatter } from "./types.js";

type Style = "red" | "yellow" | "green" | "gray" | "bold" | "underline" | "dim";

/**
 * @example stylish(report, { color: false })
 * // examples/wordpress-no-affiliation.html
 * //   ✓ logo-present  ✓ reporter-byline  ✗ byline-affiliation
 * //   52:9  error  The byline does not show ...  byline-affiliation
 */
export const stylish: Formatter = (given: Report, options: FormatOptions = {}) => {
  const report = options.quiet ? errorsOnly(given) : given;
  const paint = (style: Style, text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
  const out: string[] = [];
  for (const result of report.results) {
    out.push(paint("underline", result.input));
    out.push(...pageLines(result, paint), "");
  }
  const s = report.summary;
  const problems = s.errorCount + s.warningCount;
  const pages = `${s.inputs} page${s.inputs === 1 ? "" : "s"}: ${s.checked} checked, ${s.notApplicable} not applicable, ${s.skipped ? `${s.skipped} skipped, ` : ""}${s.errors} could not be checked`;
  if (problems > 0) {
    const counts = `${problems} problem${problems === 1 ? "" : "s"} (${s.errorCount} error${s.errorCount === 1 ? "" : "s"}, ${s.warningCount} warning${s.warningCount === 1 ? "" : "s"})`;
    const pagesWith = report.results.filter((r) => r.findings.length > 0).length;
    out.push(paint(s.errorCount ? "red" : "yellow", `✖ ${counts} on ${pagesWith} page${pagesWith === 1 ? "" : "s"}`));
  } else if (s.errors === 0) {
    out.push(paint("green", "✔ no problems"));
  }
  out.push(paint(s.errors ? "red" : "dim", pages));
  if (report.originals) {
    const failed = report.originals.failures.length;
    out.push(paint(failed ? "red" : "dim", `${report.originals.loaded} original${report.originals.loaded === 1 ? "" : "s"} read${failed ? `, ${failed} could not be read` : ""}`));
  }
  return `${out.join("\n")}\n`;
};

function pageLines(result: TargetResult, paint: (s: Style, t: string) => string): string[] {
  if (result.status === "error") return [`  ${paint("red", "error")}  could not check: ${result.error}`];
  if (result.status === "not-applicable") return [paint("gray", `  – not applicable: ${result.reason ?? "not a single article"}`)];
  if (result.status === "skipped") return [paint("gray", `  – skipped: ${result.reason ?? "not requested"}`)];
  const marks = Object.entries(result.verdicts).map(([id, verdict]) =>
    verdict === "pass" ? `${paint("green", "✓")} ${id}` : verdict === "fail" ? `${paint("red", "✗")} ${id}` : paint("gray", `– ${id}`),
  );
  const lines = [`  ${marks.join("  ")}`];
  const findings = result.findings;
  const width = Math.max(0, ...findings.map((f) => position(f.location).length));
  for (const f of findings) {
    const severity = f.severity === "error" ? paint("red", "error  ") : paint("yellow", "warning");
    lines.push(`  ${paint("dim", position(f.location).padEnd(width))}  ${severity}  ${f.message}  ${paint("dim", f.ruleId)}`);
    const where = [f.evidence ? `"${f.evidence}"` : null, f.selector ? `at ${f.selector}` : null].filter(Boolean).join("  ");
    if (where) lines.push(`  ${" ".repeat(width)}  ${paint("gray", `↳ ${where}`)}`);
  }
  for (const note of result.notes) lines.push(`  ${paint("gray", `ℹ ${note.ruleId}: ${note.message}`)}`);
  return lines;
}

function position(location: { line: number; column: number } | null): string {
  return location ? `${location.line}:${location.column}` : "page";
}
