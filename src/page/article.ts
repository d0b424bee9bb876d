/**
 * Where is the article? Finds the story text container by paragraph density, the headline that
 * belongs to it, and the region that holds both (where bylines, credit lines and logos go).
 * Listing pages (home, section, tag, author archives) have no article: rules do not apply.
 */
import type { AnyNode, Element } from "domhandler";
import { closest, collapsedLength, findDescendant, hasAncestorNamed, hasToken, textContent, type DomIndex } from "./dom.js";
import type { PageMetadata } from "./metadata.js";
import { isArticleType } from "./metadata.js";
import { nodeSpan, type Span } from "./parse.js";
import { isAncestor } from "./tree.js";

export interface ArticleRegion {
  /** The element that holds the headline and the story text (or the story text alone). */
  root: Element;
  /** The story text container. */
  body: Element;
  /** The story's headline, when found. */
  headline: Element | null;
  /** Source span counted as the article: `root`, widened to start at the headline when the
   * headline sits outside it (themes that print title and byline above the content wrapper). */
  span: Span;
}

export type ArticleFacet = { found: true; region: ArticleRegion } | { found: false; reason: string };

// CMS body classes of list pages (WordPress, Ghost, Drupal) and of single articles.
const LISTING_CLASSES = /(^|\s)(home|blog|archive|category|tag|search|search-results|author|paged|home-template|tag-template|author-template|paged-template|path-frontpage|path-taxonomy|page-taxonomy|section-front|collection-type-blog)(\s|$)/i;
const SINGLE_CLASSES = /(^|\s)(single|single-post|post-template|page-node-type-article|article-page|view-item|blog-item)(\s|$)/i;
const LISTING_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/;
const MIN_PARAGRAPH = 25;

/**
 * Find the article, or say why the page has none.
 * @example findArticle(index, readMetadata(index)) // { found: true, region: { root, body, headline, span } }
 */
export function findArticle(index: DomIndex, metadata: PageMetadata): ArticleFacet {
  const bodyClass = `${index.first("body")?.attribs.class ?? ""} ${index.first("html")?.attribs.class ?? ""}`;
  if (LISTING_CLASSES.test(bodyClass) && !SINGLE_CLASSES.test(bodyClass)) {
    return { found: false, reason: "listing page (home, section, tag or author archive)" };
  }
  const best = densestTextContainer(index);
  const articleSignal = metadata.ogType === "article" || [...metadata.types].some(isArticleType) || SINGLE_CLASSES.test(bodyClass);
  const listingSignal = metadata.ogType === "website" || [...metadata.types].some((t) => LISTING_TYPES.test(t));
  // A short story (a brief) still counts when a headline stands right above its paragraphs.
  const headed = !!best && best.paragraphs >= 3 && !!findHeadline(index, best.element, metadata);
  const needed = articleSignal ? 300 : listingSignal ? 1500 : headed ? 400 : 800;
  if (!best || best.score < needed || (!articleSignal && best.paragraphs < (headed ? 3 : 4))) {
    return { found: false, reason: listingSignal ? "listing page: no single article's text" : "no article text found" };
  }
  const body = best.element;
  const headline = findHeadline(index, body, metadata);
  const root = articleRoot(body, headline);
  const rootSpan = nodeSpan(root) ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
  const headSpan = headline ? nodeSpan(headline) : null;
  const span = headSpan && headSpan.start < rootSpan.start ? { start: headSpan.start, end: rootSpan.end } : rootSpan;
  return { found: true, region: { root, body, headline, span } };
}

interface Scored {
  element: Element;
  score: number;
  paragraphs: number;
}

/** The element whose own paragraphs carry the most text (Readability's core idea, simplified). */
function densestTextContainer(index: DomIndex): Scored | null {
  const scores = new Map<Element, Scored>();
  const chrome = new Map<Element, boolean>(); // per parent: inside navigation, footer, aside…?
  for (const p of index.named("p")) {
    const parent = p.parent;
    if (!parent || parent.type !== "tag" || !hasAncestorNamed(p, "body")) continue; // `body p`
    const length = collapsedLength(p);
    if (length < MIN_PARAGRAPH) continue;
    let excluded = chrome.get(parent as Element);
    if (excluded === undefined) chrome.set(parent as Element, (excluded = inPageChrome(parent as Element)));
    if (excluded) continue;
    let entry = scores.get(parent as Element);
    if (!entry) scores.set(parent as Element, (entry = { element: parent as Element, score: 0, paragraphs: 0 }));
    entry.score += length;
    entry.paragraphs += 1;
  }
  let best: Scored | null = null;
  for (const entry of scores.values()) if (!best || entry.score > best.score) best = entry;
  return best;
}

const CHROME_TAGS = new Set(["nav", "footer", "aside", "noscript", "template"]);
const CHROME_ROLES = new Set(["contentinfo", "complementary"]);

function inPageChrome(el: Element): boolean {
  for (let node: AnyNode | null = el; node && node.type === "tag"; node = node.parent) {
    const tag = node as Element;
    if (CHROME_TAGS.has(tag.name) || CHROME_ROLES.has(tag.attribs.role ?? "")) return true;
  }
  return false;
}

/** The headline: the visible `<h1>` nearest before the story text (or the first inside it). */
function findHeadline(index: DomIndex, body: Element, metadata: PageMetadata): Element | null {
  const bodyStart = nodeSpan(body)?.start ?? Number.MAX_SAFE_INTEGER;
  const title = (metadata.meta.get("og:title") ?? index.named("title").map((t) => textContent(t)).join("")).toLowerCase().replace(/\s+/g, " ").trim();
  const h1s = index.named("h1").filter((h) => hasAncestorNamed(h, "body") && !closest(h, isMasthead));
  const before = h1s.filter((h) => (nodeSpan(h)?.start ?? 0) < bodyStart);
  const titled = h1s.find((h) => {
    const text = textContent(h).toLowerCase().replace(/\s+/g, " ").trim();
    return text.length > 10 && title.includes(text);
  });
  if (titled) return titled;
  if (before.length) return before[before.length - 1]!;
  if (h1s.length) return h1s[0]!;
  return index.elements.find(isHeadlineMarkup) ?? null;
}

/** `[role=banner], .site-header, #masthead, .site-branding, nav` */
function isMasthead(el: Element): boolean {
  const a = el.attribs;
  return el.name === "nav" || a.role === "banner" || a.id === "masthead" || hasToken(a.class, "site-header") || hasToken(a.class, "site-branding");
}

/** `[itemprop=headline], .entry-title, .post-title, .article-title, .headline` */
function isHeadlineMarkup(el: Element): boolean {
  const a = el.attribs;
  return a.itemprop === "headline" || hasToken(a.class, "entry-title") || hasToken(a.class, "post-title") || hasToken(a.class, "article-title") || hasToken(a.class, "headline");
}

/** `article, [role=article], [itemtype*=Article], .hentry, .node--type-article, .post, .gh-article` */
function isSemanticArticle(el: Element): boolean {
  const a = el.attribs;
  if (el.name === "article" || a.role === "article" || (a.itemtype !== undefined && a.itemtype.includes("Article"))) return true;
  const cls = a.class;
  return hasToken(cls, "hentry") || hasToken(cls, "node--type-article") || hasToken(cls, "post") || hasToken(cls, "gh-article");
}

/** `[role=banner], .site-header, #masthead, [role=contentinfo], .site-footer, #colophon, aside, [role=complementary]` */
function isPageChrome(el: Element): boolean {
  const a = el.attribs;
  return el.name === "aside" || a.role === "banner" || a.role === "contentinfo" || a.role === "complementary" || a.id === "masthead" || a.id === "colophon" ||
    hasToken(a.class, "site-header") || hasToken(a.class, "site-footer");
}

/** The smallest element holding headline and text, unless that is the whole page layout. */
function articleRoot(body: Element, headline: Element | null): Element {
  const candidate = closest(body, isSemanticArticle) ?? body;
  if (!headline || isAncestor(candidate, headline) || candidate === headline) return candidate;
  // Headline outside the semantic container: take the common ancestor if it is not the layout.
  let common: Element | undefined;
  for (let a = headline.parent; a && a.type !== "root"; a = a.parent) {
    if (isAncestor(a, body)) {
      common = a as Element;
      break;
    }
  }
  if (!common || common.name === "body" || common.name === "html") return candidate;
  if (findDescendant(common, isPageChrome)) return candidate;
  return common;
}
