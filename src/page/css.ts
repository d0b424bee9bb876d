/**
 * The small slice of CSS that decides whether something is seen: declarations of the
 * properties that can hide a box, from inline `style` attributes and the page's own `<style>`
 * blocks. External stylesheets are not fetched: what the page does not say, we do not guess.
 */
import postcss from "postcss";

/** Properties whose values can hide an element. */
export const TRACKED = new Set([
  "display", "visibility", "opacity", "clip", "clip-path", "position",
  "width", "height", "max-width", "max-height", "overflow", "left", "top", "font-size",
]);

export interface Declaration {
  prop: string;
  value: string;
  important: boolean;
}

export interface StyleRule {
  selector: string;
  specificity: number;
  /** Order in the page, for the cascade's last-wins tie break. */
  order: number;
  declarations: Declaration[];
}

// Selectors whose match depends on interaction or generated content: never "hidden as served".
const STATEFUL = /:(hover|focus|focus-within|focus-visible|active|visited|target|checked|placeholder-shown)|::?(before|after|placeholder|selection|marker|first-line|first-letter|backdrop)/i;

// Lazy-load libraries hide images until their script swaps the URL in and changes the class
// (lazysizes `.lazyload{opacity:0}` → `.lazyloaded`): a state a reader never sees for long.
const LAZY_STATE = /\.(lazyload|lazyloading|lazy|lazy-hidden|lazy-load|rocket-lazyload|jetpack-lazy-image|b-lazy|lozad|loading)(?![\w-])|\[data-(lazy-)?src/i;

/**
 * Parse `prop: value; ...` as in a `style` attribute, keeping only the tracked properties.
 * @example parseInlineStyle("display: none; color: red") // [{ prop: "display", value: "none", important: false }]
 */
export function parseInlineStyle(style: string): Declaration[] {
  const out: Declaration[] = [];
  for (const part of style.split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    if (!TRACKED.has(prop)) continue;
    let value = part.slice(colon + 1).trim().toLowerCase();
    const important = /!\s*important$/.test(value);
    if (important) value = value.replace(/!\s*important$/, "").trim();
    out.push({ prop, value, important });
  }
  return out;
}

/**
 * The style rules of one `<style>` block that set a tracked property and apply on a screen as
 * served: rules under a conditional `@media` (print, a width range) are left out, since a person
 * on another device would see the element.
 * @example parseStyleSheet(".x{display:none}", 0)[0].selector // ".x"
 */
export function parseStyleSheet(css: string, orderBase: number): StyleRule[] {
  let root: postcss.Root;
  try {
    root = postcss.parse(css);
  } catch {
    return []; // a broken sheet hides nothing we can be sure of
  }
  const rules: StyleRule[] = [];
  let order = orderBase;
  root.walkRules((rule) => {
    order++;
    if (!appliesUnconditionally(rule)) return;
    const declarations: Declaration[] = [];
    rule.each((node) => {
      if (node.type === "decl" && TRACKED.has(node.prop.toLowerCase())) {
        declarations.push({ prop: node.prop.toLowerCase(), value: node.value.trim().toLowerCase(), important: node.important === true });
      }
    });
    if (declarations.length === 0) return;
    for (const selector of rule.selectors) {
      if (STATEFUL.test(selector) || LAZY_STATE.test(selector)) continue;
      rules.push({ selector, specificity: specificity(selector), order, declarations });
    }
  });
  return rules;
}

function appliesUnconditionally(rule: postcss.Rule): boolean {
  for (let parent = rule.parent; parent && parent.type !== "root"; parent = parent.parent) {
    if (parent.type === "atrule") {
      const at = parent as postcss.AtRule;
      const name = at.name.toLowerCase();
      if (name === "media" && !/^(all|screen)$/i.test(at.params.trim())) return false;
      if (name === "keyframes" || name.endsWith("keyframes") || name === "font-face" || name === "page") return false;
    }
  }
  return true;
}

/**
 * Selector specificity packed into one number (ids, classes, types: 1e6, 1e3, 1).
 * @example specificity("#a .b p") // 1001001
 */
export function specificity(selector: string): number {
  const s = selector
    .replace(/"[^"]*"|'[^']*'/g, "")
    .replace(/::?[a-z-]+\(/gi, (m) => (/^:(not|is|has)\(/i.test(m) ? " " : m === ":where(" ? " " : m));
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+/g) ?? []).length;
  const types = (s.replace(/#[\w-]+|\.[\w-]+|\[[^\]]*\]|::?[\w-]+/g, " ").match(/(^|[\s>+~(])[a-z][\w-]*/gi) ?? []).length;
  return ids * 1e6 + classes * 1e3 + types;
}

/**
 * Whether a style sheet may hold a rule that {@link parseStyleSheet} would return with a
 * declaration that `hides`, under a selector that `mayMatch` lets through: a scan of the sheet's
 * blocks and declarations that skips postcss (most sheets hide nothing on a page that could
 * match). Wherever the scan could read the CSS differently from postcss (a comment or an escape
 * inside a rule, an unclosed string, comment or block) it answers true, so that false means
 * postcss would find no such rule either.
 * @example mayHideIn(".x{display:none}", () => true, (p, v) => p === "display" && v === "none") // true
 */
export function mayHideIn(css: string, mayMatch: (selector: string) => boolean, hides: (prop: string, value: string) => boolean): boolean {
  const n = css.length;
  const blocks: { rule: string | null; suppressed: boolean; checked: boolean }[] = [];
  const closers: number[] = []; // postcss's bracket stack: ( and [ until their own closer
  let start = 0; // the current segment (a prelude or a declaration)
  let unclear = false; // a comment or an escape inside the segment
  const special = /[{};"'/\\()[\]]/g;
  for (let i = 0; ; ) {
    special.lastIndex = i;
    if (!special.test(css)) break;
    i = special.lastIndex - 1;
    const c = css.charCodeAt(i);
    if (c === 0x2f) {
      if (css.charCodeAt(i + 1) !== 0x2a) {
        i++;
        continue;
      }
      const end = css.indexOf("*/", i + 2);
      if (end < 0) return true;
      if (blank(css, start, i)) start = end + 2; // a comment before a rule or declaration is a node of its own
      else unclear = true;
      i = end + 2;
      continue;
    }
    if (c === 0x22 || c === 0x27) {
      let j = i + 1;
      while (j < n) {
        const d = css.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === c) break;
        else j++;
      }
      if (j >= n) return true;
      i = j + 1;
      continue;
    }
    if (c === 0x5c) {
      unclear = true;
      i += 2;
      continue;
    }
    if (c === 0x28 || c === 0x5b) closers.push(c === 0x28 ? 0x29 : 0x5d);
    else if (closers.length > 0) {
      if (c === closers[closers.length - 1]) closers.pop();
    } else if (c === 0x7b || c === 0x3b || c === 0x7d) {
      const top = blocks[blocks.length - 1];
      if (c === 0x7b) {
        blocks.push(openBlock(css.slice(start, i), unclear, top?.suppressed ?? false));
      } else {
        if (top && top.rule !== null && !top.suppressed && !top.checked && mayHideDeclaration(css, start, i, unclear, hides)) {
          top.checked = true;
          if (top.rule === UNCLEAR || selectorsMayMatch(top.rule, mayMatch)) return true;
        }
        if (c === 0x7d && !blocks.pop()) return true; // a stray "}": let postcss decide
      }
      start = i + 1;
      unclear = false;
    }
    i++;
  }
  return blocks.length > 0 || closers.length > 0;
}

/** Only white space in `css[from, to)`. */
function blank(css: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = css.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0x0c) return false;
  }
  return true;
}

/** Properties whose declarations can hide (see isHidingDeclaration in visibility.ts). */
const HIDING_PROPS = new Set(["display", "visibility", "opacity", "clip", "clip-path", "width", "height", "max-width", "max-height", "left", "top"]);

const UNCLEAR = "\u0000unclear";

function openBlock(prelude: string, unclear: boolean, suppressed: boolean): { rule: string | null; suppressed: boolean; checked: boolean } {
  const text = prelude.trim();
  if (text.charCodeAt(0) !== 0x40 /* @ */) return { rule: unclear ? UNCLEAR : text, suppressed, checked: false };
  if (unclear) return { rule: null, suppressed, checked: false };
  const name = /^@([^\t\n\f\r "#'()/;[\\\]{}]*)/.exec(text)![1]!.toLowerCase();
  const params = text.slice(name.length + 1).trim();
  const conditional = name === "media" && !/^(all|screen)$/i.test(params);
  const skipped = conditional || name === "keyframes" || name.endsWith("keyframes") || name === "font-face" || name === "page";
  return { rule: null, suppressed: suppressed || skipped, checked: false };
}

function mayHideDeclaration(css: string, from: number, to: number, unclear: boolean, hides: (prop: string, value: string) => boolean): boolean {
  if (unclear) return /display|visibility|opacity|clip|width|height|left|top/i.test(css.slice(from, to));
  let i = from;
  while (i < to && isCssSpace(css.charCodeAt(i))) i++;
  if (i === to) return false;
  const first = css.charCodeAt(i);
  if (first === 0x5f || first === 0x2a) i++; // the _prop and *prop hacks
  // Every hiding property starts with one of c d h l m o t v w.
  const letter = css.charCodeAt(i) | 0x20;
  if (letter !== 0x63 && letter !== 0x64 && letter !== 0x68 && letter !== 0x6c && letter !== 0x6d && letter !== 0x6f && letter !== 0x74 && letter !== 0x76 && letter !== 0x77) return false;
  const colon = css.indexOf(":", i);
  if (colon < 0 || colon >= to) return false;
  let end = colon;
  while (end > i && isCssSpace(css.charCodeAt(end - 1))) end--;
  const prop = hidingProp(css, i, end);
  if (prop === null) return false;
  const value = css.slice(colon + 1, to).replace(/!\s*important\s*$/i, "").trim().toLowerCase();
  return hides(prop, value);
}

/** The hiding property written at `css[from, to)` (any case), or null; no string built for the others. */
function hidingProp(css: string, from: number, to: number): string | null {
  const length = to - from;
  if (length < 3 || length > 10) return null;
  for (const name of HIDING_PROPS) if (name.length === length && css.startsWith(name, from)) return name;
  for (let i = from; i < to; i++) {
    const c = css.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) {
      const prop = css.slice(from, to).trim().toLowerCase();
      return HIDING_PROPS.has(prop) ? prop : null;
    }
  }
  return null;
}

function isCssSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

/** The rule's selectors as postcss splits them (`list.comma`), as parseStyleSheet keeps them. */
function selectorsMayMatch(selector: string, mayMatch: (selector: string) => boolean): boolean {
  let depth = 0;
  let quote = 0;
  let from = 0;
  const check = (part: string) => !STATEFUL.test(part) && !LAZY_STATE.test(part) && mayMatch(part);
  for (let i = 0; i < selector.length; i++) {
    const c = selector.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x28) depth++;
    else if (c === 0x29) {
      if (depth > 0) depth--;
    } else if (c === 0x2c && depth === 0) {
      if (check(selector.slice(from, i).trim())) return true;
      from = i + 1;
    }
  }
  return check(selector.slice(from).trim());
}
