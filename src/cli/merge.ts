/**
 * `republint merge shard-1.json shard-2.json …`: join the JSON reports of a sharded run (a CI
 * matrix, a batch scheduler) into one report, in the order of the whole run, in any format.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { JsonFinding } from "../formatters/json.js";
import type { Finding, Report, TargetResult } from "../types.js";
import { UsageError } from "./outputs.js";

/**
 * Read JSON reports (`-f json`) and merge them; results sort by their place in the whole run.
 * @example const report = await mergeReports(["shard-1.json", "shard-2.json"], process.cwd());
 */
export async function mergeReports(paths: string[], cwd: string): Promise<Report> {
  const { summarize } = await import("../report.js");
  const results: TargetResult[] = [];
  const originals: NonNullable<Report["originals"]> = { loaded: 0, failures: [] };
  let withOriginals = false;
  for (const path of paths) {
    let data: { results?: unknown; originals?: Report["originals"] };
    try {
      data = JSON.parse(await readFile(resolve(cwd, path), "utf8"));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`merge: ${path}: ${code === "ENOENT" ? "no such file" : `not a JSON report (${(error as Error).message})`}`);
    }
    if (!Array.isArray(data.results)) throw new UsageError(`merge: ${path}: not a republint JSON report (no "results")`);
    for (const result of data.results as (Omit<TargetResult, "findings"> & { findings: JsonFinding[] })[]) {
      results.push({ ...result, notes: result.notes ?? [], findings: result.findings.map(toFinding) });
    }
    if (data.originals) {
      withOriginals = true;
      originals.loaded = Math.max(originals.loaded, data.originals.loaded);
      originals.failures.push(...data.originals.failures);
    }
  }
  results.sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
  const report = summarize(results);
  return withOriginals ? { ...report, originals } : report;
}

/** JSON findings carry line:column, not offsets (they index a source the report does not hold). */
function toFinding(f: JsonFinding): Finding {
  const location = f.line === null || f.column === null ? null : { line: f.line, column: f.column, endLine: f.endLine ?? f.line, endColumn: f.endColumn ?? f.column, startOffset: 0, endOffset: 0 };
  return { ruleId: f.ruleId, severity: f.severity, messageId: f.messageId, message: f.message, location, selector: f.selector, evidence: f.evidence };
}
