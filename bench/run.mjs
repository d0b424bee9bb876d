// `npm run bench`: every scenario, each in its own process (clean heaps, clean RSS figures), then
// one table of the targets. Never fails on a missed target: it measures.
//   node bench/run.mjs [--full] [scenario ...]     scenarios: pages partner jobs rss startup matching scan
// --full: the sizes (1,000 pages, partner site checked in full, --jobs on 2,000 pages,
// RSS on 10,000 pages); see bench/README.md for the environment variables.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FULL, machine, partnerCorpusSize, size, targetLine } from "./lib.mjs";

const ALL = ["pages", "partner", "jobs", "rss", "startup", "matching", "scan"];
const asked = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const unknown = asked.filter((a) => !ALL.includes(a));
if (unknown.length) throw new Error(`unknown scenario ${unknown.join(", ")} (${ALL.join(", ")})`);
const scenarios = asked.length ? asked : ALL;
const result = (name) => fileURLToPath(new URL(`results/${name}.json`, import.meta.url));

// The largest generated corpus any scenario asks for, generated once by the first that needs it.
const largest = Math.max(size("BENCH_PAGES", 300, 1000), size("BENCH_JOBS_PAGES", 1000, 2000), size("BENCH_RSS_PAGES", 1000, 10000), partnerCorpusSize(size("BENCH_PARTNER_PAGES", 5000)));
const env = { ...process.env, BENCH_GENERATE: process.env.BENCH_GENERATE ?? String(largest), ...(FULL ? { BENCH_FULL: "1" } : {}) };

const m = machine();
console.log(`republint bench${FULL ? " (full sizes)" : ""}: ${m.date.slice(0, 10)}, ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, load ${m.loadAverage.join(" ")}\n`);
const started = Date.now();
for (const name of scenarios) {
  rmSync(result(name), { force: true });
  const run = spawnSync(process.execPath, [fileURLToPath(new URL(`${name}.mjs`, import.meta.url))], { stdio: "inherit", env });
  if (run.status !== 0) console.log(`(${name} exited with ${run.status})`);
  console.log("");
}
console.log(`targets (${((Date.now() - started) / 60000).toFixed(1)} min; results in bench/results/):`);
for (const name of scenarios) {
  if (!existsSync(result(name))) continue;
  for (const t of JSON.parse(readFileSync(result(name), "utf8")).targets ?? []) console.log(`  ${targetLine(t)}`);
}
