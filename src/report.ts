/** Reports: totals over results, the errors-only view (`--quiet`), and the exit code they mean. */
import type { Report, ReportSummary, RuleVerdict, TargetResult } from "./types.js";

/**
 * Totals over the results.
 * @example summarize([result]).summary.errorCount // 2
 */
export function summarize(results: TargetResult[]): Report {
  const summary: ReportSummary = { inputs: results.length, checked: 0, notApplicable: 0, skipped: 0, errors: 0, errorCount: 0, warningCount: 0, failingPages: 0 };
  for (const result of results) {
    if (result.status === "checked") summary.checked++;
    else if (result.status === "not-applicable") summary.notApplicable++;
    else if (result.status === "skipped") summary.skipped++;
    else summary.errors++;
    const errors = result.findings.filter((f) => f.severity === "error").length;
    summary.errorCount += errors;
    summary.warningCount += result.findings.length - errors;
    if (errors) summary.failingPages++;
  }
  return { results, summary };
}

/**
 * The report with errors only (`--quiet`, as ESLint's): warnings and notes are dropped, a term
 * that failed only with warnings passes, and the totals are counted again from what remains, so
 * every format (and `--max-warnings`) sees the same thing. Returns the report itself when there
 * is nothing to drop.
 * @example errorsOnly(report).summary.warningCount // 0
 */
export function errorsOnly(report: Report): Report {
  if (report.results.every(errorsAlready)) return report;
  const results = report.results.map((result): TargetResult => {
    if (errorsAlready(result)) return result;
    const findings = result.findings.filter((f) => f.severity === "error");
    const verdicts: Record<string, RuleVerdict> = {};
    for (const [id, verdict] of Object.entries(result.verdicts)) {
      const warnedOnly = verdict === "fail" && result.findings.some((f) => f.ruleId === id) && !findings.some((f) => f.ruleId === id);
      verdicts[id] = warnedOnly ? "pass" : verdict;
    }
    return { ...result, verdicts, findings, notes: [] };
  });
  const filtered = summarize(results);
  return report.originals ? { ...filtered, originals: report.originals } : filtered;
}

/** Nothing for `errorsOnly` to drop: no notes, no finding below error. */
function errorsAlready(result: TargetResult): boolean {
  return result.notes.length === 0 && result.findings.every((f) => f.severity === "error");
}

/**
 * ESLint's contract: 2 when any input could not be checked, 1 for error-severity findings or
 * more warnings than allowed, else 0.
 * @example exitCode(report, { maxWarnings: 0 }) // 1 when there is a warning
 */
export function exitCode(report: Report, options: { maxWarnings?: number } = {}): 0 | 1 | 2 {
  if (report.summary.errors > 0 || (report.originals?.failures.length ?? 0) > 0) return 2;
  if (report.summary.errorCount > 0) return 1;
  const max = options.maxWarnings ?? -1;
  if (max >= 0 && report.summary.warningCount > max) return 1;
  return 0;
}
