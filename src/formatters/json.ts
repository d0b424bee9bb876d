/** The JSON output: a stable contract (README, "JSON output"). Offsets are left out on purpose. */
import type { Finding, Report } from "../types.js";
import type { Formatter } from "./types.js";

export interface JsonFinding {
  ruleId: string;
  severity: Finding["severity"];
  messageId: string;
  message: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  selector: string | null;
  evidence: string | null;
}

/**
 * @example JSON.parse(json(report)).results[0].findings[0].line // 42
 */
export const json: Formatter = (report: Report, options = {}) => {
  const results = report.results.map((result) => ({
    input: result.input,
    status: result.status,
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.finalUrl ? { finalUrl: result.finalUrl } : {}),
    ...(result.position !== undefined ? { position: result.position } : {}),
    verdicts: result.verdicts,
    findings: result.findings.filter((f) => !options.quiet || f.severity === "error").map(toJson),
    notes: result.notes,
    ...(result.error !== undefined ? { error: result.error } : {}),
  }));
  const originals = report.originals ? { originals: report.originals } : {};
  return `${JSON.stringify({ results, summary: report.summary, ...originals }, null, 2)}\n`;
};

function toJson(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    messageId: f.messageId,
    message: f.message,
    line: f.location?.line ?? null,
    column: f.location?.column ?? null,
    endLine: f.location?.endLine ?? null,
    endColumn: f.location?.endColumn ?? null,
    selector: f.selector,
    evidence: f.evidence,
  };
}
