/**
 * The words of raw HTML (or plain text), hashed in one pass over the characters: no DOM, no
 * regular expression over the page, no string built per word. This is what lets a directory of
 * thousands of partner pages be asked "may this hold a copy of an original?" at close to the
 * cost of reading it.
 *
 * Its folding is coarser than {@link matchTokens} (no date or number-word folding) but the same
 * on both sides: the originals' paragraph texts go through this very function, so an entity in
 * the page (`Jos&eacute;`, `don&#8217;t`) hashes like the character in the original.
 */
import type { RawText } from "../page/raw-text.js";
import { hashString } from "./fingerprint.js";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Every run of digits is one token, as in {@link matchTokens}: "1,000", "2024" and "3.5" alike. */
const NUMBER = hashString("#");
/** Accented Latin letters, however they are written (`é`, `&eacute;`, `&#233;`), hash alike. */
const LATIN = 0xfffd;
/** Named entities that are not a word character's spelling: space, punctuation, apostrophes. */
const ENTITIES = new Map<string, number>([
  ["nbsp", 0x20], ["amp", 0x26], ["lt", 0x3c], ["gt", 0x3e], ["quot", 0x22], ["apos", 0x27],
  ["rsquo", 0x2019], ["lsquo", 0x2018], ["ldquo", 0x201c], ["rdquo", 0x201d], ["mdash", 0x2014],
  ["ndash", 0x2013], ["hellip", 0x2026], ["laquo", 0xab], ["raquo", 0xbb], ["shy", 0xad],
  ["thinsp", 0x2009], ["ensp", 0x2002], ["emsp", 0x2003], ["zwj", 0x200d], ["zwnj", 0x200c],
]);
/** Elements whose content is not page text. */
const RAW_TEXT = ["script", "style", "template"];
const RAW_END = new Map(RAW_TEXT.map((name) => [name, new RegExp(`</${name}`, "gi")]));

/** Inside a word these join its halves: "O’Brien" = "OBrien", as {@link matchTokens} does. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff;
}

/** ASCII letters (lower-cased) and digits as they hash; 0 for the rest of ASCII. */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, c) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : 0));

/** The code a word character hashes as, or -1 for anything that ends a word. */
function wordCode(c: number): number {
  if (c < 0x80) return ASCII_WORD[c]! || -1;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7 || c === 0xfeff) return -1;
  if (c <= 0x24f) return LATIN;
  // General and CJK punctuation, and the UTF-16 halves of symbols outside the BMP (emoji).
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff)) return -1;
  return c;
}

/** Where the markup starting at `<` ends (just past it), or `at` when this `<` is text. */
function skipMarkup(source: string, at: number): number {
  const next = source.charCodeAt(at + 1);
  if (next === 0x21 && source.startsWith("<!--", at)) {
    // `<!-->` and `<!--->` are whole (empty) comments in HTML.
    if (source.charCodeAt(at + 4) === 0x3e) return at + 5;
    if (source.startsWith("->", at + 4)) return at + 6;
    const end = source.indexOf("-->", at + 4);
    return end < 0 ? source.length : end + 3;
  }
  const letter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a;
  if (!letter && next !== 0x2f && next !== 0x21 && next !== 0x3f) return at;
  const close = source.indexOf(">", at + 1);
  if (close < 0) return at;
  const first = next | 0x20;
  // Only <script>, <style> and <template> hide their content: s... and t... tags.
  if (first === 0x73 || first === 0x74) {
    for (const name of RAW_TEXT) {
      if (!startsWithLetters(source, at + 1, name)) continue;
      const after = source.charCodeAt(at + 1 + name.length);
      if (after !== 0x3e && after !== 0x20 && after !== 0x2f && !(after >= 0x09 && after <= 0x0d)) continue;
      const end = RAW_END.get(name)!;
      end.lastIndex = close + 1;
      if (!end.exec(source)) return source.length;
      const endClose = source.indexOf(">", end.lastIndex);
      return endClose < 0 ? source.length : endClose + 1;
    }
  }
  return close + 1;
}

/** The character a `&…;` reference at `at` stands for and where it ends, or null when it is not one. */
function entityAt(source: string, at: number): { code: number; end: number } | null {
  const semi = source.indexOf(";", at + 2);
  if (semi < 0 || semi - at > 10) return null;
  const body = source.slice(at + 1, semi);
  if (body.charCodeAt(0) === 0x23) {
    const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
    const digits = body.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits)) return null;
    const code = parseInt(digits, hex ? 16 : 10);
    return { code: code > 0xffff ? 0xd800 : code, end: semi + 1 };
  }
  if (!/^[a-z][a-z0-9]*$/i.test(body)) return null;
  // A letter's name (eacute, ntilde, ...) or anything else unknown: an accented letter is the likely one.
  return { code: ENTITIES.get(body) ?? LATIN, end: semi + 1 };
}

/**
 * Hashes of the words of raw HTML or text, in order: markup, comments and script, style and
 * template content skipped; letters lower-cased; each number one token (runs of numbers too).
 * With `utf8`, the source is UTF-8 bytes one character per byte (a {@link RawText}), and the
 * hashes are those of the decoded text.
 * @example rawWordHashes("<p>Don&#8217;t <b>panic</b></p>").length // 2: "dont", "panic"
 */
export function rawWordHashes(source: string, utf8 = false): Uint32Array {
  // One loop, no closure: V8 keeps these in registers only while no function captures them.
  // About one word per 30 characters of raw HTML; grown when a page has more.
  let out: Uint32Array = new Uint32Array(Math.max(64, source.length >> 5));
  let count = 0;
  let hash = FNV_OFFSET;
  let length = 0;
  let digitsOnly = true;
  let lastWasNumber = false;
  // One step past the end: the last word ends there.
  for (let i = 0; i <= source.length; i++) {
    let c = i < source.length ? source.charCodeAt(i) : 0x20;
    // The common case first: a letter or digit inside page text.
    if (c < 0x80 && ASCII_WORD[c] !== 0) {
      hash = Math.imul(hash ^ ASCII_WORD[c]!, FNV_PRIME);
      length++;
      if (c > 0x39) digitsOnly = false;
      continue;
    }
    if (c === 0x3c) {
      const after = skipMarkup(source, i);
      if (after > i) {
        c = 0x20;
        i = after - 1;
      }
    } else if (c === 0x26) {
      const entity = entityAt(source, i);
      if (entity) {
        c = entity.code;
        i = entity.end - 1;
      }
    } else if (utf8 && c >= 0xc0) {
      // The lead byte of a UTF-8 sequence (the bytes are valid UTF-8): the character it encodes.
      const extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
      c &= 0x3f >> extra;
      for (let k = 1; k <= extra; k++) c = (c << 6) | (source.charCodeAt(i + k) & 0x3f);
      i += extra;
      // Outside the BMP: what a decoded string's surrogate halves would be.
      if (c > 0xffff) c = 0xd800;
    }
    const code = wordCode(c);
    if (code >= 0) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      length++;
      if (code < 0x30 || code > 0x39) digitsOnly = false;
      continue;
    }
    if (length === 0) continue;
    if (isJoiner(c)) continue;
    // "1,000" and "3.5" are one number.
    if (digitsOnly && (c === 0x2c || c === 0x2e) && isDigit(source.charCodeAt(i + 1))) continue;
    // A word ends; a number right after a number adds nothing.
    if (!(digitsOnly && lastWasNumber)) {
      if (count === out.length) out = grown(out);
      out[count++] = digitsOnly ? NUMBER : hash >>> 0;
      lastWasNumber = digitsOnly;
    }
    hash = FNV_OFFSET;
    length = 0;
    digitsOnly = true;
  }
  return out.subarray(0, count);
}

function grown(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Whether `source` has the lower-case ASCII word `name` at `at`, in any case. */
function startsWithLetters(source: string, at: number, name: string): boolean {
  if (source.length < at + name.length) return false;
  for (let i = 0; i < name.length; i++) if ((source.charCodeAt(at + i) | 0x20) !== name.charCodeAt(i)) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
