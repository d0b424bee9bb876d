/** Words for the places a rule found something, used in messages. */
import type { AnyNode } from "domhandler";
import type { Page } from "./page.js";
import { inTaxonomy } from "./taxonomy.js";
import { isAncestor } from "./tree.js";
import type { Zone } from "./zones.js";

const PLACES: Record<Zone | "comment" | "metadata", string> = {
  article: "the story text",
  caption: "a photo caption or credit",
  related: "a related-stories list",
  teaser: "a teaser for another story",
  sidebar: "a sidebar",
  comments: "the comments",
  navigation: "the navigation",
  "site-header": "the site header",
  "site-footer": "the site footer",
  page: "the page outside the article",
  comment: "an HTML comment",
  metadata: "the page's metadata (JSON-LD or meta tags)",
};

/**
 * @example describePlace("site-footer") // "the site footer"
 */
export function describePlace(zone: Zone | "comment" | "metadata"): string {
  return PLACES[zone];
}

/**
 * Where a node is, more precisely than its zone: in the article, a tag or category link, or
 * above the story text (the header: headline, meta line) or below it (tags, author box) rather
 * than in it. "Named only in the story text" must not be said of the header's meta line.
 * @example describeNode(page, hit.node, hit.zone) // "the article header"
 */
export function describeNode(page: Page, node: AnyNode, zone: Zone | "comment"): string {
  if (zone !== "article" || !page.article.found) return describePlace(zone);
  if (inTaxonomy(node)) return "a tag or category link";
  const body = page.article.region.body;
  if (node === body || isAncestor(body, node) || isAncestor(node, body)) return describePlace(zone);
  const start = node.startIndex;
  const bodyStart = body.startIndex;
  if (start === null || bodyStart === null) return describePlace(zone);
  return start < bodyStart ? "the article header" : "the article footer";
}
