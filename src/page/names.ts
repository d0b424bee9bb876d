/**
 * People and organisations in bylines: does this text name that reporter, and is a credit a
 * person or an organisation account? Tolerant where readers are (case, accents, entities, a
 * middle initial), strict where the terms are ("The Daily Caller" is not the Foundation).
 */
import { creditsPart } from "./byline-text.js";
import { escapeRegExp, needleOf, normalizeText, stripInvisible } from "./text.js";

/** Tokens of a name: normalised, punctuation that readers skip removed. */
function nameTokens(name: string): string[] {
  return normalizeText(name).replace(/[.,]/g, " ").split(/\s+/).filter(Boolean);
}

/**
 * A matcher for one expected reporter name: first and last name in order, with any middle
 * names or initials in between optional (added or dropped), case, accents and quotes folded.
 * @example nameMatcher("Maya R. Collins").test("by MAYA COLLINS, DCNF") // true
 */
export function nameMatcher(name: string): RegExp {
  let matcher = matchers.get(name);
  if (!matcher) {
    matcher = buildMatcher(name);
    if (matchers.size >= 1000) matchers.clear();
    matchers.set(name, matcher);
  }
  return matcher;
}

const matchers = new Map<string, RegExp>();

function buildMatcher(name: string): RegExp {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return /(?!)/;
  const edge = "(?<![\\p{L}\\p{N}]-?)";
  const end = "(?!-?[\\p{L}\\p{N}])"; // "Montgomery-Smith" is someone else; "Montgomery's" is not
  const first = escapeRegExp(tokens[0]!);
  if (tokens.length === 1) return new RegExp(`${edge}${first}${end}`, "u");
  const last = escapeRegExp(tokens[tokens.length - 1]!);
  // Between first and last: middle names or initials, each optional; an initial stands for a
  // name it begins ("Maya R. Collins" = "Maya Rose Collins"), and any initial may be added.
  const middles = tokens.slice(1, -1).map((t) => (t.length === 1 ? `${escapeRegExp(t)}\\p{L}*` : `${escapeRegExp(t)}|${escapeRegExp(t[0]!)}`));
  const middle = `(?:[\\s.]+(?:\\p{L}\\.?${middles.map((m) => `|${m}`).join("")}))*?`;
  return new RegExp(`${edge}${first}${middle}[\\s.]+${last}${end}`, "u");
}

/**
 * A word every text naming this person contains once normalized (from the last name), or
 * undefined: for Page.findNormalizedText.
 * @example nameNeedles("Laila Montgomery") // ["montgomery"]
 */
export function nameNeedles(name: string): string[] | undefined {
  const tokens = nameTokens(name);
  const needle = tokens.length ? needleOf(tokens[tokens.length - 1]!) : null;
  return needle ? [needle] : undefined;
}

/**
 * Does the (visible) text name this person?
 * @example namesPerson("By José Ramírez, DCNF", "Jose Ramirez") // true
 */
export function namesPerson(text: string, name: string): boolean {
  return namesPersonNormalized(normalizeText(text), name);
}

/**
 * {@link namesPerson} on text already through {@link normalizeText}.
 * @example namesPersonNormalized("by jose ramirez, dcnf", "José Ramírez") // true
 */
export function namesPersonNormalized(normalized: string, name: string): boolean {
  return nameMatcher(name).test(normalized.replace(/,/g, " , "));
}

/** Words that make a credit an organisation or an account, not a person. */
const ORG_WORDS = new Set(
  ("news staff staffs foundation daily caller times team desk editor editors editorial board admin administrator media press report reports " +
    "reporting wire post journal tribune herald gazette network group agency service services inc llc ltd newsroom associated reuters bureau " +
    "sentinel courier ledger dispatch observer record chronicle magazine radio tv contributor contributors guest partner partners " +
    "syndicated syndication submitted content sponsored webmaster website site center institute").split(" "),
);

/** Role words that follow a name in bylines ("Jane Doe, Staff Writer"); not part of the name. */
const ROLE = /^(staff writer|reporter|senior reporter|correspondent|contributing writer|contributor|investigative reporter|editor|writer|columnist|fellow|intern)$/;
const DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,4}[/.-]\d{1,2}|\b(published|updated|posted on|am|pm|ago|minutes? read|min read)\b|^\d/;

export interface CreditPart {
  text: string;
  kind: "person" | "organisation" | "other";
}

/**
 * Split a byline into the credits it gives: "By A and B, Daily Caller News Foundation" →
 * A (person), B (person), Daily Caller News Foundation (organisation).
 * @example splitCredits("By The Daily Caller").map(p => p.kind) // ["organisation"]
 */
export function splitCredits(byline: string): CreditPart[] {
  const credits: CreditPart[] = [];
  for (const raw of creditTexts(byline)) {
    const text = raw.replace(/^(by|from)\s+/i, "").trim();
    if (text) credits.push({ text, kind: creditKind(text) });
  }
  return credits;
}

/**
 * `splitCredits(line)` names at least one person and one organisation, and nothing else; stops
 * at the first other part.
 * @example namesPersonAndOrganisationOnly("Jane Doe // DCNF") // true
 */
export function namesPersonAndOrganisationOnly(line: string): boolean {
  let person = false;
  let organisation = false;
  for (const raw of creditTexts(line)) {
    const text = raw.replace(/^(by|from)\s+/i, "").trim();
    if (!text) continue;
    const kind = creditKind(text);
    if (kind === "other") return false;
    if (kind === "person") person = true;
    else organisation = true;
  }
  return person && organisation;
}

function creditTexts(byline: string): string[] {
  // Credits are shown and compared as written: without the invisible characters inside words.
  const flat = creditsPart(stripInvisible(byline)).replace(/[^\S\n]+/g, " ");
  return flat.split(/\s*(?:\/\/|\||,|;|•|·|\u2013|\u2014|\s-\s|\s&\s|\band\b|\bwith\b|\n)\s*/i);
}

function creditKind(text: string): CreditPart["kind"] {
  const norm = normalizeText(text);
  if (DATE.test(norm) || ROLE.test(norm)) return "other";
  const words = norm.replace(/[.']/g, "").split(/\s+/).filter(Boolean);
  const org = words[0] === "the" || words.some((w) => ORG_WORDS.has(w)) || /\b[A-Z]{3,}\b/.test(text) && words.length === 1;
  if (org) return "organisation";
  if (words.length >= 2 && words.length <= 5 && words.every((w) => /^[\p{L}'-]+$/u.test(w))) return "person";
  return "other";
}
