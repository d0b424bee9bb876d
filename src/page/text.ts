/** Text normalisation shared by every matcher, so that rules agree on what "the same" means. */

const QUOTES: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
  "\u00a0": " ", "\u2007": " ", "\u202f": " ",
  // Invisible: soft hyphens and zero-width characters that CMS editors and hyphenation plugins
  // leave inside words ("Foun&shy;dation"); a reader sees the word whole, so matching must too.
  "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
};
const QUOTE_RE = new RegExp(`[${Object.keys(QUOTES).join("")}]`, "g");
/** White space that `replace(/\s+/g, " ")` would change: anything but single plain spaces. */
export const UNEVEN_SPACE = /[^\S ]| {2}/;
/** Characters whose NFKD form (and the marks it removes) could differ from themselves. */
const NEEDS_NFKD = /[^\x00-\x7f\u00a0\u2018\u2019\u201c\u201d\u2013\u2014]/;

/**
 * Fold what readers do not tell apart: case, diacritics, typographic quotes and dashes, and runs
 * of white space. Entities are already decoded by the parser.
 * @example normalizeText("  José  O’Brien ") // "jose o'brien"
 */
export function normalizeText(text: string): string {
  // Plain ASCII, typographic quotes, dashes and no-break spaces have no decomposition: most
  // page text needs no Unicode normalization.
  if (!NEEDS_NFKD.test(text)) {
    const folded = text.replace(QUOTE_RE, (c) => QUOTES[c]!).toLowerCase();
    return (UNEVEN_SPACE.test(folded) ? folded.replace(/\s+/g, " ") : folded).trim();
  }
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(QUOTE_RE, (c) => QUOTES[c]!)
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Whether {@link normalizeText} only lower-cases the text's letters and digits (it changes
 * nothing else in them): then a word of letters and digits is in the normalized text exactly
 * when it is in the text, in any case.
 * @example isPlainText("O’Brien said") // true
 */
export function isPlainText(text: string): boolean {
  return !NEEDS_NFKD.test(text);
}

/**
 * A word of ASCII letters and digits that every match of a pattern over normalized text
 * contains, taken from one of its literal tokens (the longest run), or null when there is none.
 * @example needleOf("o'brien") // "brien"
 */
export function needleOf(token: string): string | null {
  const runs = token.match(/[a-z0-9]+/g);
  if (!runs) return null;
  return runs.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * Collapse white space for display (evidence, messages), keeping case and accents.
 * @example collapseSpace("By\n  Jane   Doe") // "By Jane Doe"
 */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;

/**
 * Remove the invisible characters {@link normalizeText} removes (soft hyphens, zero-width
 * characters), keeping everything else: for text shown to people or tested as written.
 * @example stripInvisible("Foun\u00addation") // "Foundation"
 */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/**
 * Shorten text for a report, on a word boundary.
 * @example truncate("a long sentence here", 10) // "a long…"
 */
export function truncate(text: string, max = 120): string {
  // Invisible characters would show in a terminal or JSON as stray hyphens or escapes.
  const flat = collapseSpace(stripInvisible(text));
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * Escape a string for use inside a RegExp.
 * @example escapeRegExp("a.b") // "a\\.b"
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
