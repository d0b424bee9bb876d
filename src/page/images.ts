/**
 * Every image-like thing on the page with every URL it may show, whatever a lazy-loader did to
 * it: `img` (src, srcset, data-src, data-lazy-src, data-original, data-srcset ...), `picture`
 * sources, `amp-img`, inline `svg` with a title, CSS background images (inline or from the page's
 * `<style>`), and the `<noscript>` fallbacks that parse5 keeps as text (parsed here, with exact
 * locations).
 */
import type { AnyNode, Element } from "domhandler";
import { DomIndex, elementChildren, findDescendant, findDescendants, hasAncestorNamed, isElement, textContent } from "./dom.js";
import { parseFragmentAt } from "./parse.js";
import type { SheetBackground } from "./sheet-backgrounds.js";
import { resolveHref } from "./tree.js";
import { pixels } from "./visibility.js";

export type ImageKind = "img" | "amp-img" | "svg" | "background" | "input";

export interface PageImage {
  node: Element;
  kind: ImageKind;
  /** Every candidate URL, resolved against the page URL when it has one. */
  urls: string[];
  /** The attribute each URL came from, parallel to `urls` (e.g. `data-lazy-src`). */
  urlAttributes: string[];
  /** What the image says it is: alt, title, aria-label, an SVG's `<title>`, a link's label. */
  label: string;
  /** Rendered size from width/height attributes or inline style, when stated in pixels. */
  width: number | null;
  height: number | null;
  /** The `<noscript>` element whose fallback markup holds this image, if any. */
  noscript: Element | null;
  /**
   * For a `<noscript>` fallback: the lazy-loaded image beside it that browsers running scripts
   * show instead (WP Rocket and lazysizes put it before, Squarespace after); null when none.
   */
  lazyTwin: PageImage | null;
}

const URL_ATTRIBUTES = ["src", "data-src", "data-lazy-src", "data-original", "data-orig-src", "data-lazy", "data-url", "data-image", "data-fallback-src", "data-hi-res-src", "data-full-url"];
const SRCSET_ATTRIBUTES = ["srcset", "data-srcset", "data-lazy-srcset"];

/**
 * Collect the page's images, including those in `<noscript>` fallbacks.
 * @example collectImages(index, source, "https://partner.example/story/")[0].urls // ["https://partner.example/dcnf-logo.png"]
 */
export function collectImages(index: DomIndex, source: string, baseUrl: string | undefined, backgrounds: readonly SheetBackground[] = []): PageImage[] {
  const images: PageImage[] = [];
  const byNode = new Map<Element, PageImage>();
  const gather = (elements: readonly Element[], noscript: Element | null, twins: PageImage[]) => {
    for (const el of elements) {
      if (!isImageLike(el)) continue;
      const image = describe(el, baseUrl, noscript);
      if (!image) continue;
      // Of the images beside the <noscript>, the one showing the same URL (Squarespace puts each
      // fallback before its image, so the one before may be the previous image's).
      image.lazyTwin = twins.find((twin) => twin.urls.some((url) => image.urls.includes(url))) ?? twins[0] ?? null;
      images.push(image);
      if (!noscript) byNode.set(el, image);
    }
  };
  gather(index.elements, null, []);
  for (const noscript of index.named("noscript")) {
    const text = noscript.children[0];
    if (!text || text.type !== "text" || !/<(img|amp-img|picture|svg)/i.test(text.data)) continue;
    if (text.startIndex === null || text.endIndex === null) continue;
    const twins = lazyTwinElements(noscript).map((el) => byNode.get(el)).filter((image) => image !== undefined);
    gather(new DomIndex(parseFragmentAt(source, text.startIndex, text.endIndex, noscript)).elements, noscript, twins);
  }
  for (const { element, url, pseudo } of backgrounds) {
    const image = byNode.get(element);
    if (image?.kind === "background") continue; // an inline style wins over the sheet's
    const resolved = resolveHref(url, baseUrl);
    images.push({ node: element, kind: "background", urls: [resolved], urlAttributes: ["page <style>"], label: pseudo ? "" : backgroundLabel(element), width: null, height: null, noscript: null, lazyTwin: null });
  }
  return images;
}

/**
 * The image elements right before and after a `<noscript>`, each either the sibling itself or
 * the only image inside it (a `<picture>`, or the link a theme wraps the lazy image in).
 */
function lazyTwinElements(noscript: Element): Element[] {
  const found: Element[] = [];
  for (const step of ["prev", "next"] as const) {
    let node = noscript[step];
    while (node && node.type === "text" && !node.data.trim()) node = node[step];
    if (!isElement(node) || node.name === "noscript") continue;
    if (isImageLike(node)) found.push(node);
    else {
      const inside = findDescendants(node, (d) => d.name === "img" || d.name === "amp-img"); // a <noscript>'s markup is text: never found
      if (inside.length === 1) found.push(inside[0]!);
    }
  }
  return found;
}

/** `img, amp-img, svg, input[type=image i], [style*=background]` */
function isImageLike(el: Element): boolean {
  const name = el.name;
  if (name === "img" || name === "amp-img" || name === "svg") return true;
  if (name === "input") {
    const type = el.attribs.type;
    if (type !== undefined && type.length === 5 && type.toLowerCase() === "image") return true;
  }
  const style = el.attribs.style;
  return style !== undefined && style.includes("background");
}

function describe(el: Element, baseUrl: string | undefined, noscript: Element | null): PageImage | null {
  const name = el.name.toLowerCase();
  const attrs = el.attribs;
  const urls: string[] = [];
  const urlAttributes: string[] = [];
  const add = (raw: string | undefined, attribute: string) => {
    if (!raw) return;
    const trimmed = raw.trim();
    if (/^data:/i.test(trimmed)) return;
    const url = resolveHref(trimmed, baseUrl);
    if (!urls.includes(url)) {
      urls.push(url);
      urlAttributes.push(attribute);
    }
  };
  let kind: ImageKind;
  let label: string;
  if (name === "svg") {
    if (hasAncestorNamed(el, "svg")) return null;
    kind = "svg";
    const title = elementChildren(el).find((child) => child.name === "title");
    label = joinPresent(attrs["aria-label"], title ? textContent(title) : "", attrs.title) || spriteName(el);
    for (const img of findDescendants(el, (d) => d.name === "image")) add(img.attribs.href ?? img.attribs["xlink:href"], "href");
  } else if (name === "img" || name === "amp-img" || name === "input") {
    kind = name === "img" ? "img" : name === "amp-img" ? "amp-img" : "input";
    if (name === "img" && isElement(el.parent) && el.parent.name === "amp-img") return null; // amp-img's own fallback
    label = joinPresent(attrs.alt, attrs.title, attrs["aria-label"]);
    for (const attr of URL_ATTRIBUTES) add(attrs[attr], attr);
    for (const attr of SRCSET_ATTRIBUTES) if (attrs[attr]) for (const url of srcsetUrls(attrs[attr])) add(url, attr);
    // <picture><source srcset media=...><img></picture>: the sources are the same image's candidates.
    const picture = isElement(el.parent) && el.parent.name === "picture" ? el.parent : null;
    if (picture) for (const source of elementChildren(picture)) {
      if (source.name !== "source") continue;
      for (const attr of SRCSET_ATTRIBUTES) for (const url of srcsetUrls(source.attribs[attr])) add(url, `source ${attr}`);
    }
  } else {
    const background = /background(?:-image)?\s*:[^;]*url\(\s*(['"]?)([^'")]+)\1\s*\)/i.exec(attrs.style ?? "");
    if (!background) return null;
    kind = "background";
    add(background[2], "style");
    label = backgroundLabel(el);
  }
  const size = (prop: "width" | "height") => {
    if (kind === "background" && /padding/i.test(attrs.style ?? "")) return null; // height:0 + padding-bottom: an aspect-ratio box
    const fromStyle = attrs.style ? SIZE_IN_STYLE[prop].exec(attrs.style)?.[1] : undefined;
    if (fromStyle !== undefined) return pixels(fromStyle.replace(/\s*!important/, ""));
    const attr = attrs[prop]?.trim(); // width="1": HTML size attributes are pixels without a unit
    return attr && /^\d+(\.\d+)?(px)?$/.test(attr) ? parseFloat(attr) : null;
  };
  return { node: el, kind, urls, urlAttributes, label: label.trim(), width: size("width"), height: size("height"), noscript, lazyTwin: null };
}

const SIZE_IN_STYLE = { width: /(?:^|;)\s*width\s*:\s*([^;]+)/i, height: /(?:^|;)\s*height\s*:\s*([^;]+)/i };

/**
 * An icon sprite's logo symbol id as words: `<use href="#dcnf-logo">` → "dcnf logo". Only ids
 * that say logo: sprites also hold share and menu icons named after the site.
 */
function spriteName(svg: Element): string {
  const use = findDescendants(svg, (d) => d.name === "use")[0];
  const href = use && (use.attribs.href ?? use.attribs["xlink:href"]);
  const words = href?.includes("#") ? href.slice(href.indexOf("#") + 1).replace(/[-_.]+/g, " ") : "";
  return /\b(logo|wordmark)\b/i.test(words) ? words : "";
}

/**
 * What an element with a background image says it is: its aria-label or title, else its text
 * when that is a short label (a badge's "Daily Caller News Foundation"), never a block of story
 * text that happens to name the newswire (a textured `.entry-content`).
 */
function backgroundLabel(el: Element): string {
  const named = joinPresent(el.attribs["aria-label"], el.attribs.title, undefined);
  if (named) return named;
  if (findDescendant(el, (d) => BLOCKS.has(d.name))) return "";
  const text = textContent(el).replace(/\s+/g, " ").trim();
  return text.length <= LABEL_MAX ? text : "";
}
const BLOCKS = new Set(["p", "div", "section", "article", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure"]);
const LABEL_MAX = 80;

/** `[a, b, c].filter(Boolean).join(" ")` */
function joinPresent(a: string | undefined, b: string | undefined, c: string | undefined): string {
  let out = a || "";
  if (b) out = out ? `${out} ${b}` : b;
  if (c) out = out ? `${out} ${c}` : c;
  return out;
}

function srcsetUrls(srcset: string | undefined): string[] {
  if (!srcset) return [];
  return srcset.split(/,\s+(?=\S)/).map((entry) => entry.trim().split(/\s+/)[0]!).filter(Boolean);
}

/** The URL's last path segment, decoded and lower-cased: where a logo's file name tells. */
export function fileName(url: string): string {
  let end = url.length;
  for (let i = 0; i < end; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x3f /* ? */ || c === 0x23 /* # */) end = i;
  }
  const last = url.slice(url.lastIndexOf("/", end - 1) + 1, end);
  if (!last.includes("%")) return last.toLowerCase();
  try {
    return decodeURIComponent(last).toLowerCase();
  } catch {
    return last.toLowerCase();
  }
}

/** Whether an image sits inside another node (for "is the logo with the article"). */
export function hostOf(image: PageImage): AnyNode {
  return image.noscript ?? image.node;
}
