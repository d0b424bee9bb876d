/** The JSON output: a stable contract (README, "JSON output"). Offsets are left out on purpose. */
import { errorsOnly } from "../report.js";
import type { Finding, Report, TargetResult } from "../types.js";
import type { FormatOptions, Formatter } from "./types.js";

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
export const json: Formatter = (report: Report, options = {}) => [...jsonChunks(report, options)].join("");

/**
 * The same text in pieces, one result at a time, for the command line to write as it goes: a
 * report of 10,000 pages is never copied whole into a second object graph and one string. The
 * pieces join into exactly what one `JSON.stringify(…, null, 2)` of the whole would print.
 * @example for (const chunk of jsonChunks(report)) stream.write(chunk);
 */
export function* jsonChunks(given: Report, options: FormatOptions = {}): Generator<string> {
  const report = options.quiet ? errorsOnly(given) : given;
  yield `{\n  "results": [`;
  let first = true;
  for (const result of report.results) {
    yield `${first ? "" : ","}\n    ${JSON.stringify(jsonResult(result), null, 2).replace(/\n/g, "\n    ")}`;
    first = false;
  }
  const originals = report.originals ? { originals: report.originals } : {};
  // The rest of the object, without its opening brace.
  yield `${first ? "" : "\n  "}],${JSON.stringify({ summary: report.summary, ...originals }, null, 2).slice(1)}\n`;
}

function jsonResult(result: TargetResult) {
  return {
    input: result.input,
    status: result.status,
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.finalUrl ? { finalUrl: result.finalUrl } : {}),
    ...(result.position !== undefined ? { position: result.position } : {}),
    verdicts: result.verdicts,
    findings: result.findings.map(toJson),
    notes: result.notes,
    ...(result.error !== undefined ? { error: result.error } : {}),
  };
}

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
