// What examples/expected.json records per example page: status, verdicts, and each finding's
// rule, message id and position (messages may be reworded without touching the expectation).
export const EXAMPLE_AUTHORS = ["Laila Montgomery"];

export function summarizeForExpectation(report) {
  return Object.fromEntries(
    report.results.map((r) => [
      r.input.replace(/^examples\//, ""),
      {
        status: r.status,
        verdicts: r.verdicts,
        findings: r.findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, line: f.location?.line ?? null, column: f.location?.column ?? null })),
      },
    ]),
  );
}
