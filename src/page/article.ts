/**
 * Where is the article? Finds the story text container by paragraph density, the headline that
 * belongs to it, and the region that holds both (where bylines, credit lines and logos go).
 * Listing pages (home, section, tag, author archives) have no article: rules do not apply.
 */
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { textContent } from "domutils";
import type { PageMetadata } from "./metadata.js";
import { isArticleType } from "./metadata.js";
import { nodeSpan, type Span } from "./parse.js";

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
 * @example findArticle($, readMetadata($)) // { found: true, region: { root, body, headline, span } }
 */
export function findArticle($: CheerioAPI, metadata: PageMetadata): ArticleFacet {
  const bodyClass = `${$("body").attr("class") ?? ""} ${$("html").attr("class") ?? ""}`;
  if (LISTING_CLASSES.test(bodyClass) && !SINGLE_CLASSES.test(bodyClass)) {
    return { found: false, reason: "listing page (home, section, tag or author archive)" };
  }
  const best = densestTextContainer($);
  const articleSignal = metadata.ogType === "article" || [...metadata.types].some(isArticleType) || SINGLE_CLASSES.test(bodyClass);
  const listingSignal = metadata.ogType === "website" || [...metadata.types].some((t) => LISTING_TYPES.test(t));
  // A short story (a brief) still counts when a headline stands right above its paragraphs.
  const headed = !!best && best.paragraphs >= 3 && !!findHeadline($, best.element, metadata);
  const needed = articleSignal ? 300 : listingSignal ? 1500 : headed ? 400 : 800;
  if (!best || best.score < needed || (!articleSignal && best.paragraphs < (headed ? 3 : 4))) {
    return { found: false, reason: listingSignal ? "listing page: no single article's text" : "no article text found" };
  }
  const body = best.element;
  const headline = findHeadline($, body, metadata);
  const root = articleRoot($, body, headline);
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
function densestTextContainer($: CheerioAPI): Scored | null {
  const scores = new Map<Element, Scored>();
  const chrome = new Map<Element, boolean>(); // per parent: inside navigation, footer, aside…?
  $("body p").each((_, node) => {
    const p = node as Element;
    const parent = p.parent;
    if (!parent || parent.type !== "tag") return;
    const length = textLength(p);
    if (length < MIN_PARAGRAPH) return;
    let excluded = chrome.get(parent as Element);
    if (excluded === undefined) chrome.set(parent as Element, (excluded = inPageChrome(parent as Element)));
    if (excluded) return;
    const entry = scores.get(parent as Element) ?? { element: parent as Element, score: 0, paragraphs: 0 };
    entry.score += length;
    entry.paragraphs += 1;
    scores.set(parent as Element, entry);
  });
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

/** Length of the paragraph's text with white space collapsed, without building the string twice. */
function textLength(el: Element): number {
  return textContent(el).replace(/\s+/g, " ").trim().length;
}

/** The headline: the visible `<h1>` nearest before the story text (or the first inside it). */
function findHeadline($: CheerioAPI, body: Element, metadata: PageMetadata): Element | null {
  const bodyStart = nodeSpan(body)?.start ?? Number.MAX_SAFE_INTEGER;
  const title = (metadata.meta.get("og:title") ?? $("title").text()).toLowerCase().replace(/\s+/g, " ").trim();
  const h1s = $("body h1").toArray().filter((h) => !$(h).closest("[role=banner], .site-header, #masthead, .site-branding, nav").length);
  const before = h1s.filter((h) => (nodeSpan(h)?.start ?? 0) < bodyStart);
  const titled = h1s.find((h) => {
    const text = $(h).text().toLowerCase().replace(/\s+/g, " ").trim();
    return text.length > 10 && title.includes(text);
  });
  if (titled) return titled;
  if (before.length) return before[before.length - 1]!;
  if (h1s.length) return h1s[0]!;
  const fallback = $("[itemprop=headline], .entry-title, .post-title, .article-title, .headline").first();
  return fallback.length ? (fallback[0] as Element) : null;
}

/** The smallest element holding headline and text, unless that is the whole page layout. */
function articleRoot($: CheerioAPI, body: Element, headline: Element | null): Element {
  const $body = $(body);
  const semantic = $body.closest("article, [role=article], [itemtype*=Article], .hentry, .node--type-article, .post, .gh-article");
  const candidate = semantic.length ? (semantic[0] as Element) : body;
  if (!headline || $(candidate).find(headline).length || candidate === headline) return candidate;
  // Headline outside the semantic container: take the common ancestor if it is not the layout.
  const common = $(headline).parents().toArray().find((a) => $(a).find(body).length) as Element | undefined;
  if (!common || common.name === "body" || common.name === "html") return candidate;
  if ($(common).find("[role=banner], .site-header, #masthead, [role=contentinfo], .site-footer, #colophon, aside, [role=complementary]").length) return candidate;
  return common;
}
