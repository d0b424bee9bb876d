/** The text a reader sees in a node: hidden parts left out, block boundaries kept as line breaks. */
import type { AnyNode, Element } from "domhandler";
import { UNEVEN_SPACE } from "./text.js";
import type { VisibilityModel } from "./visibility.js";

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
  "tr", "td", "th", "ul",
]);

/**
 * Visible text of a node; `includeHidden` gives what the markup holds whatever the CSS says;
 * `skip` leaves out descendant elements (never the node itself) and what they hold.
 * @example visibleText(el, visibility) // "By Laila Montgomery\nDaily Caller News Foundation"
 */
export function visibleText(node: AnyNode, visibility: VisibilityModel, includeHidden = false, skip?: (el: Element) => boolean): string {
  return textParts(node, visibility, includeHidden, false, skip)
    .join("")
    .replace(/[ \t\r\f\u00a0]+/g, " ")
    .replace(/ *\n[\n ]*/g, "\n")
    .trim();
}

/**
 * `collapseSpace(visibleText(node, visibility))` in one pass: every run of white space (the
 * line breaks visibleText keeps included) becomes one space.
 * @example flatVisibleText(p, visibility) // "By Laila Montgomery Daily Caller News Foundation"
 */
export function flatVisibleText(node: AnyNode, visibility: VisibilityModel): string {
  const text = textParts(node, visibility, false, true).join("");
  return (UNEVEN_SPACE.test(text) ? text.replace(/[\s\u00a0]+/g, " ") : text).trim();
}

/** The text pieces and line breaks of the node; `flat`: the node's own breaks left out (trimmed anyway). */
function textParts(node: AnyNode, visibility: VisibilityModel, includeHidden: boolean, flat = false, skip?: (el: Element) => boolean): string[] {
  const parts: string[] = [];
  const walk = (n: AnyNode) => {
    if (n.type === "text") {
      parts.push((n as { data: string }).data);
      return;
    }
    if (n.type !== "tag") return; // comments, scripts, styles, directives
    const el = n as Element;
    if (!includeHidden && visibility.hiddenReason(el)) return;
    if (includeHidden && (el.name === "template" || el.name === "noscript")) return;
    if (skip && el !== node && skip(el)) {
      parts.push(" "); // it stood between words: "Name<a rel=tag>X</a>DCNF" is not "NameDCNF"
      return;
    }
    if (el.name === "br") {
      parts.push("\n");
      return;
    }
    const block = BLOCK.has(el.name) && !(flat && el === node);
    if (block) parts.push("\n");
    for (const child of el.children) walk(child);
    if (block) parts.push("\n");
  };
  walk(node);
  return parts;
}
