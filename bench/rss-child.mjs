// Child of bench/rss.mjs: check a directory with the results streaming out through onResult
// (this script keeps none of them), then print peak RSS, CPU time and the heap still live after a
// full GC (the report check() returns included) as one line of JSON. Run with --expose-gc.
//   node --expose-gc bench/rss-child.mjs <dir> [jobs]
import { performance } from "node:perf_hooks";
import { check } from "../dist/src/index.js";

const [dir, jobs = "1"] = process.argv.slice(2);
let streamed = 0;
const start = performance.now();
const report = await check([dir], { jobs: Number(jobs), onResult: () => streamed++ });
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage();
globalThis.gc?.();
console.log(
  JSON.stringify({
    pages: report.results.length,
    streamed,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    heapAfterMB: process.memoryUsage().heapUsed / 1e6,
    reportJsonMB: Buffer.byteLength(JSON.stringify(report)) / 1e6,
  }),
);
