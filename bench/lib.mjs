// Shared helpers of the benchmark scenarios: the generated corpus (cached), the machine, timing,
// targets and results files. See bench/README.md.
import { execFileSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, copyFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem, type as osType, release } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

export const SEED = Number(process.env.BENCH_SEED ?? 20240601);
export const FULL = process.argv.includes("--full") || process.env.BENCH_FULL === "1";
export const GENERATOR = fileURLToPath(new URL("../../shared/bench/gen-corpus.mjs", import.meta.url));
export const CACHE = process.env.BENCH_CACHE ?? join(tmpdir(), "republint-bench");
export const DCNF = "Daily Caller News Foundation";

/** A size from the environment, else the full-size or the default value. */
export function size(name, fallback, full = fallback) {
  const value = process.env[name];
  return value ? Number(value) : FULL ? full : fallback;
}

/** The page files of a directory (not recursive), sorted. */
export const htmlFiles = (dir) => readdirSync(dir).filter((f) => /\.html?$/i.test(f)).sort().map((f) => join(dir, f));

/**
 * A directory holding exactly the first `count` pages of the generated corpus (seed SEED), with
 * their manifest. The generator's pages do not depend on the count (one seeded stream, page after
 * page), so the first `count` pages of a larger corpus are the corpus of `count` pages: one large
 * corpus is generated once (cached in CACHE) and smaller ones are hard links into it.
 */
export function corpus(count) {
  const view = join(CACHE, `corpus-${SEED}-${count}`);
  if (existsSync(join(view, "manifest.json"))) return view;
  const master = existingMaster(count) ?? generate(Math.max(count, Number(process.env.BENCH_GENERATE ?? 0)));
  if (master.count === count) return master.dir;
  const manifest = JSON.parse(readFileSync(join(master.dir, "manifest.json"), "utf8"));
  const pages = manifest.pages.slice(0, count);
  const tmp = `${view}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const page of pages) link(join(master.dir, page.file), join(tmp, page.file));
  writeFileSync(join(tmp, "manifest.json"), JSON.stringify({ ...manifest, count, totalBytes: pages.reduce((n, p) => n + p.bytes, 0), pages }));
  renameSync(tmp, view);
  return view;
}

/**
 * Corpus pages needed for a partner site of `pages` pages, `share` of them DCNF: about 41% of the
 * generator's pages are other newsrooms' (rounded up to 500s, so sizes meet on one corpus).
 */
export const partnerCorpusSize = (pages, share = 0.02) => Math.ceil((pages * (1 - share)) / 0.4 / 500) * 500;

/** The corpus's manifest: one entry per page (file, bytes, publisher, ...). */
export const manifestOf = (dir) => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));

function existingMaster(count) {
  if (!existsSync(CACHE)) return null;
  const masters = readdirSync(CACHE)
    .map((name) => /^generated-(\d+)-(\d+)$/.exec(name))
    .filter((m) => m && Number(m[1]) === SEED && Number(m[2]) >= count && existsSync(join(CACHE, m[0], "manifest.json")))
    .map((m) => ({ dir: join(CACHE, m[0]), count: Number(m[2]) }))
    .sort((a, b) => a.count - b.count);
  return masters[0] ?? null;
}

function generate(count) {
  if (!existsSync(GENERATOR)) throw new Error(`no corpus directory given and no generator at ${GENERATOR}`);
  const dir = join(CACHE, `generated-${SEED}-${count}`);
  const tmp = `${dir}.tmp-${process.pid}`;
  process.stderr.write(`generating ${count} pages (seed ${SEED}) into ${dir} ...\n`);
  const start = performance.now();
  execFileSync(process.execPath, [GENERATOR, tmp, String(count), String(SEED)], { stdio: ["ignore", "ignore", "inherit"] });
  renameSync(tmp, dir);
  process.stderr.write(`generated in ${((performance.now() - start) / 1000).toFixed(0)} s\n`);
  return { dir, count };
}

/** A hard link (the corpus is large), or a copy across file systems. */
export function link(from, to) {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** What the figures were measured on. */
export function machine() {
  return {
    date: new Date().toISOString(),
    node: process.version,
    os: `${osType()} ${release()}`,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 1e9),
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  };
}

/** Wall seconds and CPU seconds (every thread of this process) of `fn`. */
export async function measure(fn) {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const wall = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6, value };
}

/** Peak resident set size of this process so far, in MB. */
export const peakRssMB = () => process.resourceUsage().maxRSS / 1024;

/** A target: `value` against `target` (`atLeast` or `atMost`). */
export function target(name, value, op, goal, unit = "") {
  const pass = op === "atLeast" ? value >= goal : value <= goal;
  return { name, value: Number(value.toFixed(3)), op, target: goal, unit, pass };
}

export function targetLine(t) {
  const fmt = (v) => `${Number(v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2))}${t.unit}`;
  return `${t.pass ? "PASS" : "FAIL"}  ${t.name.padEnd(52)} ${fmt(t.value).padStart(9)}  (target ${t.op === "atLeast" ? "≥" : "≤"} ${fmt(t.target)})`;
}

/** bench/results/<name>.json (not committed). */
export function writeResult(name, data) {
  const dir = fileURLToPath(new URL("results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ scenario: name, machine: machine(), ...data }, null, 2)}\n`);
}

export const rate = (count, seconds) => count / seconds;
export const row = (name, pages, bytes, seconds, extra = "") =>
  `${name.padEnd(44)} ${rate(pages, seconds).toFixed(pages / seconds >= 100 ? 0 : 1).padStart(8)} pages/s ${(bytes / 1e6 / seconds).toFixed(1).padStart(7)} MB/s${extra ? `  ${extra}` : ""}`;
