/** A readable CSS selector that finds one node again, for reports ("where do I fix this?"). */
import type { AnyNode, Element } from "domhandler";
import { fragmentHost } from "./parse.js";

const SIMPLE_ID = /^[A-Za-z][\w-]*$/;
const SIMPLE_CLASS = /^-?[A-Za-z_][\w-]*$/;

/**
 * Build a selector from the nearest ancestor with an id (or from `html`) down to the element,
 * with classes for readability and `:nth-of-type` where siblings would otherwise match too.
 * @example cssSelector(img) // "#post-42 > div.entry-content > figure:nth-of-type(2) > img"
 */
export function cssSelector(node: AnyNode): string {
  let el: AnyNode | null = node;
  while (el && el.type !== "tag" && el.type !== "script" && el.type !== "style") el = el.parent;
  const parts: string[] = [];
  let cur = el as Element | null;
  for (; cur && isElement(cur); cur = cur.parent as Element | null) {
    const id = cur.attribs.id;
    if (id && SIMPLE_ID.test(id)) {
      parts.unshift(`#${id}`);
      return parts.join(" > ");
    }
    parts.unshift(step(cur));
    if (cur.name === "body" || cur.name === "html") return parts.join(" > ");
  }
  // Markup parsed out of a <noscript>: the path continues from the <noscript> itself.
  const top = cur as AnyNode | null;
  const host = top && top.type === "root" ? fragmentHost(top) : undefined;
  return host ? `${cssSelector(host)} ${parts.join(" > ")}` : parts.join(" > ");
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

function step(el: Element): string {
  const classes = (el.attribs.class ?? "").split(/\s+/).filter((c) => SIMPLE_CLASS.test(c)).slice(0, 2);
  let part = el.name + classes.map((c) => `.${c}`).join("");
  const siblings = (el.parent && "children" in el.parent ? el.parent.children : []).filter(
    (s): s is Element => isElement(s) && s.name === el.name,
  );
  if (siblings.length > 1) {
    const sameClass = siblings.filter((s) => classes.every((c) => ` ${s.attribs.class ?? ""} `.includes(` ${c} `)));
    if (sameClass.length > 1) part += `:nth-of-type(${siblings.indexOf(el) + 1})`;
  }
  return part;
}
