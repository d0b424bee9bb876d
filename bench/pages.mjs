// Page-checking benchmark, side by side in one process so the ratios hold on a noisy machine:
// reading the files, the bare htmlparser2 parse of the same strings (the floor), and the full
// republint check with the dcnf preset; plus peak RSS. The corpus comes from the workplace's
// generator (../shared/bench/gen-corpus.mjs: about 60% DCNF republications), or any directory.
//   npx tsc -p tsconfig.json && node bench/pages.mjs [corpus-dir] [count]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseDocument } from "htmlparser2";
import { availableParallelism } from "node:os";
import { check, checkHtml } from "../dist/src/index.js";

const COUNT = Number(process.argv[3] ?? 300);
const generator = fileURLToPath(new URL("../../shared/bench/gen-corpus.mjs", import.meta.url));
let dir = process.argv[2];
if (!dir) {
  dir = join(tmpdir(), `republint-bench-${COUNT}`);
  if (!existsSync(join(dir, "manifest.json"))) {
    if (!existsSync(generator)) throw new Error(`no corpus directory given and no generator at ${generator}`);
    execFileSync(process.execPath, [generator, dir, String(COUNT), "20240601"], { stdio: "ignore" });
  }
}
const files = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort().slice(0, COUNT).map((f) => join(dir, f));

const time = (fn) => {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
};
let sources = [];
const read = time(() => (sources = files.map((f) => readFileSync(f, "utf8"))));
const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s), 0);
const floor = time(() => sources.forEach((s) => parseDocument(s, { withStartIndices: true, withEndIndices: true })));
let failing = 0;
const full = time(() => sources.forEach((s) => (failing += checkHtml(s).findings.some((f) => f.severity === "error") ? 1 : 0)));
const rss = process.memoryUsage().rss;
// The whole pipeline on the directory (loading, the marker pre-filter, checking), one thread and
// every core: pages that do not republish DCNF are recognised without a DOM.
const cores = availableParallelism();
const pipeline = {};
for (const jobs of [1, cores]) {
  const start = performance.now();
  await check([dir], { jobs });
  pipeline[jobs] = (performance.now() - start) / 1000;
}

const row = (name, seconds) => `${name.padEnd(34)} ${(files.length / seconds).toFixed(0).padStart(7)} pages/s ${(bytes / 1e6 / seconds).toFixed(1).padStart(7)} MB/s`;
console.log(`${files.length} pages, ${(bytes / 1e6).toFixed(1)} MB (${dir})`);
console.log(row("read files", read));
console.log(row("htmlparser2 parse (floor)", floor));
console.log(row("republint check, dcnf preset", full));
console.log(`republint / floor: ${(floor / full).toFixed(3)}x   pages with errors: ${failing}   RSS: ${(rss / 1e6).toFixed(0)} MB`);
console.log(row("check(dir), 1 thread", pipeline[1]));
console.log(row(`check(dir), --jobs ${cores}`, pipeline[cores]));
console.log(`--jobs ${cores} / 1 thread: ${(pipeline[1] / pipeline[cores]).toFixed(2)}x`);

mkdirSync(new URL("results/", import.meta.url), { recursive: true });
writeFileSync(
  new URL("results/pages.json", import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), pages: files.length, bytes, seconds: { read, floor, full, pipeline }, ratio: floor / full, rssBytes: rss }, null, 2)}\n`,
);
