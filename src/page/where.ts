/** Words for the places a rule found something, used in messages. */
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
