/**
 * Which part of the page a node is in, as a reader would name it. Rules use it to tell a byline
 * from a teaser, an affiliation from a footer credit, and to say where something was found.
 */
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { ArticleFacet, ArticleRegion } from "./article.js";
import { nodeSpan } from "./parse.js";

export type Zone =
  | "article" // the story: headline, byline, text, its own header/footer
  | "caption" // a photo caption or credit
  | "related" // related / recommended stories, read-next lists
  | "teaser" // a card for another story
  | "sidebar"
  | "comments"
  | "navigation"
  | "site-header"
  | "site-footer"
  | "page"; // anything else (main column outside the article, a listing page)

/** Zones inside the article that are not the story itself (checked before reaching the root). */
const INNER: [Zone, string][] = [
  ["caption", "figcaption, .wp-caption-text, .wp-element-caption, [class*=caption], [class*=photo-credit], [class*=image-credit], .credit, .kg-card figcaption"],
  ["related", "[class*=related], [id*=related], .jp-relatedposts, [class*=recommend], [class*=more-stories], [class*=read-next], .read-more, [class*=also-read], [class*=trending], [class*=most-read], [class*=most-popular], [class*=popular-posts]"],
  ["comments", "#comments, .comments-area, [class*=comments], .comment"],
  ["sidebar", "aside, [role=complementary], .sidebar, #sidebar, #secondary, .widget-area, .widget"],
];
/** Page chrome: only counted when outside the article. */
const OUTER: [Zone, string][] = [
  ["navigation", "nav, [role=navigation]"],
  ["site-header", "header, [role=banner], .site-header, #masthead"],
  ["site-footer", "footer, [role=contentinfo], .site-footer, #colophon"],
];

export class ZoneModel {
  private readonly cache = new WeakMap<Element, Zone>();

  constructor(
    private readonly $: CheerioAPI,
    private readonly article: ArticleFacet,
  ) {}

  /**
   * The zone of a node.
   * @example zones.of($("aside .byline")[0]) // "sidebar"
   */
  of(node: AnyNode): Zone {
    const el = (node.type === "tag" ? node : node.parent) as Element | null;
    if (!el || el.type !== "tag") return "page";
    const cached = this.cache.get(el);
    if (cached) return cached;
    const zone = this.compute(el);
    this.cache.set(el, zone);
    return zone;
  }

  /** True when the node is in the article itself (not a caption, teaser or widget inside it). */
  inArticle(node: AnyNode): boolean {
    return this.of(node) === "article";
  }

  /** The nearest ancestor that marks a zone decides; inside the article only inner zones count. */
  private compute(el: Element): Zone {
    const region = this.article.found ? this.article.region : null;
    const span = nodeSpan(el);
    const inside = !!region && !!span && span.start >= region.span.start && span.end <= region.span.end;
    const zones = inside ? INNER : [...INNER, ...OUTER];
    for (let node: Element | null = el; node && node.type === "tag"; node = node.parent as Element | null) {
      if (inside && !this.isWithinRegion(node)) break;
      const $node = this.$(node);
      for (const [zone, selector] of zones) if ($node.is(selector)) return zone;
      if (node.name === "article" && region && this.isStoryCard(node, region)) return "teaser";
    }
    return inside ? "article" : "page";
  }

  /**
   * A nested `<article>` with a heading or a linked title is a card for another story; one
   * without (Drupal renders embedded media as `<article class="media">`) is part of this one.
   */
  private isStoryCard(node: Element, region: ArticleRegion): boolean {
    if (node === region.root || node === region.body) return false;
    const $node = this.$(node);
    if ($node.find(region.body).length) return false;
    return $node.find("h1, h2, h3, h4, h5, h6").length > 0 || ($node.find("a[href]").length > 0 && $node.text().trim().length > 20);
  }

  /** Whether an ancestor lies inside the article region (not around it). */
  private isWithinRegion(ancestor: Element): boolean {
    if (!this.article.found) return false;
    const span = nodeSpan(ancestor);
    const region = this.article.region.span;
    return !!span && span.start >= region.start && span.end <= region.end;
  }
}
