// A partner's whole built site: BENCH_PARTNER_PAGES (5,000) pages in nested folders, of which 2%
// republish DCNF stories (the rest are the corpus's other newsrooms' pages). check([dir]) must
// recognise the 98% without building a DOM (the byte-level marker pre-filter; with originals, also
// their fingerprints) and still count them as not-applicable. Compared, in this one process, with
// checking every page fully (the same files named one by one, so nothing is pre-filtered), measured
// on an evenly spread sample (BENCH_PARTNER_SAMPLE, 500; the whole site with --full) with the
// same 2% mix.
//   node bench/partner.mjs [dir]   a directory given is used as the site as it is
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { check } from "../dist/src/index.js";
import { OriginalLibrary } from "../dist/src/originals/library.js";
import { CACHE, corpus, partnerCorpusSize, DCNF, link, manifestOf, measure, row, SEED, size, target, targetLine, writeResult } from "./lib.mjs";

const PAGES = size("BENCH_PARTNER_PAGES", 5000);
const SHARE = Number(process.env.BENCH_PARTNER_SHARE ?? 0.02);
const ORIGINALS = size("BENCH_ORIGINALS", 200, 1000);
const given = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? process.env.BENCH_PARTNER_DIR;

/** The site: DCNF pages spread evenly (every 50th page at 2%), 100 pages to a folder. */
function buildSite() {
  const dcnfCount = Math.round(PAGES * SHARE);
  const otherCount = PAGES - dcnfCount;
  const site = join(CACHE, `partner-${SEED}-${PAGES}-${dcnfCount}`);
  const originalsDir = join(CACHE, `partner-originals-${SEED}-${PAGES}-${dcnfCount}-${ORIGINALS}`);
  if (existsSync(join(site, ".done")) && existsSync(join(originalsDir, ".done"))) return { site, originalsDir, dcnfCount };
  // Enough corpus for the other newsrooms' pages (about 41% of the corpus), and DCNF pages to spare for originals.
  const source = corpus(Math.max(partnerCorpusSize(PAGES, SHARE), Math.ceil(ORIGINALS / 0.55)));
  const pages = manifestOf(source).pages;
  const dcnf = pages.filter((p) => p.publisher === DCNF);
  const other = pages.filter((p) => p.publisher !== DCNF);
  if (other.length < otherCount || dcnf.length < Math.max(dcnfCount, ORIGINALS)) throw new Error(`corpus ${source} is too small`);
  const every = Math.round(PAGES / Math.max(1, dcnfCount));
  let d = 0, o = 0;
  const layout = [];
  for (let i = 0; i < PAGES; i++) {
    const page = i % every === Math.floor(every / 2) && d < dcnfCount ? dcnf[d++] : o < otherCount ? other[o++] : dcnf[d++];
    layout.push({ file: `news/${String(Math.floor(i / 100)).padStart(3, "0")}/story-${String(i).padStart(5, "0")}.html`, from: page.file, dcnf: page.publisher === DCNF });
  }
  const tmp = `${site}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const entry of layout) {
    mkdirSync(join(tmp, entry.file, ".."), { recursive: true });
    link(join(source, entry.from), join(tmp, entry.file));
  }
  writeFileSync(join(tmp, "layout.json"), JSON.stringify(layout));
  writeFileSync(join(tmp, ".done"), "");
  rmSync(site, { recursive: true, force: true });
  renameSync(tmp, site);
  // Originals: the DCNF stories the site republishes, and others it does not, as DCNF's own pages.
  const used = new Set(layout.filter((e) => e.dcnf).map((e) => e.from));
  const chosen = [...dcnf.filter((p) => used.has(p.file)), ...dcnf.filter((p) => !used.has(p.file))].slice(0, ORIGINALS);
  const otmp = `${originalsDir}.tmp-${process.pid}`;
  rmSync(otmp, { recursive: true, force: true });
  mkdirSync(otmp, { recursive: true });
  for (const p of chosen) link(join(source, p.file), join(otmp, p.file));
  writeFileSync(join(otmp, ".done"), "");
  rmSync(originalsDir, { recursive: true, force: true });
  renameSync(otmp, originalsDir);
  return { site, originalsDir, dcnfCount };
}

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.html?$/i.test(e.name) ? [join(dir, e.name)] : [])).sort();

const { site, originalsDir, dcnfCount } = given ? { site: given, originalsDir: null, dcnfCount: null } : buildSite();
const files = walk(site).map((f) => relative(process.cwd(), f));
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const SAMPLE = Math.min(files.length, size("BENCH_PARTNER_SAMPLE", 500, files.length));
// Every k-th page, starting where the sample keeps the site's share of DCNF pages (every 50th, from the 25th).
const k = Math.max(1, Math.round(files.length / SAMPLE));
const offset = dcnfCount ? Math.floor(Math.round(files.length / dcnfCount) / 2) % k : 0;
const sample = files.filter((_, i) => i % k === offset);

const sampleBytes = sample.reduce((n, f) => n + statSync(f).size, 0);
let library = null;
let originalsLoad = null;
if (originalsDir) {
  originalsLoad = await measure(() => OriginalLibrary.load([originalsDir]));
  library = originalsLoad.value.library;
}

const tally = (report) => {
  const byReason = { prefiltered: 0, parsedNotCopy: 0 };
  for (const r of report.results) {
    if (r.status !== "not-applicable") continue;
    if (/no marker, and/.test(r.reason ?? "")) byReason.parsedNotCopy++;
    else if (/no mention, logo, link or licensing paragraph/.test(r.reason ?? "")) byReason.prefiltered++;
  }
  return { ...report.summary, ...byReason };
};

// Interleaved: pre-filter, with originals, every page fully, with originals, pre-filter.
const runs = { prefilter: [], originals: [], full: [] };
const once = async (name, fn) => {
  const m = await measure(fn);
  runs[name].push({ wall: m.wall, cpu: m.cpu, ...tally(m.value) });
};
await once("prefilter", () => check([site]));
if (library) await once("originals", () => check([site], { originals: library }));
await once("full", () => check(sample));
if (library) await once("originals", () => check([site], { originals: library }));
await once("prefilter", () => check([site]));

const mean = (list) => list.reduce((n, r) => n + r.wall, 0) / list.length;
const rates = { prefilter: files.length / mean(runs.prefilter), full: sample.length / mean(runs.full) };
if (library) rates.originals = files.length / mean(runs.originals);
const p = runs.prefilter[0];
console.log(`partner site: ${files.length} pages${dcnfCount !== null ? `, ${dcnfCount} DCNF republications` : ""} (${site})`);
console.log(row("check([dir]) (marker pre-filter)", files.length, bytes, mean(runs.prefilter), `${p.checked} checked, ${p.notApplicable} n/a (${p.prefiltered} without a DOM)`));
if (library) {
  const o = runs.originals[0];
  console.log(`originals: ${library.size} DCNF pages loaded and indexed in ${originalsLoad.wall.toFixed(1)} s (not in the times below)`);
  console.log(row("check([dir], { originals })", files.length, bytes, mean(runs.originals), `${o.checked} checked, ${o.notApplicable} n/a (${o.prefiltered} without a DOM)`));
}
console.log(row(`every page checked fully (${sample.length === files.length ? "all pages" : `${sample.length}-page sample`})`, sample.length, sampleBytes, mean(runs.full), `${runs.full[0].checked} checked`));
const targets = [target("partner site: pre-filter / every page fully", rates.prefilter / rates.full, "atLeast", 5, "x")];
if (library) targets.push(target("partner site: with originals / every page fully", rates.originals / rates.full, "atLeast", 5, "x"));
const complete = runs.prefilter.every((r) => r.inputs === files.length && r.checked + r.notApplicable + r.errors === files.length);
console.log(`every page is in the report (checked or not-applicable): ${complete ? "yes" : "NO"}`);
for (const t of targets) console.log(targetLine(t));

writeResult("partner", { site, pages: files.length, bytes, dcnfPages: dcnfCount, sample: sample.length, originals: library?.size ?? 0, originalsLoadSeconds: originalsLoad?.wall ?? null, runs, pagesPerSecond: rates, complete, targets });
