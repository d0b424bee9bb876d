/**
 * What makes an image a newswire's logo, and whether a reader sees it: shared by the rules that
 * ask (logo-present, unattributed-copy), so they never disagree about the same image.
 */
import { fileName, type PageImage } from "./images.js";
import type { Page } from "./page.js";
import { normalizeText } from "./text.js";

const TINY = 1; // px: tracking-pixel sized

/** Words of a photo credit ("Photo by …", "Photo: …", "Courtesy of …"): the image is a picture, not a logo. */
const CREDIT = /\b(photos?|photo\w+|pictured?|credits?|courtesy|screenshot|illustration)\b/;

/**
 * The label names the organisation and little else: a photo caption crediting it is not its logo.
 * @example namesLogo("Daily Caller News Foundation logo", /daily caller news foundation/) // true
 */
export function namesLogo(label: string, name: RegExp): boolean {
  const text = normalizeText(label);
  const found = name.exec(text);
  if (!found) return false;
  if (/\blogo\b/.test(text)) return true;
  if (CREDIT.test(text)) return false;
  const rest = (text.slice(0, found.index) + " " + text.slice(found.index + found[0].length))
    .replace(/\b(the|image|icon|of|a|an|official|by|from)\b/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return rest.split(" ").filter(Boolean).length <= 2;
}

/**
 * The URL's file name contains one of the parts (lower case, with or without its separators:
 * `-`, `_`, `.`, spaces), or the URL matches a `/regex/`.
 * @example matchesFileName("https://x.example/up/dcnf-logo.png", ["dcnf"]) // true
 */
export function matchesFileName(url: string, patterns: string[]): boolean {
  if (patterns.length === 0) return false;
  const name = fileName(url);
  return patterns.some((pattern) => {
    const regex = patternRegex(pattern);
    return regex ? regex.test(url) : name.includes(pattern.toLowerCase()) || squash(name).includes(squash(pattern.toLowerCase()));
  });
}

/** A file name without its word separators: "dailycaller-news-foundation" names what "dailycallernewsfoundation" does. */
function squash(name: string): string {
  return name.replace(/[-_.\s]+/g, "");
}

const patternRegexes = new Map<string, RegExp | null>();
/** A `/regex/flags` pattern compiled once (null for a plain file-name part). */
function patternRegex(pattern: string): RegExp | null {
  let regex = patternRegexes.get(pattern);
  if (regex === undefined) {
    const m = /^\/(.+)\/([a-z]*)$/.exec(pattern);
    regex = m ? new RegExp(m[1]!, m[2]) : null;
    if (patternRegexes.size < 1000) patternRegexes.set(pattern, regex);
  }
  if (regex) regex.lastIndex = 0; // a pattern with the g or y flag: test() from the start, as a fresh one would
  return regex;
}

/**
 * Why an image is not seen: hidden by CSS or markup, rendered at tracking-pixel size, or left
 * with a placeholder no script replaces; null when it is seen. A `<noscript>` fallback is seen
 * as its lazy twin is (browsers running scripts show the twin, not the fallback).
 * @example imageHiddenReason(page, image) // "it is 1×1 px"
 */
export function imageHiddenReason(page: Page, image: PageImage): string | null {
  if (image.noscript) {
    if (image.lazyTwin) {
      const why = imageHiddenReason(page, image.lazyTwin);
      if (why) return why;
    } else if (!/lazy/i.test(image.noscript.attribs.class ?? "")) {
      // <noscript class="loading-lazy">: a polyfill's script moves the markup out; otherwise it stays unseen.
      return "it is only in a <noscript> fallback, which browsers running scripts do not show";
    }
    const why = page.hiddenReason(image.noscript.parent ?? image.noscript);
    if (why) return why;
  } else {
    const why = ownLazyState(page, image) ? null : page.hiddenReason(image.node);
    if (why) return why;
    const shrunk = image.kind === "background" ? null : page.visibility.shrunkReason(image.node); // a box with a background may take its height from padding
    if (shrunk) return shrunk;
  }
  const { width, height } = image;
  if ((width !== null && width <= TINY) || (height !== null && height <= TINY)) {
    return `it is ${width ?? "?"}×${height ?? "?"} px`;
  }
  return placeholderReason(image);
}

/**
 * A lazy image's own opacity:0 or visibility:hidden is the loader's "not loaded yet" state
 * (LiteSpeed's `img[data-lazyloaded]{opacity:0}`, vanilla-lazyload's `img:not([src])`, Gatsby's
 * inline opacity:0): the script shows the image once its URL is swapped in. display:none is not.
 */
function ownLazyState(page: Page, image: PageImage): boolean {
  if (image.kind !== "img" && image.kind !== "amp-img") return false;
  const lazy = image.urlAttributes.some((attribute) => attribute !== "src" && attribute !== "srcset" && !attribute.startsWith("source "));
  if (!lazy) return false;
  const why = page.hiddenReason(image.node);
  return why !== null && /^(opacity:0|visibility:hidden) /.test(why) && page.hiddenReason(image.node.parent ?? image.node) === null;
}

// A data: URI this short is a transparent GIF or an empty SVG box, not a logo drawn inline.
const PLACEHOLDER_MAX = 400;
const LOOKS_LIKE_IMAGE_URL = /\.(png|jpe?g|gif|svg|webp|avif)\b|^(https?:)?\/\//i;

/** An `<img>` whose only source is a placeholder: its lazy-loader has no URL to swap in. */
function placeholderReason(image: PageImage): string | null {
  if (image.urls.length || (image.kind !== "img" && image.kind !== "amp-img")) return null;
  const attrs = image.node.attribs;
  // A URL in an attribute we do not know may be a lazy-loader's: then we cannot tell.
  if (Object.entries(attrs).some(([name, value]) => name !== "src" && LOOKS_LIKE_IMAGE_URL.test(value))) return null;
  const src = attrs.src?.trim() ?? "";
  if (!src) return "it has no image source";
  return /^data:/i.test(src) && src.length <= PLACEHOLDER_MAX ? "its only source is a data: placeholder that no lazy-loader replaces" : null;
}

/**
 * A compact description for a report: `<img alt="…" src="…/dcnf-logo.png">`.
 * @example describeImage(image) // '<img alt="DCNF" src="…/dcnf.png">'
 */
export function describeImage(image: PageImage): string {
  const url = image.urls[0];
  const label = image.label ? ` ${image.kind === "img" || image.kind === "amp-img" ? "alt" : "label"}="${image.label}"` : "";
  if (url && image.urlAttributes[0] === "page <style>") return `<${image.node.name}${label}> (background …/${fileName(url)} from the page's <style>)`;
  const src = url ? ` ${image.urlAttributes[0]}="…/${fileName(url)}"` : "";
  return `<${image.node.name}${label}${src}>`;
}
