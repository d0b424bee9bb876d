/**
 * Which newswire original does a page republish, and which of its paragraphs are there?
 *
 * Two stages. Finding candidates: every original's winnowed 5-word fingerprints go into one
 * inverted index; a page looks its own fingerprints up and keeps the few originals it shares
 * most with. Aligning: each original paragraph is compared with the page's paragraphs (and
 * windows of adjacent ones, for split paragraphs) by containment, and the longest in-order chain
 * of present paragraphs is the alignment (LCS over matched pairs).
 */
import type { RawText } from "../page/raw-text.js";
import { CopyFilter } from "./copy-filter.js";
import { SHINGLE_WORDS, matchTokens, shingleHashes, tokenHashes, winnow } from "./fingerprint.js";
import { Postings } from "./postings.js";

/** A newswire original. */
export interface OriginalText {
  /** The original's canonical URL. */
  id: string;
  paragraphs: string[];
}

/** One original paragraph found in one page paragraph. */
export interface ParagraphMatch {
  originalIndex: number;
  pageIndex: number;
  /** Share of the original paragraph's words found in the page paragraph (or the window it was split over), 0..1. */
  similarity: number;
}

/** A page's original and the in-order alignment of their paragraphs. */
export interface OriginalMatch {
  id: string;
  /** Share of the original's paragraphs present in the page, in order (0..1). */
  coverage: number;
  /**
   * The in-order alignment, by original then page index. A paragraph split over several page
   * paragraphs appears once per page paragraph; paragraphs merged into one page paragraph share
   * its `pageIndex`.
   */
  matches: ParagraphMatch[];
}

/** Words per shingle when comparing paragraphs: short, so that an edit costs only the words near it. */
const ALIGN_WORDS = 3;
/** A paragraph is present from this share of its words on. */
const PRESENT = 0.6;
/** A short paragraph (below LONG words) needs near-equality. */
const SHORT_PRESENT = 0.75;
/** Below this, a page paragraph is not even a piece of a split paragraph. */
const PIECE = 0.1;
/** Paragraphs shorter than this never make a page match on their own. */
const LONG = 8;
/** Share of a page paragraph that must come from one original paragraph for it to be a piece of it. */
const PIECE_OF = 0.3;
const MIN_ANCHORS = 2;
const MAX_CANDIDATES = 5;
const MAX_WINDOW = 3;

interface Paragraph {
  words: number;
  hashes: Uint32Array;
  /** ALIGN_WORDS-shingles by position. */
  grams: Uint32Array;
  /** Long and not shared by many originals (a licensing paragraph is not): it can anchor a match. */
  anchor: boolean;
}

interface Entry {
  id: string;
  paragraphs: Paragraph[];
  /** Paragraphs that can anchor a match. */
  anchors: number;
  /** shingle → paragraphs holding it; built on first use. */
  lookup?: Map<number, number[]>;
}

interface PageParagraph {
  words: number;
  hashes: Uint32Array;
  /** ALIGN_WORDS-shingles by position, and as a set. */
  seq: Uint32Array;
  grams: Set<number>;
  /** Shorter shingles for short paragraphs, built on demand. */
  small?: Map<number, Set<number>>;
}

interface Node {
  i: number;
  /** First and last page paragraph. */
  a: number;
  b: number;
  sim: number;
}

interface Alignment extends OriginalMatch {
  words: number;
}

/** Paragraph words: the shared matching normalisation, hashed once. */
function prepare(text: string): { words: number; hashes: Uint32Array } {
  const hashes = tokenHashes(matchTokens(text));
  return { words: hashes.length, hashes };
}

/**
 * Share of a paragraph's words that lie in at least one of its `k`-shingles found by `has`:
 * an edit loses only the words it touches (and runs shorter than `k` between edits).
 */
function coverage(grams: ArrayLike<number>, words: number, k: number, has: (h: number) => boolean): number {
  let covered = 0;
  let until = 0;
  for (let s = 0; s < grams.length; s++) {
    if (!has(grams[s]!)) continue;
    covered += s + k - Math.max(s, until);
    until = s + k;
  }
  return words === 0 ? 0 : covered / words;
}

/** Page paragraph shingles of `k` words (1 or 2, for short paragraphs), cached. */
function smallGrams(p: PageParagraph, k: number): Set<number> {
  p.small ??= new Map();
  let set = p.small.get(k);
  if (!set) p.small.set(k, (set = new Set(shingleHashes(p.hashes, k))));
  return set;
}

/**
 * The longest in-order chain (most paragraphs, then highest similarity): original indices
 * strictly increase, page ranges never go back (two originals may share a page paragraph they
 * were merged into). O(N log m) with a Fenwick tree of the best chain ending at or before each
 * page paragraph, so a page repeating a paragraph a thousand times stays cheap.
 */
function longestChain(nodes: Node[], m: number): Node[] {
  nodes.sort((x, y) => x.i - y.i || x.a - y.a || x.b - y.b);
  const count = new Int32Array(nodes.length);
  const sum = new Float64Array(nodes.length);
  const prev = new Int32Array(nodes.length).fill(-1);
  const better = (x: number, y: number) => y < 0 || count[x]! > count[y]! || (count[x] === count[y] && sum[x]! > sum[y]!);
  const tree = new Int32Array(m + 1).fill(-1);
  const best = (end: number) => {
    let found = -1;
    for (let p = end + 1; p > 0; p -= p & -p) if (tree[p]! >= 0 && better(tree[p]!, found)) found = tree[p]!;
    return found;
  };
  let last = -1;
  for (let g = 0; g < nodes.length; ) {
    let h = g;
    while (h < nodes.length && nodes[h]!.i === nodes[g]!.i) h++;
    // Nodes of one original paragraph cannot chain to each other: query all, then insert.
    for (let x = g; x < h; x++) {
      const y = best(nodes[x]!.a);
      [count[x], sum[x], prev[x]] = y < 0 ? [1, nodes[x]!.sim, -1] : [count[y]! + 1, sum[y]! + nodes[x]!.sim, y];
      if (better(x, last)) last = x;
    }
    for (let x = g; x < h; x++) for (let p = nodes[x]!.b + 1; p <= m; p += p & -p) if (better(x, tree[p]!)) tree[p] = x;
    g = h;
  }
  const chain: Node[] = [];
  for (let x = last; x >= 0; x = prev[x]!) chain.push(nodes[x]!);
  return chain.reverse();
}

/** Nodes for the long paragraphs: single page paragraphs, and windows for split ones. */
function longNodes(entry: Entry, page: PageParagraph[]): Node[] {
  const m = page.length;
  const lookup = (entry.lookup ??= buildLookup(entry));
  const hits = new Map<number, number>();
  for (let j = 0; j < m; j++) {
    for (const h of page[j]!.grams) {
      for (const i of lookup.get(h) ?? []) hits.set(i * m + j, (hits.get(i * m + j) ?? 0) + 1);
    }
  }
  const rows = new Map<number, Map<number, number>>();
  for (const [key, count] of hits) {
    const i = Math.floor(key / m);
    const j = key % m;
    const o = entry.paragraphs[i]!;
    if (o.words < LONG || (count * ALIGN_WORDS) / o.words < PIECE) continue;
    const sim = coverage(o.grams, o.words, ALIGN_WORDS, (h) => page[j]!.grams.has(h));
    if (sim < PIECE) continue;
    if (!rows.has(i)) rows.set(i, new Map());
    rows.get(i)!.set(j, sim);
  }
  const isPiece = (i: number, p: PageParagraph) =>
    coverage(p.seq, p.words, ALIGN_WORDS, (h) => lookup.get(h)?.includes(i) ?? false) >= PIECE_OF;
  const nodes: Node[] = [];
  for (const [i, row] of rows) {
    const o = entry.paragraphs[i]!;
    for (const [j, sim] of row) {
      if (sim >= PRESENT) nodes.push({ i, a: j, b: j, sim });
      // A paragraph split over adjacent page paragraphs: each piece is mostly made of it (a
      // neighbour sharing a few phrases, such as a licensing paragraph naming the wire, is not).
      let single = sim;
      for (let b = j; b < Math.min(m, j + MAX_WINDOW) && row.has(b); b++) {
        if (!isPiece(i, page[b]!)) break;
        single = Math.max(single, row.get(b)!);
        if (b === j) continue;
        const sets = page.slice(j, b + 1).map((p) => p.grams);
        const windowed = coverage(o.grams, o.words, ALIGN_WORDS, (h) => sets.some((s) => s.has(h)));
        if (windowed >= PRESENT && windowed >= single + 0.1) nodes.push({ i, a: j, b, sim: windowed });
      }
    }
  }
  return nodes;
}

/**
 * Short paragraphs, once a match is anchored: each may take a page paragraph in its gap of the
 * chain that is nearly just it, or the neighbour's page paragraph it was merged into.
 */
function fillShort(entry: Entry, page: PageParagraph[], chain: Node[]): void {
  entry.paragraphs.forEach((o, i) => {
    if (o.words >= LONG || o.words === 0) return;
    const at = chain.findIndex((n) => n.i > i);
    const next = at < 0 ? undefined : chain[at];
    const prev = chain[(at < 0 ? chain.length : at) - 1];
    const k = Math.min(2, o.words);
    const grams = shingleHashes(o.hashes, k);
    for (let j = prev ? prev.b : 0; j <= (next ? next.a : page.length - 1); j++) {
      const merged = (prev?.b === j && prev.i === i - 1) || (next?.a === j && next.i === i + 1);
      if (!merged && (prev?.b === j || next?.a === j)) continue;
      if (!merged && page[j]!.words > 2 * o.words + 2) continue;
      const sim = coverage(grams, o.words, k, (h) => smallGrams(page[j]!, k).has(h));
      if (sim < SHORT_PRESENT) continue;
      chain.splice(at < 0 ? chain.length : at, 0, { i, a: j, b: j, sim });
      return;
    }
  });
}

function buildLookup(entry: Entry): Map<number, number[]> {
  const lookup = new Map<number, number[]>();
  entry.paragraphs.forEach((p, i) => {
    for (const h of p.grams) {
      const list = lookup.get(h);
      if (!list) lookup.set(h, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return lookup;
}

function align(entry: Entry, page: PageParagraph[]): Alignment | null {
  const chain = longestChain(longNodes(entry, page), page.length);
  // One shared paragraph is a quotation or a stock line ("did not respond to … request for
  // comment"), not a republication: two anchors, unless the original has fewer.
  const anchors = chain.filter((n) => entry.paragraphs[n.i]!.anchor).length;
  if (anchors === 0 || anchors < Math.min(MIN_ANCHORS, entry.anchors)) return null;
  fillShort(entry, page, chain);
  const matches: ParagraphMatch[] = [];
  let words = 0;
  for (const n of chain) {
    words += entry.paragraphs[n.i]!.words;
    const similarity = Math.round(n.sim * 1000) / 1000;
    for (let j = n.a; j <= n.b; j++) matches.push({ originalIndex: n.i, pageIndex: j, similarity });
  }
  return { id: entry.id, coverage: chain.length / entry.paragraphs.length, matches, words };
}

/**
 * An index of newswire originals, built once, to match republished pages against.
 * @example
 * const index = new OriginalIndex([{ id: "https://wire.example/story", paragraphs }]);
 * index.match(pageParagraphs)?.coverage // 1 for a faithful copy
 */
export class OriginalIndex {
  readonly #entries: Entry[] = [];
  readonly #postings: Postings;
  /** The quick raw-text question asked before a page has a DOM. */
  readonly #filter: CopyFilter;

  /**
   * Index the originals: their fingerprints into the inverted index, their paragraphs prepared
   * for alignment.
   * @example new OriginalIndex([{ id: "https://wire.example/a", paragraphs: ["…"] }]).size // 1
   */
  constructor(originals: readonly OriginalText[]) {
    // One entry per id (a story listed by both a feed and a sitemap), else its text looks common.
    const unique = [...new Map(originals.map((o) => [o.id, o] as const)).values()];
    this.#postings = new Postings(unique.length);
    this.#filter = new CopyFilter(unique.map((o) => o.paragraphs));
    const prints: number[][][] = [];
    unique.forEach((original, e) => {
      const paragraphs = original.paragraphs.map((text) => {
        const { words, hashes } = prepare(text);
        return { words, hashes, grams: shingleHashes(hashes, ALIGN_WORDS), anchor: words >= LONG };
      });
      const own = paragraphs.map((p) => winnow(shingleHashes(p.hashes, SHINGLE_WORDS)));
      prints.push(own);
      this.#postings.add(e, own.flat());
      this.#entries.push({ id: original.id, paragraphs, anchors: 0 });
    });
    this.#entries.forEach((entry, e) => {
      const common = (h: number) => this.#postings.isCommon(h);
      entry.paragraphs.forEach((p, i) => {
        const own = prints[e]![i]!;
        if (own.filter(common).length * 2 >= own.length) p.anchor = false;
      });
      entry.anchors = entry.paragraphs.filter((p) => p.anchor).length;
    });
  }

  /**
   * How many originals are indexed.
   * @example new OriginalIndex([]).size // 0
   */
  get size(): number {
    return this.#entries.length;
  }

  /**
   * The original this page republishes (best coverage, then most words), or null when none
   * reaches `minCoverage` (default 0.2). Short paragraphs (under 8 words) and boilerplate (in
   * many originals, like a licensing paragraph) count towards coverage but never make a match:
   * that takes two other paragraphs (one if the original has only one).
   * @example
   * const found = index.match(["New headline", ...original.paragraphs.slice(0, 6), "Subscribe!"]);
   * found?.coverage // 0.5 for a 12-paragraph original cut in half
   */
  match(pageParagraphs: readonly string[], options: { minCoverage?: number } = {}): OriginalMatch | null {
    const minCoverage = options.minCoverage ?? 0.2;
    const page = pageParagraphs.map((text) => {
      const { words, hashes } = prepare(text);
      const seq = shingleHashes(hashes, ALIGN_WORDS);
      return { words, hashes, seq, grams: new Set(seq) };
    });
    const prints = new Set(page.flatMap((p) => winnow(shingleHashes(p.hashes, SHINGLE_WORDS))));
    let best: Alignment | null = null;
    for (const e of this.#candidates(prints)) {
      const found = align(this.#entries[e]!, page);
      if (!found) continue;
      if (!best || found.coverage > best.coverage || (found.coverage === best.coverage && found.words > best.words)) best = found;
    }
    if (!best || best.coverage < minCoverage) return null;
    return { id: best.id, coverage: best.coverage, matches: best.matches };
  }

  /**
   * Quick yes/no on a page's raw HTML (or text) before any DOM exists: does it share at least a
   * tenth of some original's distinctive fingerprints (and at least three)? See {@link CopyFilter}.
   * @example index.mayContainCopy(html) // true when the page copies a story
   */
  mayContainCopy(source: string | RawText): boolean {
    return this.#filter.mayContainCopy(source);
  }

  /** The few originals worth aligning: most shared fingerprints, at least two. */
  #candidates(prints: Iterable<number>): number[] {
    return [...this.#postings.counts(prints)]
      .filter(([, count]) => count >= 2)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, MAX_CANDIDATES)
      .map(([e]) => e);
  }
}
