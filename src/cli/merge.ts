/**
 * `republint merge shard-1.json shard-2.json …`: join the JSON reports of a sharded run (a CI
 * matrix, a batch scheduler) into one report, in the order of the whole run, in any format.
 */
import { createHash } from "node:crypto";
import { readFile, realpath } from "node:fs/promises";
import { resolve } from "node:path";
import type { JsonFinding } from "../formatters/json.js";
import type { Finding, Report, TargetResult } from "../types.js";
import { UsageError } from "./outputs.js";

/**
 * Read JSON reports (`-f json`) and merge them; results sort by their place in the whole run.
 * A report given twice would count its pages twice, so it is a usage error naming the file:
 * the same file (under any spelling), the same content under another name, or a result at a
 * place in the run (`position`) that an earlier report already holds (the same shard twice, or
 * shards of different runs).
 * @example const report = await mergeReports(["shard-1.json", "shard-2.json"], process.cwd());
 */
export async function mergeReports(paths: string[], cwd: string): Promise<Report> {
  const { summarize } = await import("../report.js");
  const results: TargetResult[] = [];
  const originals: NonNullable<Report["originals"]> = { loaded: 0, failures: [] };
  let withOriginals = false;
  const files = new Map<string, string>(); // real path → the name it was given as
  const contents = new Map<string, string>(); // SHA-256 of the text → the name it was given as
  const positions = new Map<number, string>(); // place in the run → the report holding it
  for (const path of paths) {
    let text: string;
    let real: string;
    try {
      real = await realpath(resolve(cwd, path));
      text = await readFile(real, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`merge: ${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message}`);
    }
    const sameFile = files.get(real);
    if (sameFile !== undefined) throw new UsageError(`merge: ${path}: given twice${sameFile === path ? "" : ` (also as ${sameFile})`}; each shard's report counts once`);
    files.set(real, path);
    let data: { results?: unknown; originals?: Report["originals"] };
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`merge: ${path}: not a JSON report (${(error as Error).message})`);
    }
    if (!Array.isArray(data?.results)) throw new UsageError(`merge: ${path}: not a republint JSON report (no "results")`);
    // Two shards may both be empty, and so identical; two copies of one with pages are not.
    if (data.results.length > 0) {
      const digest = createHash("sha256").update(text).digest("hex");
      const sameText = contents.get(digest);
      if (sameText !== undefined) throw new UsageError(`merge: ${path}: the same report as ${sameText}; each shard's report counts once`);
      contents.set(digest, path);
    }
    for (const result of data.results as (Omit<TargetResult, "findings"> & { findings: JsonFinding[] })[]) {
      if (typeof result.position === "number") {
        const holder = positions.get(result.position);
        if (holder !== undefined) {
          throw new UsageError(`merge: ${path}: ${result.input} (position ${result.position}) is in ${holder} already: the same shard given twice, or shards of different runs`);
        }
        positions.set(result.position, path);
      }
      results.push({ ...result, notes: result.notes ?? [], findings: result.findings.map(toFinding) });
    }
    if (data.originals) {
      withOriginals = true;
      originals.loaded = Math.max(originals.loaded, data.originals.loaded);
      // Every shard reads the originals: the same failure in each is one failure.
      for (const failure of data.originals.failures) {
        if (!originals.failures.some((f) => f.input === failure.input && f.error === failure.error)) originals.failures.push(failure);
      }
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
