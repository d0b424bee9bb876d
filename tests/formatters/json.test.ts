import { describe, expect, test } from "vitest";
import { json, jsonChunks } from "../../src/formatters/json.js";
import { errorsOnly, summarize } from "../../src/report.js";
import type { Report } from "../../src/types.js";
import { fullReport } from "./report.js";

/** What the JSON output is: the whole report in one `JSON.stringify(…, null, 2)`. */
function wholeAtOnce(report: Report): string {
  const results = report.results.map((r) => ({
    input: r.input,
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.finalUrl ? { finalUrl: r.finalUrl } : {}),
    ...(r.position !== undefined ? { position: r.position } : {}),
    verdicts: r.verdicts,
    findings: r.findings.map((f) => ({
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
    })),
    notes: r.notes,
    ...(r.error !== undefined ? { error: r.error } : {}),
  }));
  return `${JSON.stringify({ results, summary: report.summary, ...(report.originals ? { originals: report.originals } : {}) }, null, 2)}\n`;
}

describe("json, written one result at a time", () => {
  const report = fullReport();

  test("the pieces join into exactly the whole report's JSON", () => {
    expect(report.results.length).toBeGreaterThan(3);
    expect([...jsonChunks(report)].length).toBe(report.results.length + 2);
    expect(json(report)).toBe(wholeAtOnce(report));
    // --quiet: the errors-only report (verdicts and totals counted again).
    expect(json(report, { quiet: true })).toBe(wholeAtOnce(errorsOnly(report)));
  });

  test("with originals, and with no results at all", () => {
    const withOriginals: Report = { ...report, originals: { loaded: 2, failures: [{ input: "original gone.html", error: "no such file or directory" }] } };
    expect(json(withOriginals)).toBe(wholeAtOnce(withOriginals));
    const empty = summarize([]);
    expect(json(empty)).toBe(wholeAtOnce(empty));
    expect(JSON.parse(json(empty))).toEqual({ results: [], summary: empty.summary });
  });
});
