// --jobs scaling: check([dir], { jobs: 1 }) against { jobs: N } (N = the cores) in one process,
// in the order 1, N, N, 1 so a change in the machine's load hits both alike. For each run: wall
// time, CPU time of every thread (main, workers, V8's GC and compiler threads), and the cores
// that makes. A probe first measures how many cores this process can get at all (other work on
// a shared machine takes its share), and one thread's own use of cores bounds the speedup.
//   node bench/jobs.mjs [dir]      BENCH_JOBS_PAGES (1,000; 2,000 with --full), BENCH_JOBS (cores)
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { check } from "../dist/src/index.js";
import { corpus, htmlFiles, measure, row, size, target, targetLine, writeResult } from "./lib.mjs";

const PAGES = size("BENCH_JOBS_PAGES", 1000, 2000);
const JOBS = Number(process.env.BENCH_JOBS ?? availableParallelism());
const dir = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? process.env.BENCH_DIR ?? corpus(PAGES);
const files = htmlFiles(dir);
const pages = files.length;
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

/** Cores this process gets right now: JOBS threads spinning for half a second. */
async function probe() {
  const code = "const end = Date.now() + 500; while (Date.now() < end);";
  const m = await measure(() => Promise.all(Array.from({ length: JOBS }, () => new Promise((resolve) => new Worker(code, { eval: true }).on("exit", resolve)))));
  return m.cpu / m.wall;
}

const available = [await probe()];
const runs = { 1: [], [JOBS]: [] };
for (const jobs of [1, JOBS, JOBS, 1]) {
  const m = await measure(() => check([dir], { jobs }));
  const s = m.value.summary;
  runs[jobs].push({ wall: m.wall, cpu: m.cpu, cores: m.cpu / m.wall, checked: s.checked, notApplicable: s.notApplicable });
}
available.push(await probe());

const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
const wall1 = sum(runs[1], "wall"), wallN = sum(runs[JOBS], "wall");
const speedup = wall1 / wallN;
const cores1 = sum(runs[1], "cpu") / wall1;
const coresN = sum(runs[JOBS], "cpu") / wallN;
const cpuOverhead = sum(runs[JOBS], "cpu") / sum(runs[1], "cpu");
// One thread already keeps more than one core busy (V8 collects garbage and compiles on helper
// threads), and workers add CPU time of their own: what N cores allow at most.
const ceiling = JOBS / cores1 / cpuOverhead;
const free = Math.min(...available);
console.log(`--jobs: ${pages} pages (${dir}), ${runs[1][0].checked} checked, ${runs[1][0].notApplicable} not applicable; runs in the order 1, ${JOBS}, ${JOBS}, 1`);
console.log(row("check([dir]), jobs 1", pages, bytes, wall1 / 2, `${cores1.toFixed(2)} cores busy (main thread + V8's GC and compiler threads)`));
console.log(row(`check([dir]), jobs ${JOBS}`, pages, bytes, wallN / 2, `${coresN.toFixed(2)} cores busy, ${cpuOverhead.toFixed(2)}x the CPU time of jobs 1`));
console.log(`speedup ${speedup.toFixed(2)}x; at most ${ceiling.toFixed(2)}x on ${JOBS} idle cores (${JOBS} / ${cores1.toFixed(2)} cores / ${cpuOverhead.toFixed(2)})`);
if (free < JOBS * 0.9) console.log(`note: only ${available.map((a) => a.toFixed(2)).join(" / ")} of ${JOBS} cores were free to this process (before / after): other work on the machine bounds the speedup`);
const targets = [target(`--jobs ${JOBS} / --jobs 1 (${pages} pages)`, speedup, "atLeast", 1.7, "x")];
for (const t of targets) console.log(targetLine(t));
writeResult("jobs", { dir, pages, jobs: JOBS, runs, speedup, coresBusy: { 1: cores1, [JOBS]: coresN }, cpuOverhead, coresAvailable: available, ceiling, targets });
