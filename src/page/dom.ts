/**
 * Direct walks over the parsed tree, standing in for the CSS selectors the facets used to run
 * through cheerio: one walk lists the elements, and each helper answers one question with the
 * semantics of the selector it replaces (selectors never look inside a template's contents;
 * `.class` and `[attr~=x]` split on JavaScript's white space; `text()` is domutils'
 * `textContent`). No intermediate arrays or strings where a count will do.
 */
import type { AnyNode, Document, Element, ParentNode } from "domhandler";
import { textContent } from "domutils";
import { UNEVEN_SPACE } from "./text.js";

export { textContent };

const NONE: readonly Element[] = [];

/** Every element of the document once, in document order, and by tag name. */
export class DomIndex {
  readonly elements: Element[] = [];
  private readonly byName = new Map<string, Element[]>();

  constructor(root: ParentNode) {
    const elements = this.elements;
    const byName = this.byName;
    // Iterative pre-order walk through elements only: what a selector sees.
    const stack: AnyNode[][] = [root.children];
    const positions: number[] = [0];
    let depth = 0;
    while (depth >= 0) {
      const siblings = stack[depth]!;
      const i = positions[depth]!;
      if (i >= siblings.length) {
        depth--;
        continue;
      }
      positions[depth] = i + 1;
      const node = siblings[i]!;
      if (!isElement(node)) continue;
      elements.push(node);
      const list = byName.get(node.name);
      if (list) list.push(node);
      else byName.set(node.name, [node]);
      if (node.children.length > 0) {
        depth++;
        stack[depth] = node.children;
        positions[depth] = 0;
      }
    }
  }

  /** Elements with this tag name, in document order (`$("name")`). */
  named(name: string): readonly Element[] {
    return this.byName.get(name) ?? NONE;
  }

  /** The first element with this tag name (`$("name").first()`). */
  first(name: string): Element | undefined {
    return this.byName.get(name)?.[0];
  }
}

/** Elements as selectors and `text()` see them: tags, scripts and styles. */
export function isElement(node: AnyNode | null | undefined): node is Element {
  if (!node) return false;
  const type = node.type;
  return type === "tag" || type === "script" || type === "style";
}

/** The element or its nearest ancestor that passes, stopping at a document (`closest`). */
export function closest(el: Element, test: (el: Element) => boolean): Element | null {
  for (let node: AnyNode | null = el; isElement(node); node = node.parent) if (test(node)) return node;
  return null;
}

/** Whether a (strict) ancestor element passes, stopping at a document (`parents(sel).length`). */
export function hasAncestor(el: Element, test: (el: Element) => boolean): boolean {
  for (let node = el.parent; isElement(node); node = node.parent) if (test(node)) return true;
  return false;
}

/** Whether a (strict) ancestor element has this tag name (`body p`, `parents("svg")`). */
export function hasAncestorNamed(el: Element, name: string): boolean {
  for (let node = el.parent; isElement(node); node = node.parent) if (node.name === name) return true;
  return false;
}

/** The first descendant element (document order) that passes (`find(sel).first()`). */
export function findDescendant(el: ParentNode, test: (el: Element) => boolean): Element | null {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    if (child.children.length > 0) {
      const found = findDescendant(child, test);
      if (found) return found;
    }
  }
  return null;
}

/** Every descendant element (document order) that passes (`find(sel)`). */
export function findDescendants(el: ParentNode, test: (el: Element) => boolean, into: Element[] = []): Element[] {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (test(child)) into.push(child);
    if (child.children.length > 0) findDescendants(child, test, into);
  }
  return into;
}

/** Element children (`children()`). */
export function elementChildren(el: ParentNode): Element[] {
  const out: Element[] = [];
  for (const child of el.children) if (isElement(child)) out.push(child);
  return out;
}

/** `[name]`: the attribute is present. */
export function hasAttribute(el: Element, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(el.attribs, name) && el.attribs[name] != null;
}

/**
 * `[attr~=token]` / `.token`: the value has the token between white space (case-sensitive).
 * @example hasToken("entry-title h1", "entry-title") // true
 */
export function hasToken(value: string | undefined, token: string): boolean {
  if (value === undefined || value.length < token.length) return false;
  for (let i = value.indexOf(token); i >= 0; i = value.indexOf(token, i + 1)) {
    const end = i + token.length;
    if ((i === 0 || isJsSpace(value.charCodeAt(i - 1))) && (end === value.length || isJsSpace(value.charCodeAt(end)))) return true;
  }
  return false;
}

/** `\s` in a JavaScript regular expression (and what `trim()` removes). */
export function isJsSpace(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `textContent(node).replace(/\s+/g, " ").trim().length`, without building the string.
 * @example collapsedLength(p) // 42
 */
export function collapsedLength(node: AnyNode): number {
  const state = { length: 0, space: false, started: false };
  countCollapsed(node, state);
  return state.length;
}

function countCollapsed(node: AnyNode, state: { length: number; space: boolean; started: boolean }): void {
  if (node.type === "text") {
    const data = (node as { data: string }).data;
    const n = data.length;
    if (n > 1 && !UNEVEN_SPACE.test(data)) {
      // Only single plain spaces: the text counts whole, but for a space at either end.
      const lead = data.charCodeAt(0) === 0x20;
      const trail = data.charCodeAt(n - 1) === 0x20;
      if (lead && state.started) state.space = true;
      if (state.space) {
        state.length++;
        state.space = false;
      }
      state.length += n - (lead ? 1 : 0) - (trail ? 1 : 0);
      state.started = true;
      if (trail) state.space = true;
      return;
    }
    for (let i = 0; i < data.length; i++) {
      if (isJsSpace(data.charCodeAt(i))) {
        if (state.started) state.space = true;
      } else {
        if (state.space) {
          state.length++;
          state.space = false;
        }
        state.length++;
        state.started = true;
      }
    }
  } else if (node.type !== "comment" && "children" in node) {
    for (const child of node.children) countCollapsed(child, state);
  }
}

/**
 * `textContent(node).trim().length`, without building the string when it is long.
 * @example trimmedLength(p) // 120
 */
export function trimmedLength(node: AnyNode): number {
  const text = textContent(node);
  let start = 0;
  let end = text.length;
  while (start < end && isJsSpace(text.charCodeAt(start))) start++;
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** The parsed document's root, for types. */
export type Root = Document;

/** The text of each `<style>` the page renders with (not those inside `<template>` or `<noscript>`). */
export function pageStyleSheets(index: DomIndex): string[] {
  return index
    .named("style")
    .filter((style) => !closest(style, (el) => el.name === "template" || el.name === "noscript"))
    .map((style) => textContent(style));
}
