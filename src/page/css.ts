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
