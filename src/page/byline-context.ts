/**
 * What sits "with" a byline: the byline itself, the small block around it (name and
 * affiliation on separate lines), credit lines right before or after it ("From the Daily Caller
 * News Foundation" above "By Jane Doe"), and author boxes in the article that name the same
 * person. Affiliation must be found here, and only here. Tag and category links are left out:
 * a "Daily Caller" tag beside the byline credits no one.
 */
import type { Element } from "domhandler";
import type { BylineCandidate } from "./bylines.js";
import { findDescendant, trimmedLength } from "./dom.js";
import type { Page } from "./page.js";
import { isTaxonomy } from "./taxonomy.js";
import { isAncestor } from "./tree.js";
import { visibleText } from "./visible-text.js";

export interface ContextPart {
  node: Element;
  /** Visible text of the part. */
  text: string;
  relation: "byline" | "byline block" | "credit line" | "author box";
}

const BLOCK_MAX = 300; // characters: larger ancestors are the article, not the byline block
const CREDIT_MAX = 100; // characters: a credit line is short
const CREDIT_WORDS = 12; // a story sentence that names the newswire is longer

/**
 * The parts of the page that count as "with the byline".
 * @example bylineContext(page, byline).map(p => p.relation) // ["byline", "byline block", "credit line"]
 */
export function bylineContext(page: Page, byline: BylineCandidate): ContextPart[] {
  const parts: ContextPart[] = [{ node: byline.node, text: byline.text, relation: "byline" }];
  const headline = page.article.found ? page.article.region.headline : null;
  const chain: Element[] = [byline.node];
  for (let el = byline.node.parent; el && el.type === "tag"; el = el.parent) {
    const element = el as Element;
    if (isLargeOrHeadline(page, element, headline)) break;
    const text = textOf(page, element);
    if (text.length > BLOCK_MAX) break;
    chain.push(element);
    parts.push({ node: element, text, relation: "byline block" });
  }
  for (const el of chain) {
    for (const sibling of [previousElement(el), nextElement(el)]) {
      if (!sibling || isLargeOrHeadline(page, sibling, headline) || page.zoneOf(sibling) !== "article") continue;
      const text = textOf(page, sibling);
      if (text && text.length <= CREDIT_MAX && text.split(/\s+/).length <= CREDIT_WORDS) parts.push({ node: sibling, text, relation: "credit line" });
    }
  }
  return parts;
}

/** What a reader sees of the element, tag and category links left out. */
function textOf(page: Page, el: Element): string {
  return isTaxonomy(el) ? "" : visibleText(el, page.visibility, false, isTaxonomy);
}

/** Stop at the headline or at anything holding a real paragraph of story text. */
function isLargeOrHeadline(page: Page, el: Element, headline: Element | null): boolean {
  if (headline && (el === headline || isAncestor(el, headline))) return true;
  const body = page.article.found ? page.article.region.body : null;
  if (body && (el === body || isAncestor(el, body))) return true;
  return !!findDescendant(el, (p) => p.name === "p" && trimmedLength(p) > BLOCK_MAX / 2);
}

function previousElement(el: Element): Element | null {
  for (let s = el.prev; s; s = s.prev) if (s.type === "tag") return s as Element;
  return null;
}
function nextElement(el: Element): Element | null {
  for (let s = el.next; s; s = s.next) if (s.type === "tag") return s as Element;
  return null;
}
