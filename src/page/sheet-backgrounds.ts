/**
 * Images the page's own `<style>` draws as CSS backgrounds (`.dcnf-badge{background:url(…)}`,
 * `::before` included): themes put partner badges there. As for visibility, external
 * stylesheets are not fetched; what the page does not say, we do not guess.
 */
import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import postcss from "postcss";

/** An element and the background image URL a `<style>` rule gives it. */
export interface SheetBackground {
  element: Element;
  url: string;
  /** Drawn by `::before` / `::after`: an ornament beside the element's text, which it does not label. */
  pseudo: boolean;
}

// Interaction states a reader has to cause: a background shown only then is not "shown".
const INTERACTIVE = /:(hover|focus|focus-within|focus-visible|active|visited|target|checked)/i;
const BACKGROUND_URL = /background(?:-image)?\s*:[^;}]*url\(/i;
const URL_IN_VALUE = /url\(\s*(['"]?)([^'")]+)\1\s*\)/i;

/**
 * Every element a background-image rule of the page's `<style>` blocks matches, with the URL.
 * @example sheetBackgrounds([".badge{background:url(/dcnf.png)}"], () => $)[0].url // "/dcnf.png"
 */
export function sheetBackgrounds(sheets: readonly string[], cheerio: () => CheerioAPI): SheetBackground[] {
  const found: SheetBackground[] = [];
  for (const css of sheets) {
    if (!BACKGROUND_URL.test(css)) continue; // most sheets draw nothing: skip the parse
    let root: postcss.Root;
    try {
      root = postcss.parse(css);
    } catch {
      continue;
    }
    root.walkDecls(/^background(-image)?$/i, (decl) => {
      const url = URL_IN_VALUE.exec(decl.value)?.[2]?.trim();
      const rule = decl.parent;
      if (!url || /^data:/i.test(url) || rule?.type !== "rule") return;
      for (const selector of (rule as postcss.Rule).selectors) {
        if (INTERACTIVE.test(selector)) continue;
        const host = selector.replace(/::?(before|after)\b/gi, "").trim();
        const pseudo = host !== selector.trim();
        if (host) for (const element of select(cheerio(), host)) found.push({ element, url, pseudo });
      }
    });
  }
  return found;
}

function select($: CheerioAPI, selector: string): Element[] {
  try {
    return $(selector).toArray() as Element[];
  } catch {
    return []; // a selector css-select cannot run draws nothing we can vouch for
  }
}
