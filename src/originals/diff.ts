/**
 * How a page's text differs from its original, paragraph by paragraph, given the alignment
 * {@link OriginalIndex.match} found.
 */
import { collapseSpace, normalizeText, truncate } from "../page/text.js";
import { styleKey } from "./fingerprint.js";
import type { OriginalIndex, OriginalMatch } from "./match.js";

/**
 * - `same`: the same text (white space aside);
 * - `style`: the same words once quotes, dashes, spacing, capitalisation, punctuation, numerals
 *   and date formats are set aside (also a paragraph only split or merged);
 * - `rewritten`: matched, with real wording changes;
 * - `missing`: an original paragraph absent from the page;
 * - `added`: a page paragraph not from the original (boilerplate included: the caller filters it).
 */
export type ChangeKind = "same" | "style" | "rewritten" | "missing" | "added";

/** One paragraph's fate. */
export interface ParagraphChange {
  kind: ChangeKind;
  originalIndex?: number;
  pageIndex?: number;
  similarity?: number;
}

/** Paragraphs split or merged are judged together: the original ones against the page ones. */
function groups(match: OriginalMatch): Map<string, { originals: number[]; pages: number[] }> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const m of match.matches) parent.set(find(`o${m.originalIndex}`), find(`p${m.pageIndex}`));
  const out = new Map<string, { originals: number[]; pages: number[] }>();
  for (const m of match.matches) {
    const root = find(`o${m.originalIndex}`);
    const group = out.get(root) ?? { originals: [], pages: [] };
    if (!group.originals.includes(m.originalIndex)) group.originals.push(m.originalIndex);
    if (!group.pages.includes(m.pageIndex)) group.pages.push(m.pageIndex);
    out.set(root, group);
  }
  return out;
}

function kindOf(original: string, page: string, regrouped: boolean): ChangeKind {
  if (!regrouped && collapseSpace(original.normalize("NFC")) === collapseSpace(page.normalize("NFC"))) return "same";
  return styleKey(original) === styleKey(page) ? "style" : "rewritten";
}

/**
 * Every page paragraph and every original paragraph, in page order: matched ones as `same`,
 * `style` or `rewritten` (one change per matched pair, so a split paragraph appears once per
 * piece and merged ones share a `pageIndex`), `added` for the page's own paragraphs, and
 * `missing` ones right after the nearest preceding original paragraph the page kept.
 * @example
 * const found = index.match(page)!;
 * diffParagraphs(original.paragraphs, page, found).filter((c) => c.kind === "missing").map((c) => c.originalIndex) // [11]
 */
export function diffParagraphs(original: readonly string[], page: readonly string[], match: OriginalMatch): ParagraphChange[] {
  const kinds = new Map<string, ChangeKind>();
  for (const group of groups(match).values()) {
    const regrouped = group.originals.length > 1 || group.pages.length > 1;
    const kind = kindOf(
      group.originals.sort((x, y) => x - y).map((i) => original[i] ?? "").join(" "),
      group.pages.sort((x, y) => x - y).map((j) => page[j] ?? "").join(" "),
      regrouped,
    );
    for (const i of group.originals) for (const j of group.pages) kinds.set(`${i}:${j}`, kind);
  }
  const byPage = new Map<number, ParagraphChange[]>();
  for (const m of match.matches) {
    const kind = kinds.get(`${m.originalIndex}:${m.pageIndex}`)!;
    const list = byPage.get(m.pageIndex) ?? [];
    list.push({ kind, originalIndex: m.originalIndex, pageIndex: m.pageIndex, similarity: m.similarity });
    byPage.set(m.pageIndex, list);
  }
  const changes: ParagraphChange[] = [];
  page.forEach((_, j) => {
    const here = byPage.get(j);
    if (here) changes.push(...here.sort((x, y) => x.originalIndex! - y.originalIndex!));
    else changes.push({ kind: "added", pageIndex: j });
  });
  const present = new Set(match.matches.map((m) => m.originalIndex));
  original.forEach((_, i) => {
    if (present.has(i)) return;
    // After the last change of an earlier original paragraph, else before the first matched one.
    let at = -1;
    changes.forEach((c, x) => {
      if (c.originalIndex !== undefined && c.originalIndex < i) at = x;
    });
    if (at < 0) at = changes.findIndex((c) => c.originalIndex !== undefined) - 1;
    if (at < -1) at = changes.length - 1;
    changes.splice(at + 1, 0, { kind: "missing", originalIndex: i });
  });
  return changes;
}

type Op = { op: "=" | "-" | "+"; words: string[] };

/** Words compared without case, accents, quote style or punctuation stuck to them. */
const wordKey = (w: string) => {
  const n = normalizeText(w);
  return n.replace(/[^\p{L}\p{N}]/gu, "") || n;
};

/** Word-level LCS edit script; a middle too large to compare is one replacement. */
function editScript(a: string[], b: string[]): Op[] {
  const ka = a.map(wordKey);
  const kb = b.map(wordKey);
  let head = 0;
  while (head < a.length && head < b.length && ka[head] === kb[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && ka[a.length - 1 - tail] === kb[b.length - 1 - tail]) tail++;
  const ops: Op[] = [];
  const push = (op: Op["op"], word: string) => {
    const last = ops[ops.length - 1];
    if (last?.op === op) last.words.push(word);
    else ops.push({ op, words: [word] });
  };
  b.slice(0, head).forEach((w) => push("=", w));
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n * m > 250_000) {
    a.slice(head, head + n).forEach((w) => push("-", w));
    b.slice(head, head + m).forEach((w) => push("+", w));
  } else {
    // lcs[x][y]: LCS length of a[head+x..] and b[head+y..]
    const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
    for (let x = n - 1; x >= 0; x--) {
      for (let y = m - 1; y >= 0; y--) {
        lcs[x]![y] = ka[head + x] === kb[head + y] ? lcs[x + 1]![y + 1]! + 1 : Math.max(lcs[x + 1]![y]!, lcs[x]![y + 1]!);
      }
    }
    let x = 0;
    let y = 0;
    while (x < n || y < m) {
      if (x < n && y < m && ka[head + x] === kb[head + y]) {
        push("=", b[head + y]!);
        x++;
        y++;
      } else if (y < m && (x === n || lcs[x]![y + 1]! >= lcs[x + 1]![y]!)) push("+", b[head + y++]!);
      else push("-", a[head + x++]!);
    }
  }
  b.slice(b.length - tail).forEach((w) => push("=", w));
  // One change between equal stretches: all its deletions, then all its insertions.
  const out: Op[] = [];
  for (const o of ops) {
    const last = out[out.length - 1];
    const before = out[out.length - 2];
    if (o.op === "=" || !last || last.op === "=") out.push(o);
    else if (last.op === o.op) last.words.push(...o.words);
    else if (o.op === "+") out.push(o);
    else if (before?.op === "-") before.words.push(...o.words);
    else out.splice(out.length - 1, 0, o);
  }
  return out;
}

/**
 * A compact word diff of a rewritten paragraph: `[-removed-]{+added+}` with a few words of
 * context, unchanged stretches elided with "…", at most `maxLength` characters (default 240).
 * Differences of case, accents, quote style and attached punctuation are not shown. Empty when
 * the words are the same.
 * @example
 * wordDiff("Bloomberg reported Thursday, citing officials.", "Bloomberg reported Oct. 24, citing officials.")
 * // "Bloomberg reported [-Thursday,-]{+Oct. 24,+} citing officials."
 */
export function wordDiff(original: string, page: string, options: { context?: number; maxLength?: number } = {}): string {
  const context = options.context ?? 3;
  const maxLength = options.maxLength ?? 240;
  const ops = editScript(collapseSpace(original).split(" ").filter(Boolean), collapseSpace(page).split(" ").filter(Boolean));
  if (ops.every((o) => o.op === "=")) return "";
  const pieces: string[] = [];
  ops.forEach((o, x) => {
    const text = (words: string[]) => truncate(words.join(" "), 80);
    if (o.op === "-") pieces.push(`[-${text(o.words)}-]`);
    else if (o.op === "+") {
      if (ops[x - 1]?.op === "-") pieces[pieces.length - 1] += `{+${text(o.words)}+}`;
      else pieces.push(`{+${text(o.words)}+}`);
    } else {
      const first = x === 0;
      const last = x === ops.length - 1;
      const w = o.words;
      if (first) pieces.push((w.length > context ? "… " : "") + w.slice(-context).join(" "));
      else if (last) pieces.push(w.slice(0, context).join(" ") + (w.length > context ? " …" : ""));
      else if (w.length > 2 * context) pieces.push(`${w.slice(0, context).join(" ")} … ${w.slice(-context).join(" ")}`);
      else pieces.push(w.join(" "));
    }
  });
  let out = "";
  for (const piece of pieces) {
    const next = out ? `${out} ${piece}` : piece;
    if (next.length > maxLength - 2) return out ? `${out} …` : truncate(piece, maxLength);
    out = next;
  }
  return out;
}
