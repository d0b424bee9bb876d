// Per-page speed, side by side in one process so the ratios hold on a noisy machine: reading the
// files, the bare htmlparser2 parse of the same strings (the floor), and the full republint check
// with the dcnf preset, chunk by chunk (every chunk is read, parsed and checked before the next, so
// a change in the machine's load hits all three alike); then html-validate's recommended preset
// on a subset, the peer a user would otherwise run in CI, against republint on the same subset.
//   node bench/pages.mjs [dir]      BENCH_PAGES (300), BENCH_HV_PAGES (100)
import { readFileSync } from "node:fs";
import { parseDocument } from "htmlparser2";
import { HtmlValidate } from "html-validate";
import { checkHtml } from "../dist/src/index.js";
import { corpus, htmlFiles, measure, peakRssMB, row, size, target, targetLine, writeResult } from "./lib.mjs";

const COUNT = size("BENCH_PAGES", 300, 1000);
const HV_COUNT = size("BENCH_HV_PAGES", 100, 200);
const CHUNK = 20;
const dir = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? process.env.BENCH_DIR ?? corpus(COUNT);
const files = htmlFiles(dir).slice(0, COUNT);
if (files.length === 0) throw new Error(`no .html pages in ${dir}`);

const floorParse = (s) => parseDocument(s, { withStartIndices: true, withEndIndices: true });
const statuses = { checked: 0, "not-applicable": 0, error: 0 };
let failing = 0;
const republint = (s) => {
  const result = checkHtml(s, { preset: "dcnf" });
  statuses[result.status]++;
  if (result.findings.some((f) => f.severity === "error")) failing++;
};

// Warm both up (JIT) on a few pages, untimed.
for (const f of files.slice(0, 5)) {
  const s = readFileSync(f, "utf8");
  floorParse(s);
  checkHtml(s);
}
for (const k of Object.keys(statuses)) statuses[k] = 0;
failing = 0;

let read = 0, floor = 0, full = 0, bytes = 0;
const sources = [];
for (let i = 0; i < files.length; i += CHUNK) {
  const chunk = files.slice(i, i + CHUNK);
  const r = await measure(() => chunk.map((f) => readFileSync(f, "utf8")));
  read += r.wall;
  const strings = r.value;
  if (sources.length < HV_COUNT) sources.push(...strings.slice(0, HV_COUNT - sources.length));
  bytes += strings.reduce((n, s) => n + Buffer.byteLength(s), 0);
  floor += (await measure(() => strings.forEach(floorParse))).wall;
  full += (await measure(() => strings.forEach(republint))).wall;
}
const pages = files.length;
const rss = peakRssMB();

// html-validate on a subset; republint on the same subset before and after it (mean), so a load
// change during the slow html-validate pass does not favour either.
const hv = new HtmlValidate({ extends: ["html-validate:recommended"] });
for (const s of sources.slice(0, 5)) await hv.validateString(s);
const subsetBytes = sources.reduce((n, s) => n + Buffer.byteLength(s), 0);
const before = await measure(() => sources.forEach((s) => checkHtml(s)));
let hvErrors = 0;
const hvRun = await measure(async () => {
  for (const s of sources) hvErrors += (await hv.validateString(s)).errorCount;
});
const after = await measure(() => sources.forEach((s) => checkHtml(s)));
const subsetRepublint = (before.wall + after.wall) / 2;

const floorRatio = floor / full; // republint's pages/s over the floor's
const hvRatio = hvRun.wall / subsetRepublint;
console.log(`pages: ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB (${dir})`);
console.log(row("read files", pages, bytes, read));
console.log(row("htmlparser2 parseDocument (floor)", pages, bytes, floor));
console.log(row("republint checkHtml, dcnf preset", pages, bytes, full, `${statuses.checked} checked, ${statuses["not-applicable"]} n/a, ${failing} failing`));
console.log(row(`html-validate recommended (${sources.length} pages)`, sources.length, subsetBytes, hvRun.wall, `${hvErrors} errors`));
console.log(row(`republint on the same ${sources.length} pages`, sources.length, subsetBytes, subsetRepublint));
console.log(`peak RSS ${rss.toFixed(0)} MB (this process holds ${pages} pages' text; see rss for the streaming figure)`);
const targets = [target("full check / floor (pages/s)", floorRatio, "atLeast", 0.75, "x"), target("republint / html-validate (pages/s)", hvRatio, "atLeast", 15, "x")];
for (const t of targets) console.log(targetLine(t));

writeResult("pages", {
  dir,
  pages,
  bytes,
  seconds: { read, floor, full, htmlValidateSubset: hvRun.wall, republintSubset: subsetRepublint },
  pagesPerSecond: { read: pages / read, floor: pages / floor, full: pages / full, htmlValidate: sources.length / hvRun.wall, republintSubset: sources.length / subsetRepublint },
  statuses,
  failing,
  htmlValidate: { pages: sources.length, errors: hvErrors },
  ratios: { fullOverFloor: floorRatio, republintOverHtmlValidate: hvRatio },
  peakRssMB: rss,
  targets,
});
