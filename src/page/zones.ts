/**
 * Which part of the page a node is in, as a reader would name it. Rules use it to tell a byline
 * from a teaser, an affiliation from a footer credit, and to say where something was found.
 */
import type { AnyNode, Element } from "domhandler";
import type { ArticleFacet, ArticleRegion } from "./article.js";
import { findDescendant, hasAttribute, trimmedLength } from "./dom.js";
import type { Span } from "./parse.js";
import { isAncestor } from "./tree.js";

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

/**
 * How an element marks a zone: its tag, its ARIA role, or a class / id token. Tokens are
 * matched whole (or by a clear prefix / suffix), never as substrings: "layout-caption-below" is
 * no caption, and "b-right-rail__main" is the main column, not the rail.
 */
interface ZoneMarker {
  zone: Zone;
  tags?: string[];
  roles?: string[];
  token?: RegExp;
  ariaLabel?: RegExp;
}

/** Zones inside the article that are not the story itself. */
const INNER: ZoneMarker[] = [
  { zone: "caption", tags: ["figcaption"], token: /^(caption|caption-text|wp-caption-text|wp-element-caption|credit|[\w-]*(image|photo|media|figure|picture)-(caption|credit)|[\w-]+__(caption|credit))$/ },
  { zone: "related", token: /related|recommend|more-stories|read-next|^read-more$|also-read|trending|most-read|most-popular|popular-posts/ },
  { zone: "comments", token: /^(comments?|comments-area|comment-list|commentlist|disqus_thread)$|^comments[-_]/ },
  { zone: "sidebar", tags: ["aside"], roles: ["complementary"], token: /^(sidebar|widget-area|widget|secondary)$|^sidebar[-_]|[-_]sidebar$|(^|-)rail$|__rail$/ },
];
/** Page chrome, only counted outside the article; the footer wins over what it holds. */
const FOOTER: ZoneMarker = { zone: "site-footer", tags: ["footer"], roles: ["contentinfo"], token: /^(footer|site-footer|colophon|page-footer|global-footer)$|^footer[-_]|[-_]footer$/, ariaLabel: /^footer$/i };
const OUTER: ZoneMarker[] = [
  { zone: "navigation", tags: ["nav"], roles: ["navigation"] },
  { zone: "site-header", tags: ["header"], roles: ["banner"], token: /^(site-header|masthead)$/ },
];

/** The zone an element marks inside the article (inner markers only) and outside it (all). */
function markedZones(el: Element): readonly [Zone | null, Zone | null] {
  const { class: cls, id, role: rawRole } = el.attribs;
  const names = cls || id ? `${cls ?? ""} ${id ?? ""}`.toLowerCase() : "";
  // Every token a marker accepts contains one of these words: most elements need no split.
  const maybeToken = names !== "" && MARKER_WORDS.test(names);
  if (!maybeToken && !MARKER_TAGS.has(el.name) && !rawRole && el.attribs["aria-label"] === undefined) return UNMARKED;
  let tokens: string[] | null = null;
  const role = rawRole?.toLowerCase();
  const marks = (marker: ZoneMarker) => {
    if (marker.tags?.includes(el.name)) return true;
    if (role && marker.roles?.includes(role)) return true;
    if (marker.ariaLabel && marker.ariaLabel.test(el.attribs["aria-label"] ?? "")) return true;
    if (!marker.token || !maybeToken) return false;
    tokens ??= names.split(/\s+/);
    return tokens.some((t) => t && marker.token!.test(t));
  };
  const inner = INNER.find(marks)?.zone ?? null;
  const outer = marks(FOOTER) ? FOOTER.zone : (inner ?? OUTER.find(marks)?.zone ?? null);
  return [inner, outer];
}

const UNMARKED = [null, null] as const;
const MARKER_TAGS = new Set(["figcaption", "aside", "footer", "nav", "header"]);
const MARKER_WORDS = /caption|credit|related|recommend|more-stories|read-next|read-more|also-read|trending|most-read|most-popular|popular-posts|comment|disqus_thread|sidebar|widget|secondary|rail|footer|colophon|site-header|masthead/;

/** The node has a span, inside `span`. */
function within(node: AnyNode, span: Span): boolean {
  const start = node.startIndex;
  const end = node.endIndex;
  return start !== null && end !== null && start >= span.start && end <= span.end;
}

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const isHeading = (el: Element) => HEADINGS.has(el.name);
const isLink = (el: Element) => el.name === "a" && hasAttribute(el, "href");

export class ZoneModel {
  private readonly cache = new Map<Element, Zone>();
  private readonly markers = new Map<Element, readonly [Zone | null, Zone | null]>();

  private marked(el: Element): readonly [Zone | null, Zone | null] {
    let zones = this.markers.get(el);
    if (!zones) this.markers.set(el, (zones = markedZones(el)));
    return zones;
  }

  constructor(private readonly article: ArticleFacet) {}

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
    const inside = !!region && within(el, region.span);
    if (inside) {
      // Inside the article the nearest inner marker decides, so a parent's answer is reusable.
      const own = this.marked(el)[0] ?? (el.name === "article" && this.isStoryCard(el, region!) ? "teaser" : null);
      if (own) return own;
      const parent = el.parent as Element | null;
      return parent && parent.type === "tag" && parent.name !== "body" && this.isWithinRegion(parent) ? this.of(parent) : "article";
    }
    // Outside the article the footer wins over what it holds (footer widgets, footer menus).
    let navigation = false; // a menu inside the site footer is "the site footer" to a reader
    for (let node: Element | null = el; node && node.type === "tag" && node.name !== "body"; node = node.parent as Element | null) {
      const zone = this.marked(node)[1];
      if (zone === "navigation") navigation = true;
      else if (zone === "site-footer" || (zone && !navigation)) return zone;
      if (node.name === "article" && region && this.isStoryCard(node, region)) return "teaser";
    }
    return navigation ? "navigation" : "page";
  }

  /**
   * A nested `<article>` with a heading or a linked title is a card for another story; one
   * without (Drupal renders embedded media as `<article class="media">`) is part of this one.
   */
  private isStoryCard(node: Element, region: ArticleRegion): boolean {
    if (node === region.root || node === region.body) return false;
    if (isAncestor(node, region.body)) return false;
    return !!findDescendant(node, isHeading) || (!!findDescendant(node, isLink) && trimmedLength(node) > 20);
  }

  /** Whether an ancestor lies inside the article region (not around it). */
  private isWithinRegion(ancestor: Element): boolean {
    return this.article.found && within(ancestor, this.article.region.span);
  }

}
