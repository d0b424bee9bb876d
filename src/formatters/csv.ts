/** One row per page and term, for spreadsheets (RFC 4180: quoted fields, CRLF line ends). */
import { errorsOnly } from "../report.js";
import type { Report } from "../types.js";
import type { Formatter } from "./types.js";

const HEADER = ["input", "status", "term", "verdict", "errors", "warnings", "first finding", "line", "column", "reason"];

/**
 * @example csv(report).split("\r\n")[1] // 'examples/a.html,checked,logo-present,fail,1,0,No … logo …,,,'
 */
export const csv: Formatter = (given: Report, options = {}) => {
  const report = options.quiet ? errorsOnly(given) : given;
  const rows: string[][] = [HEADER];
  for (const result of report.results) {
    if (result.status === "error" || result.status === "skipped") {
      rows.push([result.input, result.status, "", "", "", "", "", "", "", result.error ?? result.reason ?? ""]);
      continue;
    }
    for (const [term, verdict] of Object.entries(result.verdicts)) {
      const findings = result.findings.filter((f) => f.ruleId === term);
      const first = findings[0];
      const errors = findings.filter((f) => f.severity === "error").length;
      rows.push([
        result.input,
        result.status,
        term,
        verdict,
        String(errors),
        String(findings.length - errors),
        first?.message ?? "",
        first?.location ? String(first.location.line) : "",
        first?.location ? String(first.location.column) : "",
        result.reason ?? "",
      ]);
    }
  }
  return rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
};

/** Quote when needed; a leading =, +, - or @ is defused so spreadsheets do not run page text as a formula. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
