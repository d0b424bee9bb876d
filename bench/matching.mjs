// Matching benchmark: 1,000 synthetic newswire originals, 1,000 pages (republished with partner
// edits, unrelated stories, stories quoting one paragraph). Deterministic (seeded).
// Run: npx tsc -p tsconfig.json && node bench/matching.mjs [originals] [pages]
import { performance } from "node:perf_hooks";
import { OriginalIndex } from "../dist/src/originals/match.js";
import { writeResult } from "./lib.mjs";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const ORIGINALS = Number(args[0] ?? 1000);
const PAGES = Number(args[1] ?? 1000);

/** mulberry32: small, fast, seeded. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20241024);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

// Vocabulary: English function words, and 6,000 made-up content words drawn with a Zipf law
// so that frequent words (and the phrases they make) recur across stories as in real news.
const FUNCTION = ("the of and to a in that is for on with as was at by it from be has have are said " +
  "an not this but will would which their its who they had been more after than about over also " +
  "could into some other when up out new can most last one two first year officials told according").split(" ");
const SYLLABLES = "ba be bi bo ca co da de di do fa fe ga go ha he ka ko la le li lo ma me mi mo na ne no pa pe po ra re ri ro sa se si so ta te ti to va ve vi wa we za".split(" ");
const CONTENT = Array.from({ length: 6000 }, (_, i) => {
  let w = "";
  for (let n = 2 + (i % 3); n > 0; n--) w += SYLLABLES[(i * 7 + n * 13 + ((i / (n + 3)) | 0)) % SYLLABLES.length];
  return `${w}${"nrst"[i % 4]}`;
});
const ZIPF = (() => {
  const weights = CONTENT.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => (acc += w / total));
})();
function contentWord() {
  const x = random();
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return CONTENT[lo];
}
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

function sentence(min = 8, max = 28) {
  const words = [];
  for (let n = int(min, max); n > 0; n--) {
    const r = random();
    if (r < 0.42) words.push(pick(FUNCTION));
    else if (r < 0.44) words.push(String(int(2, 2030)));
    else if (r < 0.45) words.push("U.S.");
    else words.push(contentWord());
  }
  if (chance(0.2)) words.splice(int(1, words.length - 1), 0, "said", pick(WEEKDAYS));
  if (chance(0.15)) return `“${cap(words.join(" "))},” ${contentWord()} ${contentWord()} said.`;
  if (chance(0.15)) words.splice(int(2, words.length - 1), 0, "’s");
  return `${cap(words.join(" ").replace(/ ’s/g, "’s"))}.`;
}
const cap = (s) => s[0].toUpperCase() + s.slice(1);

const LICENCE =
  "All content created by the Daily Caller News Foundation, an independent and nonpartisan newswire service, is available without charge to any legitimate news publisher that can provide a large audience. All republished articles must include our logo, our reporter’s byline and their DCNF affiliation. For any questions about our guidelines or partnering with us, please contact [email protected].";
const NO_COMMENT = (who) => `${who} did not immediately respond to the Daily Caller News Foundation’s request for comment.`;
const OPENINGS = ["The Biden administration finalized a rule Thursday that", "A new report released Tuesday found that", "Republican lawmakers introduced a bill Wednesday that"];
const FURNITURE = [
  "Advertisement",
  "Subscribe to our free morning newsletter and get the day’s top stories in your inbox.",
  "Support independent journalism — become a member today for as little as $5 a month.",
  "Share this: Facebook, X, Email, Print",
  "© 2024 The Prairie Post. All rights reserved.",
  "Related: County commissioners approve new budget for road repairs",
  "Sign up for breaking news alerts on your phone.",
  "Have a news tip? Email our newsroom any time, day or night.",
  "Click here to read more stories from our partners at the newswire.",
];

function paragraph() {
  if (chance(0.08)) return `${cap(sentence(3, 6).slice(0, -1))}.`;
  return Array.from({ length: int(1, 3) }, () => sentence()).join(" ");
}
function story(n) {
  const paragraphs = Array.from({ length: n }, paragraph);
  if (chance(0.15)) paragraphs[0] = `${pick(OPENINGS)} ${sentence(12, 24)}`;
  if (chance(0.5)) paragraphs[n - 2] = NO_COMMENT(cap(`${contentWord()} ${contentWord()}`));
  return paragraphs;
}

// Originals: 80% carry DCNF's licensing paragraph.
const originals = Array.from({ length: ORIGINALS }, (_, e) => {
  const n = int(8, 20);
  const paragraphs = story(chance(0.8) ? n - 1 : n);
  if (paragraphs.length < n) paragraphs.push(LICENCE);
  return { id: `https://wire.example/${2024 + (e % 3)}/story-${e}/`, paragraphs };
});

/** A partner's copy: furniture, cuts, style and wording edits, splits, merges. */
function republish(original) {
  let kept = original.paragraphs.map((text, i) => ({ text, i }));
  if (chance(0.3)) {
    // Keep 40-90% of the paragraphs: the first ones, or any (at least 3).
    const count = Math.max(3, Math.round(kept.length * (0.4 + random() * 0.5)));
    if (chance(0.5)) kept = kept.slice(0, count);
    else {
      const drop = new Set();
      while (drop.size < kept.length - count) drop.add(int(0, kept.length - 1));
      kept = kept.filter((_, i) => !drop.has(i));
    }
  }
  if (chance(0.5)) kept = kept.filter((p) => p.text !== LICENCE);
  // Most partners edit lightly; some rewrite words all over (1-3 words in half the paragraphs).
  const heavy = chance(0.15);
  const restyle = chance(0.5);
  const explicitDate = chance(0.5);
  let texts = kept.map(({ text }) => {
    if (restyle) text = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/ — /g, " - ");
    if (explicitDate) text = text.replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday)\b/g, "Oct. 24");
    if (chance(0.1)) text = text.replace("the Daily Caller News Foundation’s", "DCNF’s");
    const words = text.split(" ");
    if (words.length >= 15 && chance(0.2)) words[int(0, words.length - 1)] = contentWord();
    if (heavy && words.length >= 8 && chance(0.5)) for (let n = int(1, 3); n > 0; n--) words[int(0, words.length - 1)] = contentWord();
    return words.join(" ");
  });
  if (texts.length > 3 && chance(0.2)) {
    const x = int(0, texts.length - 2);
    texts.splice(x, 2, `${texts[x]} ${texts[x + 1]}`);
  }
  const long = texts.findIndex((t) => t.split(". ").length > 1);
  if (long >= 0 && chance(0.2)) {
    const parts = texts[long].split(". ");
    const cut = Math.ceil(parts.length / 2);
    texts.splice(long, 1, `${parts.slice(0, cut).join(". ")}.`, parts.slice(cut).join(". "));
  }
  texts = [cap(`${contentWord()} ${contentWord()} ${contentWord()} ${contentWord()}`), ...texts];
  for (let n = int(0, 3); n > 0; n--) texts.splice(int(1, texts.length), 0, pick(FURNITURE));
  return { paragraphs: texts, expected: original.id, heavy, coverage: new Set(kept.map((p) => p.i)).size / original.paragraphs.length };
}

const pages = Array.from({ length: PAGES }, (_, p) => {
  const r = random();
  if (r < 0.85) {
    const copy = republish(originals[(p * 7919) % ORIGINALS]);
    return { kind: copy.heavy ? "republished-heavy-edits" : "republished", ...copy };
  }
  const own = story(int(8, 16));
  if (r < 0.93) return { kind: "unrelated", paragraphs: chance(0.5) ? [...own, LICENCE] : own, expected: null };
  // A different story quoting one paragraph of an original (and the licence).
  const quoted = originals[int(0, ORIGINALS - 1)].paragraphs.find((t) => t.split(" ").length > 20) ?? "";
  own.splice(int(1, own.length - 1), 0, quoted);
  return { kind: "quotes-one-paragraph", paragraphs: [...own, LICENCE], expected: null };
});

// --- timing ---
const t0 = performance.now();
const index = new OriginalIndex(originals);
const buildMs = performance.now() - t0;

const t1 = performance.now();
const results = pages.map((page) => index.match(page.paragraphs));
const matchMs = performance.now() - t1;

// Again, now that every original's paragraph lookup (built on first use) exists.
const t1b = performance.now();
for (const page of pages) index.match(page.paragraphs);
const warmMs = performance.now() - t1b;

const t2 = performance.now();
const quick = pages.map((page) => index.mayContainCopy(page.paragraphs.join("\n")));
const quickMs = performance.now() - t2;

// --- accuracy ---
const byKind = {};
let correct = 0;
let coverageError = 0;
let coverageCount = 0;
const failures = [];
pages.forEach((page, x) => {
  const got = results[x];
  const ok = (got?.id ?? null) === page.expected;
  const k = (byKind[page.kind] ??= { pages: 0, correct: 0, wrongOriginal: 0, missed: 0, falseMatch: 0, quickYes: 0 });
  k.pages++;
  if (quick[x]) k.quickYes++;
  if (ok) correct++, k.correct++;
  else if (page.expected && got) k.wrongOriginal++;
  else if (page.expected) k.missed++;
  else k.falseMatch++;
  if (ok && got) {
    coverageError += Math.abs(got.coverage - page.coverage);
    coverageCount++;
  }
  if (!ok && failures.length < 10) failures.push({ page: x, kind: page.kind, expected: page.expected, expectedCoverage: page.coverage, got: got && { id: got.id, coverage: got.coverage } });
});
const positives = pages.filter((p) => p.expected).length;
const truePositives = results.filter((got, x) => got && got.id === pages[x].expected).length;
const predicted = results.filter(Boolean).length;
const summary = {
  originals: ORIGINALS,
  pages: PAGES,
  paragraphsIndexed: originals.reduce((n, o) => n + o.paragraphs.length, 0),
  node: process.version,
  buildMs: Math.round(buildMs),
  matchMs: Math.round(matchMs),
  pagesPerSecond: Math.round(PAGES / (matchMs / 1000)),
  warmMatchMs: Math.round(warmMs),
  warmPagesPerSecond: Math.round(PAGES / (warmMs / 1000)),
  mayContainCopyMs: Math.round(quickMs),
  mayContainCopyPagesPerSecond: Math.round(PAGES / (quickMs / 1000)),
  accuracy: correct / PAGES,
  precision: predicted ? truePositives / predicted : 1,
  recall: positives ? truePositives / positives : 1,
  meanCoverageError: coverageCount ? coverageError / coverageCount : 0,
  mayContainCopyRecall: quick.filter((yes, x) => yes && pages[x].expected).length / (positives || 1),
  heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6),
  byKind,
  failures,
};
writeResult("matching", summary);
console.log(
  `index: ${ORIGINALS} originals (${summary.paragraphsIndexed} paragraphs) in ${summary.buildMs} ms\n` +
    `match: ${PAGES} pages in ${summary.matchMs} ms = ${summary.pagesPerSecond} pages/s (again: ${summary.warmMatchMs} ms = ${summary.warmPagesPerSecond} pages/s)\n` +
    `mayContainCopy: ${summary.mayContainCopyMs} ms = ${summary.mayContainCopyPagesPerSecond} pages/s, recall ${(summary.mayContainCopyRecall * 100).toFixed(1)}%\n` +
    `accuracy ${(summary.accuracy * 100).toFixed(1)}%  precision ${(summary.precision * 100).toFixed(1)}%  recall ${(summary.recall * 100).toFixed(1)}%  ` +
    `mean coverage error ${summary.meanCoverageError.toFixed(3)}`,
);
for (const [kind, k] of Object.entries(byKind)) console.log(`  ${kind}: ${JSON.stringify(k)}`);
if (failures.length) console.log("first failures:", JSON.stringify(failures));
