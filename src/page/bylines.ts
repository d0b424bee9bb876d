/**
 * Byline candidates: every element that credits an author, by markup (`.byline`, `[rel=author]`,
 * `[itemprop=author]`, author links, Drupal's `.submitted`, author boxes) or by text ("By ...",
 * "By: ...", "Posted on <date> by ...", "Submitted by ..." near the headline or at the top of the
 * story), visible or not, each with the zone it sits in. Rules decide which count; this facet
 * only finds them, once. Tag and category links are left out of a byline's text.
 */
import type { AnyNode, Element } from "domhandler";
import type { ArticleFacet } from "./article.js";
import { startsWithByline } from "./byline-text.js";
import { collapsedLength, elementChildren, textContent, type DomIndex } from "./dom.js";
import { namesPersonAndOrganisationOnly, splitCredits, type CreditPart } from "./names.js";
import { nodeSpan } from "./parse.js";
import { isTaxonomy } from "./taxonomy.js";
import { isAncestor } from "./tree.js";
import { visibleText } from "./visible-text.js";
import type { VisibilityModel } from "./visibility.js";
import type { Zone, ZoneModel } from "./zones.js";

export interface BylineCandidate {
  node: Element;
  /** A byline proper, or an author box (a bio) that names the author. */
  kind: "byline" | "author-box";
  /** Why it was taken as a byline: "byline markup", "rel=author", "author link", '"By …" line' ... */
  how: string;
  /** What a reader sees of it ("" when it is hidden). */
  text: string;
  /** What the markup holds, hidden parts included. */
  fullText: string;
  /** Why it is not seen, or null. */
  hiddenReason: string | null;
  zone: Zone;
  /** The credits in its visible text (people, organisations). */
  credits: CreditPart[];
}

/**
 * Byline markup, as the selector `[class*=byline i], [class*=author i], [id*=byline i],
 * [id*=author i], [class*=writer i], [class*=contributor i], [class*=posted-by i], [class*=submitted i],
 * [rel~=author], [itemprop~=author], [data-testid*=byline i], a[href*="/author/"],
 * a[href*="/authors/"], a[href*="/people/"], a[href*="/staff/"], a[href*="/reporters/"]`
 * (`rel` compares without case in HTML).
 */
function isBylineMarkup(el: Element): boolean {
  const a = el.attribs;
  const cls = a.class;
  if (cls !== undefined && CLASS_MARKUP.test(cls)) return true;
  const id = a.id;
  if (id !== undefined && ID_MARKUP.test(id)) return true;
  if (a.rel !== undefined && REL_AUTHOR.test(a.rel)) return true;
  if (a.itemprop !== undefined && ITEMPROP_AUTHOR.test(a.itemprop)) return true;
  if (a["data-testid"] !== undefined && ID_BYLINE.test(a["data-testid"])) return true;
  const href = el.name === "a" ? a.href : undefined;
  return href !== undefined && (href.includes("/author/") || href.includes("/authors/") || href.includes("/people/") || href.includes("/staff/") || href.includes("/reporters/"));
}
const CLASS_MARKUP = /byline|author|writer|contributor|posted-by|submitted/i;
const ID_MARKUP = /byline|author/i;
const ID_BYLINE = /byline/i;
const REL_AUTHOR = /(?:^|\s)author(?:$|\s)/i;
const ITEMPROP_AUTHOR = /(?:^|\s)author(?:$|\s)/;
/** Parts of author widgets that never hold the byline text itself. */
const NOT_A_BYLINE = /avatar|image|photo|img|icon|social|follow|twitter|email|archive|more-by|posts-by|author-link-list|-list-item-image|authorship-disclaimer/i;
const AUTHOR_BOX = /author-?(bio|box|info|card|details|description|profile|about)|about-?(the-?)?author|bio-?box|(^|\s)bio(\s|$)|contributor-bio/i;
const BY_TEXT_TAGS = new Set(["p", "div", "span", "li", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "address", "small", "cite"]);
const MAX_BYLINE = 250;
const BY_LINE = '"By …" line';
/** Longer than any byline or credit line (see byline-context's CREDIT_MAX): story text. */
const STORY_PARAGRAPH = 100;

/**
 * Find every byline candidate on the page.
 * @example collectBylines(index, article, visibility, zones).map(b => b.text) // ["By Laila Montgomery, Daily Caller News Foundation"]
 */
export function collectBylines(index: DomIndex, article: ArticleFacet, visibility: VisibilityModel, zones: ZoneModel): BylineCandidate[] {
  const found = new Map<Element, { kind: BylineCandidate["kind"]; how: string }>();
  // "By Jane Doe" as text: in the header region above the story, or in its first few blocks.
  // Markup wins over text, and the innermost "By …" element over its wrappers.
  const region = article.found ? article.region : null;
  const textTagged: Element[] = [];
  for (const el of index.elements) {
    if (BY_TEXT_TAGS.has(el.name)) textTagged.push(el);
    if (!isBylineMarkup(el)) continue;
    if (el.name === "body" || el.name === "html" || el.name === "meta" || el.name === "link" || el.name === "img") continue;
    const cls = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
    if (AUTHOR_BOX.test(cls)) {
      found.set(el, { kind: "author-box", how: "author box" });
      continue;
    }
    if (NOT_A_BYLINE.test(cls) && !/byline/i.test(cls)) continue;
    if (!/\p{L}/u.test(textContent(el))) continue; // separators and icons: "|", "·"
    found.set(el, { kind: "byline", how: describeMarkup(el) });
  }
  const byText: Element[] = [];
  const firstBlocks = region ? elementChildren(region.body).slice(0, 4) : [];
  const storyStart = region ? storyStartOf(index, region.body, zones) : 0;
  for (const el of textTagged) {
    if (found.has(el)) continue;
    const near = region ? nearStoryTop(el, region.body, firstBlocks, storyStart) : "top";
    if (!near) continue; // placed first: it reads no text
    const text = shortText(el, 160)?.trim();
    if (text === undefined || !(startsWithByline(text) || isCreditLine(text))) continue;
    if (near === "above story" && !readsAsCredit(text)) continue;
    byText.push(el);
  }
  const marked = [...found.keys()];
  for (const el of byText) {
    if (byText.some((other) => other !== el && isAncestor(el, other))) continue;
    // A wrapper around a full byline element (".entry-meta" around ".byline") is not the byline;
    // "By" text around a bare name element (Drupal's "By <span>Name</span>") is.
    if (marked.some((m) => isAncestor(el, m) && startsWithByline(textContent(m).trim()))) continue;
    found.set(el, { kind: "byline", how: BY_LINE });
  }
  const candidates: BylineCandidate[] = [];
  for (const [node, { kind, how }] of found) {
    const fullText = visibleText(node, visibility, true, isTaxonomy);
    if (!fullText) continue;
    if (kind === "byline" && fullText.length > MAX_BYLINE) continue; // a wrapper, not a byline
    const hiddenReason = visibility.hiddenReason(node);
    const text = hiddenReason ? "" : visibleText(node, visibility, false, isTaxonomy);
    candidates.push({ node, kind, how, text, fullText, hiddenReason, zone: zones.of(node), credits: splitCredits(text || fullText) });
  }
  // Nested candidates are one byline. Wrappers around a real byline (".posted-by" around
  // ".byline") give way to it; parts of a byline (".byline > a[rel=author]") give way to it.
  // Ancestor walks, not pairwise comparisons: a comment section can hold thousands of ".author"s.
  const preferred = (c: BylineCandidate) =>
    c.kind === "author-box" || c.how === "byline markup" || c.how === BY_LINE || startsWithByline(c.fullText);
  const byNode = new Map(candidates.map((c) => [c.node as AnyNode, c]));
  const ancestorsOf = function* (c: BylineCandidate) {
    for (let p = c.node.parent; p; p = p.parent) {
      const other = byNode.get(p);
      if (other) yield other;
    }
  };
  const wrappers = new Set<BylineCandidate>();
  for (const c of candidates) if (preferred(c)) for (const outer of ancestorsOf(c)) if (outer.kind === "byline") wrappers.add(outer);
  const kept = candidates.filter((c) => !wrappers.has(c) && ![...ancestorsOf(c)].some((outer) => !wrappers.has(outer)));
  return kept.sort((a, b) => (nodeSpan(a.node)?.start ?? 0) - (nodeSpan(b.node)?.start ?? 0));
}

/** The length of the node's text, counted until it passes `max`. */
function textLengthOver(node: AnyNode, max: number, length: number): number {
  if (node.type === "text") return length + (node as { data: string }).data.length;
  if ("children" in node) {
    for (const child of node.children) {
      length = textLengthOver(child, max, length);
      if (length > max) break;
    }
  }
  return length;
}

/** A line that is only "Name//Organisation" or "Name | Organisation": a byline without "By". */
function isCreditLine(text: string): boolean {
  if (text.length > 100 || !/\/\/|\||,|\u2014|\s-\s/.test(text)) return false;
  return namesPersonAndOrganisationOnly(text);
}

function describeMarkup(el: Element): string {
  if (el.attribs.rel && /\bauthor\b/i.test(el.attribs.rel)) return "rel=author";
  if (el.attribs.itemprop && /\bauthor\b/i.test(el.attribs.itemprop)) return "itemprop=author";
  if (/byline/i.test(`${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`)) return "byline markup";
  if (el.name === "a" && /\/(authors?|people|staff|reporters)\//.test(el.attribs.href ?? "")) return "author link";
  return "author markup";
}

/**
 * Above the story text, or at the top of the body: before its first paragraph of story text
 * (whatever logos, photos, ads and credit lines come first) or among its first four blocks.
 * Partners paste DCNF's "By ..." line into the body; one further down is story text.
 */
function nearStoryTop(el: Element, body: Element, blocks: Element[], storyStart: number): "top" | "above story" | false {
  const bodyStart = body.startIndex;
  const bodyEnd = body.endIndex;
  const start = el.startIndex;
  const end = el.endIndex;
  if (bodyStart === null || bodyEnd === null || start === null || end === null) return false;
  if (end <= bodyStart) return "top";
  if (start < bodyStart || end > bodyEnd) return false;
  if (blocks.some((b) => b === el || isAncestor(b, el))) return "top";
  return end <= storyStart ? "above story" : false;
}

/**
 * Below the body's first blocks a short paragraph may be story ("By Thursday, Bloomberg had
 * confirmed five."): there a "By" line counts only when it reads as a credit, every part a
 * capitalised name or an organisation, at least one a person.
 */
function readsAsCredit(text: string): boolean {
  const parts = splitCredits(text);
  const capitalised = (part: CreditPart) => part.text.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLE.test(w));
  return parts.some((p) => p.kind === "person") && parts.every((p) => p.kind !== "other" && capitalised(p));
}
const NAME_PARTICLE = /^(de|da|del|della|der|di|du|van|von|la|le|bin|al|y)$/i;

/**
 * Where the story text begins: its first long paragraph that is not a "By ..." line; without one
 * (a brief of short paragraphs) the body's start, so that only its first blocks count as the top.
 */
function storyStartOf(index: DomIndex, body: Element, zones: ZoneModel): number {
  const bodyStart = body.startIndex ?? 0;
  const bodyEnd = body.endIndex ?? bodyStart;
  for (const p of index.named("p")) {
    const at = p.startIndex;
    if (at === null || at < bodyStart) continue;
    if (at >= bodyEnd) break;
    if (collapsedLength(p) < STORY_PARAGRAPH || zones.of(p) !== "article") continue; // captions are not the story
    const text = shortText(p, 160);
    if (text === undefined || !startsWithByline(text.trim())) return at;
  }
  return bodyStart;
}

/** The element's text, or undefined as soon as it is longer than `max` (big containers stop early). */
function shortText(el: Element, max: number): string | undefined {
  if (textLengthOver(el, max, 0) > max) return undefined; // count before building the string
  let text = "";
  const walk = (node: AnyNode): boolean => {
    if (node.type === "text") {
      text += node.data;
      return text.length <= max;
    }
    if ("children" in node) for (const child of node.children) if (!walk(child)) return false;
    return true;
  };
  return walk(el) ? text : undefined;
}

