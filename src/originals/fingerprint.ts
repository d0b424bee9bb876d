/**
 * Text fingerprints for finding a newswire original inside a republished page.
 *
 * Winnowing, not MinHash: the question is containment ("is this original, or a part of it,
 * inside this page?"), not resemblance. A page wraps the story in headlines, blurbs and ads, and
 * often keeps only half of it, so whole-document Jaccard (what MinHash estimates) falls while the
 * copied passages are still there. Winnowing (Schleimer, Wilkerson and Aiken, 2003) keeps the
 * local minimum of every window of `w` shingle hashes: the same passage yields the same
 * fingerprints whatever surrounds it, any shared run of at least `w + k - 1` words is
 * guaranteed to share one, and only about 2/(w+1) of the shingles are kept in the index.
 */
import { normalizeText } from "../page/text.js";

/** Words per shingle in the index: long enough that common phrases rarely collide. */
export const SHINGLE_WORDS = 5;
/** Winnowing window: with 5-word shingles, every shared run of 8 words is caught. */
export const WINNOW_WINDOW = 4;

const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?";
// "may" and "march" are also a verb and a noun: only a day or a year makes them dates.
const MONTH = "january|february|april|june|july|august|september|october|november|december";
const ABBR = "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const YEAR = "(?:,? \\d{4})?";
const DATE_RE = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:(?:on|last|this|next) )?(?:" +
    [
      `${WEEKDAY}`,
      "yesterday|today|tonight|tomorrow",
      `(?:${MONTH})(?: ${DAY})?${YEAR}`,
      `(?:${ABBR})\\.(?: ${DAY})?${YEAR}`,
      `(?:${ABBR}|may|march) ${DAY}${YEAR}`,
      "(?:may|march),? \\d{4}",
      `${DAY} (?:${MONTH}|may|march|${ABBR})\\.?${YEAR}`,
      "\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}",
    ].join("|") +
    ")(?![\\p{L}\\p{N}])",
  "gu",
);

const NUMBER_WORDS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];
const TENS = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const NUMBER_VALUE = new Map<string, string>([
  ...NUMBER_WORDS.map((w, i) => [w, String(i)] as [string, string]),
  ...TENS.map((w, i) => [w, String(30 + 10 * i)] as [string, string]),
]);
const MAGNITUDES = new Set(["hundred", "thousand", "million", "billion", "trillion"]);
const DIGITS_RE = /^\d+(?:st|nd|rd|th)?$/;

/** The folding both keys share: dates to one token, "U.S." = "US", "China's" = "Chinas", "1,000" = "1000". */
function foldedTokens(text: string): string[] {
  const folded = normalizeText(text)
    .replace(/#/g, " ")
    .replace(/(\d)[.,](?=\d)/g, "$1")
    .replace(/%/g, " percent ")
    .replace(/\bper cent\b/g, "percent")
    // A relative date ("Thursday") is often made explicit ("Oct. 24"): one token for any date.
    .replace(DATE_RE, " #d ")
    .replace(/(?<![\p{L}\p{N}])(\p{L})\.(?=\p{L}\.)/gu, "$1")
    .replace(/(\p{L})'(?=\p{L})/gu, "$1");
  return folded.match(/#d|[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The words compared when matching: case, accents, quotes, dashes and punctuation dropped, any
 * date one token (`#d`), any number or run of numbers one token (`#`).
 * @example matchTokens("Bloomberg reported Thursday, citing 3 U.S. officials") // ["bloomberg", "reported", "#d", "citing", "#", "us", "officials"]
 */
export function matchTokens(text: string): string[] {
  const out: string[] = [];
  for (const token of foldedTokens(text)) {
    const number = DIGITS_RE.test(token) || NUMBER_VALUE.has(token) || MAGNITUDES.has(token);
    if (number && out[out.length - 1] === "#") continue;
    out.push(number ? "#" : token);
  }
  return out;
}

/**
 * {@link matchTokens} as one string, to compare or show.
 * @example normalizeForMatching("“Quad” — a group") === normalizeForMatching('"quad" - a GROUP') // true
 */
export function normalizeForMatching(text: string): string {
  return matchTokens(text).join(" ");
}

/**
 * What is left of a paragraph once style is set aside: like {@link matchTokens}, but numbers keep
 * their value ("five" = "5", "1,000" = "1000", "2022" ≠ "2023"). Dates stay loose: a page may
 * make "Thursday" explicit, and only the publication date could tell whether it did so right.
 * @example styleKey("Five officials said Thursday.") === styleKey("5 officials said on Oct. 24") // true
 */
export function styleKey(text: string): string {
  return foldedTokens(text)
    .map((t) => NUMBER_VALUE.get(t) ?? (DIGITS_RE.test(t) ? String(parseInt(t, 10)) : t))
    .join(" ");
}

/**
 * FNV-1a, 32 bits, of a string's UTF-16 code units: fast, no dependency, good enough spread
 * for word tokens (shingles are mixed again in {@link shingleHashes}).
 * @example hashString("china") // 3970214032
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Hash every token once; shingles are then built from these integers, not from strings.
 * @example tokenHashes(["the", "quad"]).length // 2
 */
export function tokenHashes(tokens: readonly string[]): Uint32Array {
  const out = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = hashString(tokens[i]!);
  return out;
}

/**
 * The hash of every run of `k` consecutive tokens, by position (none when there are fewer than
 * `k` tokens). Order-sensitive FNV over the token hashes, then Murmur3's finaliser so that the
 * minima winnowing picks are spread evenly.
 * @example shingleHashes(tokenHashes(matchTokens("the quad met in tokyo on friday")), 5).length // 2
 */
export function shingleHashes(hashes: ArrayLike<number>, k = SHINGLE_WORDS): Uint32Array {
  const count = Math.max(0, hashes.length - k + 1);
  const out = new Uint32Array(count);
  for (let s = 0; s < count; s++) {
    let h = 0x811c9dc5;
    for (let i = s; i < s + k; i++) h = Math.imul(h ^ hashes[i]!, 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out[s] = h >>> 0;
  }
  return out;
}

/**
 * Robust winnowing: the rightmost smallest hash of each window of `w`, each position once.
 * Fewer hashes than a window give their minimum. With `keep`, only the fingerprints it accepts.
 * @example winnow([5, 3, 9, 4, 8, 1], 4) // [3, 1]
 */
export function winnow(hashes: ArrayLike<number>, w = WINNOW_WINDOW, keep?: (print: number) => boolean): number[] {
  const out: number[] = [];
  let last = -1;
  for (let start = 0; start === 0 || start + w <= hashes.length; start++) {
    const end = Math.min(start + w, hashes.length);
    if (end <= start) break;
    let min = start;
    for (let i = start + 1; i < end; i++) if (hashes[i]! <= hashes[min]!) min = i;
    if (min !== last && (!keep || keep(hashes[min]!))) out.push(hashes[min]!);
    last = min;
  }
  return out;
}

/**
 * The distinct winnowed fingerprints of a text (5-word shingles, window 4).
 * @example fingerprints("a short text").length // 0: fewer than five words
 */
export function fingerprints(text: string): number[] {
  return [...new Set(winnow(shingleHashes(tokenHashes(matchTokens(text)))))];
}
