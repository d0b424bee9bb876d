// Peak memory of a long run, each in a fresh child process so nothing else is in its heap:
// check([dir], { onResult }) with the results streaming out (bench/rss-child.mjs), and the CLI
// writing a JSON report to /dev/null (peak read by bench/rss-hook.mjs). The child also reports
// the heap still live after a full GC at the end: what the run keeps (its results) against what
// V8 merely had not collected yet.
//   node bench/rss.mjs [dir]   BENCH_RSS_PAGES (1,000; 10,000 with --full); BENCH_RSS_JOBS=N adds a run on
//   N workers, BENCH_RSS_FLAGS="--max-old-space-size=128" one with those V8 flags
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus, htmlFiles, size, target, targetLine, writeResult } from "./lib.mjs";

const PAGES = size("BENCH_RSS_PAGES", 1000, 10000);
const dir = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? process.env.BENCH_DIR ?? corpus(PAGES);
const pages = htmlFiles(dir).length;
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

function library(jobs, flags = []) {
  const run = spawnSync(process.execPath, [...flags, "--expose-gc", here("rss-child.mjs"), dir, String(jobs)], { encoding: "utf8", maxBuffer: 1e7 });
  if (run.status !== 0) throw new Error(`rss-child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop());
}

function cli() {
  const out = join(tmpdir(), `republint-bench-rss-${process.pid}`);
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", here("rss-hook.mjs"), here("../dist/src/cli.js"), dir, "--no-config", "-f", "json", "-o", "/dev/null"], {
    encoding: "utf8",
    env: { ...process.env, REPUBLINT_BENCH_RSS: out },
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`republint exited with ${run.status}: ${run.stderr}`);
  const peakRssMB = Number(readFileSync(out, "utf8"));
  rmSync(out, { force: true });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssMB };
}

// The CLI sets --heap-growing-percent=20 for itself (src/cli.ts); the library leaves its host's V8
// alone, so check() is also measured as a batch script that sets the same would run.
const runs = { library: library(1), "library, CLI's heap growth": library(1, ["--heap-growing-percent=20"]), cli: cli() };
const jobs = Number(process.env.BENCH_RSS_JOBS ?? 0);
if (jobs > 1) runs[`jobs ${jobs}`] = library(jobs);
// A diagnosis: the same run with V8 flags, e.g. BENCH_RSS_FLAGS=--max-old-space-size=128 (a smaller heap, more GCs).
const flags = process.env.BENCH_RSS_FLAGS?.split(" ").filter(Boolean) ?? [];
if (flags.length) runs[`node ${flags.join(" ")}`] = library(1, flags);

console.log(`rss: ${pages} pages (${dir}), each run in a fresh process`);
for (const [name, r] of Object.entries(runs)) {
  const heap = r.heapAfterMB === undefined ? "" : `, ${r.heapAfterMB.toFixed(0)} MB heap live at the end (the report: ${r.reportJsonMB.toFixed(1)} MB as JSON)`;
  const label =
    name === "cli"
      ? "republint <dir> -f json -o /dev/null"
      : name === "library, CLI's heap growth"
        ? "check(), node --heap-growing-percent=20"
        : `check([dir], { onResult })${name === "library" ? "" : `, ${name}`}`;
  console.log(`${`peak RSS, ${label}`.padEnd(60)} ${r.peakRssMB.toFixed(0).padStart(5)} MB  (${(pages / r.seconds).toFixed(0)} pages/s${heap})`);
}
const targets = [target(`peak RSS, check() on ${pages} pages`, runs.library.peakRssMB, "atMost", 200, " MB"), target(`peak RSS, CLI on ${pages} pages`, runs.cli.peakRssMB, "atMost", 200, " MB")];
for (const t of targets) console.log(targetLine(t));
writeResult("rss", { dir, pages, runs, targets });
