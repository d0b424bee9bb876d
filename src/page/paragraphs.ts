/**
 * The story's paragraphs as a reader sees them: the visible text of each paragraph-like block in
 * the article (not captions, teasers or widgets inside it), in order. Matching against an
 * original and reporting text differences work on these.
 */
import type { Element } from "domhandler";
import type { ArticleFacet } from "./article.js";
import { findDescendants } from "./dom.js";
import { flatVisibleText } from "./visible-text.js";
import type { VisibilityModel } from "./visibility.js";
import type { ZoneModel } from "./zones.js";

export interface StoryParagraph {
  node: Element;
  text: string;
}

/** `p, blockquote > p, li, h2, h3, h4, pre` */
const BLOCKS = new Set(["p", "li", "h2", "h3", "h4", "pre"]);
const isBlock = (el: Element) => BLOCKS.has(el.name);

/**
 * @example storyParagraphs(article, visibility, zones).map(p => p.text)[0] // "The U.S. is constructing …"
 */
export function storyParagraphs(article: ArticleFacet, visibility: VisibilityModel, zones: ZoneModel): StoryParagraph[] {
  if (!article.found) return [];
  const blocks = findDescendants(article.region.root, isBlock);
  // Nested blocks (a <p> inside an <li>) are read once, at the innermost level.
  const all = new Set(blocks);
  const outer = new Set<Element>();
  for (const el of blocks) for (let p = el.parent; p && p.type === "tag"; p = p.parent) if (all.has(p as Element)) outer.add(p as Element);
  const out: StoryParagraph[] = [];
  for (const el of blocks) {
    if (outer.has(el) || zones.of(el) !== "article" || visibility.hiddenReason(el)) continue;
    const text = flatVisibleText(el, visibility);
    if (text) out.push({ node: el, text });
  }
  return out;
}
