// --jobs scaling: check([dir], { jobs: 1 }) against { jobs: N } (N = the cores) in one process,
// in the order 1, N, N, 1 so a change in the machine's load hits both alike. For each run: wall
// time, CPU time of every thread (main, workers, V8's GC and compiler threads), and the cores
// that makes. A probe first measures how many cores this process can get at all (other work on
// a shared machine takes its share), and one thread's own use of cores bounds the speedup.
//   node bench/jobs.mjs [dir]      BENCH_JOBS_PAGES (1,000; 2,000 with --full), BENCH_JOBS (cores)
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
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

/** CPU seconds of this process's main thread alone (Linux: /proc), or null. */
const TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || 100;
  } catch {
    return 100;
  }
})();
function mainThreadCpu() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS; // utime, stime
  } catch {
    return null;
  }
}

/** Cores this process gets right now: JOBS threads spinning for half a second. */
async function probe() {
  const code = "const end = Date.now() + 500; while (Date.now() < end);";
  const m = await measure(() => Promise.all(Array.from({ length: JOBS }, () => new Promise((resolve) => new Worker(code, { eval: true }).on("exit", resolve)))));
  return m.cpu / m.wall;
}

const available = [await probe()];
const runs = { 1: [], [JOBS]: [] };
for (const jobs of [1, JOBS, JOBS, 1]) {
  const main0 = mainThreadCpu();
  const m = await measure(() => check([dir], { jobs }));
  const main = main0 === null ? null : mainThreadCpu() - main0;
  const s = m.value.summary;
  runs[jobs].push({ wall: m.wall, cpu: m.cpu, mainThreadCpu: main, cores: m.cpu / m.wall, checked: s.checked, notApplicable: s.notApplicable });
}
available.push(await probe());

const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
const wall1 = sum(runs[1], "wall"), wallN = sum(runs[JOBS], "wall");
const speedup = wall1 / wallN;
const cores1 = sum(runs[1], "cpu") / wall1;
const coresN = sum(runs[JOBS], "cpu") / wallN;
const cpuOverhead = sum(runs[JOBS], "cpu") / sum(runs[1], "cpu");
// One thread already keeps more than one core busy: V8 collects garbage and compiles on helper
// threads beside the main thread, which is the critical path on an idle machine. So jobs 1 takes
// at least its main thread's CPU time, jobs N at least its CPU time / N: the speedup N cores
// allow at most, whatever the machine's load while measuring (CPU times, not wall times).
const main1 = runs[1].every((r) => r.mainThreadCpu !== null) ? sum(runs[1], "mainThreadCpu") : null;
const helpers = main1 === null ? null : sum(runs[1], "cpu") / main1 - 1;
const ceiling = main1 === null ? null : (JOBS * main1) / sum(runs[JOBS], "cpu");
const free = Math.min(...available);
console.log(`--jobs: ${pages} pages (${dir}), ${runs[1][0].checked} checked, ${runs[1][0].notApplicable} not applicable; runs in the order 1, ${JOBS}, ${JOBS}, 1`);
console.log(row("check([dir]), jobs 1", pages, bytes, wall1 / 2, `${cores1.toFixed(2)} cores busy${helpers === null ? "" : `; V8's GC and compiler threads add ${(helpers * 100).toFixed(0)}% to the main thread's CPU time`}`));
console.log(row(`check([dir]), jobs ${JOBS}`, pages, bytes, wallN / 2, `${coresN.toFixed(2)} cores busy, ${cpuOverhead.toFixed(2)}x the CPU time of jobs 1`));
console.log(`speedup ${speedup.toFixed(2)}x${ceiling === null ? "" : `; on ${JOBS} idle cores at most ${ceiling.toFixed(2)}x (${JOBS} x jobs 1's main-thread CPU / jobs ${JOBS}'s CPU)`}`);
if (free < JOBS * 0.9) console.log(`note: only ${available.map((a) => a.toFixed(2)).join(" / ")} of ${JOBS} cores were free to this process (before / after): other work on the machine bounds the speedup`);
const targets = [target(`--jobs ${JOBS} / --jobs 1 (${pages} pages)`, speedup, "atLeast", 1.7, "x")];
for (const t of targets) console.log(targetLine(t));
writeResult("jobs", { dir, pages, jobs: JOBS, runs, speedup, coresBusy: { 1: cores1, [JOBS]: coresN }, cpuOverhead, helperShare: helpers, coresAvailable: available, ceiling, targets });
