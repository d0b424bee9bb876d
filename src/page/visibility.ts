/**
 * Is a node seen by a reader of the rendered page? Answers from the markup and the page's own
 * CSS: the `hidden` attribute, inline styles, `<style>` rules (with a simplified cascade:
 * `!important`, specificity, order), zero or clipped boxes, and the visually-hidden utility
 * classes every CMS ships. Each answer carries the reason, for the report.
 */
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { mayHideIn, parseInlineStyle, parseStyleSheet, type Declaration, type StyleRule } from "./css.js";
import { isJsSpace, pageStyleSheets, type DomIndex } from "./dom.js";

/** Elements whose content is never rendered as page content. */
const NEVER_RENDERED = new Set(["script", "style", "template", "noscript", "head", "title", "meta", "link", "datalist"]);

/** Visually-hidden helpers whose CSS lives in the theme's stylesheet, not in the page. */
const HIDING_CLASSES = ["screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden", "element-invisible", "d-none", "u-screen-reader-text"];

/** Cheap test on a style sheet's text: could any declaration in it hide something? */
const MAY_HIDE = /display\s*:\s*none|visibility\s*:\s*(hidden|collapse)|opacity\s*:\s*0|clip|(width|height)\s*:\s*[01](px)?\s*[;}!]|-\d{3,}px/i;

const NO_STYLE: ReadonlyMap<string, CascadedValue> = new Map();

interface CascadedValue {
  value: string;
  rank: [number, number, number]; // [important, specificity, order]
  source: string; // where it came from, for the reason
}

export class VisibilityModel {
  private readonly reasons = new Map<Element, string | null>();
  /** Cascaded tracked properties of elements that some `<style>` rule may hide. */
  private readonly sheetStyles = new Map<Element, Map<string, CascadedValue>>();

  constructor(
    private readonly index: DomIndex,
    /** Cheerio over the same tree, asked only to run a page's own selectors. */
    private readonly cheerio: () => CheerioAPI,
  ) {
    this.applyStyleSheets();
  }

  /**
   * Why the node is not seen, or `null` when it is. Checks the node and its ancestors.
   * @example model.hiddenReason($(".byline")[0]) // 'display:none from ".byline{…}" in the page\'s <style>'
   */
  hiddenReason(node: AnyNode): string | null {
    const el = node.type === "tag" || node.type === "script" || node.type === "style" ? (node as Element) : (node.parent as Element | null);
    if (!el || (el.type as string) === "root") return null;
    return this.reasonFor(el);
  }

  /**
   * Why an image (a replaced element) is drawn too small to see: its own width, height or max
   * size of 1 px or less, from the page's `<style>` or inline. Unlike a box of text, an image
   * scales to its box, so no `overflow:hidden` is needed to hide it.
   * @example model.shrunkReason(img) // 'width:1px from ".dcnf-logo img{…}" in the page\'s <style>'
   */
  shrunkReason(el: Element): string | null {
    const style = this.styleOf(el);
    for (const prop of ["width", "height", "max-width", "max-height"]) {
      const decl = style.get(prop);
      const px = decl ? pixels(decl.value) : null;
      if (decl && px !== null && px <= 1) return `${prop}:${decl.value} ${decl.source}`;
    }
    return null;
  }

  /** @example model.isVisible(node) // true */
  isVisible(node: AnyNode): boolean {
    return this.hiddenReason(node) === null;
  }

  private reasonFor(el: Element): string | null {
    const cached = this.reasons.get(el);
    if (cached !== undefined) return cached;
    const parent = el.parent;
    let inherited = parent && parent.type !== "root" ? this.reasonFor(parent as Element) : null;
    // visibility is inherited, not imposed: a child with visibility:visible shows through.
    if (inherited?.startsWith("visibility:") && this.styleOf(el).get("visibility")?.value === "visible") inherited = this.boxHiddenAbove(el);
    const reason = inherited ?? this.ownReason(el);
    this.reasons.set(el, reason);
    return reason;
  }

  /** The first ancestor's reason that hides its whole box (not just visibility), if any. */
  private boxHiddenAbove(el: Element): string | null {
    for (let node = el.parent; node && node.type !== "root"; node = node.parent) {
      const reason = this.ownReason(node as Element);
      if (reason && !reason.startsWith("visibility:")) return reason;
    }
    return null;
  }

  /** Why this element itself (not its ancestors) hides its content. */
  private ownReason(el: Element): string | null {
    const name = el.name.toLowerCase();
    if (NEVER_RENDERED.has(name)) return `inside <${name}>`;
    if (el.attribs.hidden !== undefined) return "hidden attribute";
    if (name.startsWith("amp-") && el.attribs.layout?.toLowerCase() === "nodisplay") return 'layout="nodisplay" (AMP)';
    if (name === "input" && el.attribs.type?.toLowerCase() === "hidden") return "hidden input";
    const style = this.styleOf(el);
    const display = style.get("display");
    if (display?.value === "none") return `display:none ${display.source}`;
    const visibility = style.get("visibility");
    if (visibility && /^(hidden|collapse)$/.test(visibility.value)) return `visibility:${visibility.value} ${visibility.source}`;
    const opacity = style.get("opacity");
    if (opacity && parseFloat(opacity.value) === 0) return `opacity:0 ${opacity.source}`;
    const clipped = clipReason(style);
    if (clipped) return clipped;
    const tiny = sizeReason(style);
    if (tiny) return tiny;
    if (!el.attribs.class) return null;
    const cls = ` ${el.attribs.class} `;
    const helper = HIDING_CLASSES.find((c) => cls.includes(` ${c} `));
    if (helper) return `class "${helper}" (visually hidden)`;
    return null;
  }

  /** The element's tracked properties: the page's `<style>` rules, then its inline style. */
  private styleOf(el: Element): ReadonlyMap<string, CascadedValue> {
    const sheet = this.sheetStyles.get(el);
    const inline = el.attribs.style;
    if (!inline) return sheet ?? NO_STYLE;
    const style = new Map(sheet ?? []);
    {
      for (const decl of parseInlineStyle(inline)) {
        const current = style.get(decl.prop);
        if (current && current.rank[0] === 1 && !decl.important) continue;
        style.set(decl.prop, { value: decl.value, rank: [decl.important ? 1 : 0, Infinity, Infinity], source: "(inline style)" });
      }
    }
    return style;
  }

  /**
   * Run the page's `<style>` rules that could hide something, then cascade every tracked
   * property onto the elements they match, so later or more specific rules can undo them.
   */
  private applyStyleSheets(): void {
    const sheets = pageStyleSheets(this.index);
    // Most pages hide nothing with their own CSS: then there is nothing to parse or cascade.
    if (!sheets.some((css) => MAY_HIDE.test(css))) return;
    // Themes ship thousands of rules for classes a given page never uses: skip a selector whose
    // last compound names a class or id the page does not have, before running it. When no
    // hiding rule can pass that test, there is nothing to parse either.
    const present = namesInDocument(this.index);
    const hides = (prop: string, value: string) => isHidingDeclaration({ prop, value, important: false });
    if (!sheets.some((css) => mayHideIn(css, (selector) => mayMatch(selector, present), hides))) return;
    const $ = this.cheerio();
    const rules: StyleRule[] = [];
    for (const css of sheets) rules.push(...parseStyleSheet(css, rules.length * 1000));
    if (rules.length === 0) return;
    const hiding = rules.filter((rule) => rule.declarations.some(isHidingDeclaration));
    if (hiding.length === 0) return;
    const candidates = new Set<Element>();
    for (const rule of hiding) {
      if (!mayMatch(rule.selector, present)) continue;
      for (const el of select($, rule.selector)) candidates.add(el);
    }
    if (candidates.size === 0) return;
    for (const el of candidates) {
      const style = new Map<string, CascadedValue>();
      for (const rule of rules) {
        if (!matches($, el, rule.selector)) continue;
        for (const decl of rule.declarations) cascade(style, decl, rule);
      }
      this.sheetStyles.set(el, style);
    }
  }
}

function cascade(style: Map<string, CascadedValue>, decl: Declaration, rule: StyleRule): void {
  const rank: [number, number, number] = [decl.important ? 1 : 0, rule.specificity, rule.order];
  const current = style.get(decl.prop);
  if (current && compareRank(current.rank, rank) > 0) return;
  style.set(decl.prop, { value: decl.value, rank, source: `from "${rule.selector}" in the page's <style>` });
}

function compareRank(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function isHidingDeclaration(decl: Declaration): boolean {
  switch (decl.prop) {
    case "display": return decl.value === "none";
    case "visibility": return decl.value === "hidden" || decl.value === "collapse";
    case "opacity": return parseFloat(decl.value) === 0;
    case "clip": return /^rect\(/.test(decl.value);
    case "clip-path": return /inset\(\s*(50|100)%|circle\(\s*0/.test(decl.value);
    case "width": case "height": case "max-width": case "max-height": return pixels(decl.value) !== null && pixels(decl.value)! <= 1;
    case "left": case "top": return (pixels(decl.value) ?? 0) <= -999;
    default: return false;
  }
}

/** `clip` / `clip-path` on an absolutely positioned box: the visually-hidden pattern. */
function clipReason(style: ReadonlyMap<string, CascadedValue>): string | null {
  const clip = style.get("clip");
  const clipPath = style.get("clip-path");
  const position = style.get("position")?.value;
  const absolute = position === "absolute" || position === "fixed";
  if (absolute && clip && /^rect\(\s*(0|1px)[\s,]+(0|1px)[\s,]+(0|1px)[\s,]+(0|1px)\s*\)/.test(clip.value)) {
    return `clipped to nothing (position:${position}; clip:${clip.value}) ${clip.source}`;
  }
  if (clipPath && /inset\(\s*(50|100)%|circle\(\s*0/.test(clipPath.value)) return `clipped to nothing (clip-path:${clipPath.value}) ${clipPath.source}`;
  for (const side of ["left", "top"]) {
    const offset = style.get(side);
    if (absolute && offset && (pixels(offset.value) ?? 0) <= -999) return `moved off-screen (${side}:${offset.value}) ${offset.source}`;
  }
  return null;
}

/** A 0-sized box, or a 1-pixel box that clips its overflow. */
function sizeReason(style: ReadonlyMap<string, CascadedValue>): string | null {
  const overflowHidden = /hidden|clip/.test(style.get("overflow")?.value ?? "");
  for (const prop of ["width", "height", "max-width", "max-height"]) {
    const decl = style.get(prop);
    const px = decl ? pixels(decl.value) : null;
    if (decl && px !== null && (px === 0 ? overflowHidden || prop.startsWith("max") : px <= 1 && overflowHidden)) {
      return `${prop}:${decl.value}${overflowHidden ? " with overflow hidden" : ""} ${decl.source}`;
    }
  }
  return null;
}

/** `0`, `1px`, `-9999px` → number; anything relative (%, em, auto) → null. */
export function pixels(value: string): number | null {
  const m = /^(-?\d*\.?\d+)(px)?$/.exec(value.trim());
  if (!m) return null;
  return m[2] || Number(m[1]) === 0 ? Number(m[1]) : null;
}

/** Every class and id used in the page, once. */
function namesInDocument(index: DomIndex): Names {
  const classes = new Set<string>();
  const ids = new Set<string>();
  for (const el of index.elements) {
    const cls = el.attribs.class;
    if (cls) {
      // cls.split(/\s+/), without the array
      let start = -1;
      for (let i = 0; i <= cls.length; i++) {
        if (i === cls.length || isJsSpace(cls.charCodeAt(i))) {
          if (start >= 0) classes.add(start === 0 && i === cls.length ? cls : cls.slice(start, i));
          start = -1;
        } else if (start < 0) start = i;
      }
    }
    if (el.attribs.id) ids.add(el.attribs.id);
  }
  return { classes, ids };
}

interface Names {
  classes: Set<string>;
  ids: Set<string>;
}

/** False when the selector's last compound needs a class or id the page does not have. */
function mayMatch(selector: string, present: Names): boolean {
  if (selector.includes("\\")) return true; // escaped names (".md\\:block"): run the selector
  const last = selector.trim().split(/[\s>+~]+/).pop() ?? "";
  const needed = last.replace(/\[[^\]]*\]|:[\w-]+(\([^)]*\))?/g, "").match(/[.#][\w-]+/g) ?? [];
  return needed.every((name) => (name[0] === "." ? present.classes : present.ids).has(name.slice(1)));
}

function select($: CheerioAPI, selector: string): Element[] {
  try {
    return $(selector).toArray() as Element[];
  } catch {
    return []; // a selector css-select cannot run hides nothing we can vouch for
  }
}

function matches($: CheerioAPI, el: Element, selector: string): boolean {
  try {
    return $(el).is(selector);
  } catch {
    return false;
  }
}
