/**
 * Tag and category links: labels that file the story under a topic ("Daily Caller", "National"),
 * printed by themes right beside the byline. They credit no one, so they are never a byline's
 * affiliation nor a look-alike credit.
 */
import type { AnyNode, Element } from "domhandler";
import { collapsedLength } from "./dom.js";

/** `rel="tag"`, `rel="category tag"` (WordPress's `the_tags()` / `the_category()`). */
const REL = /(?:^|\s)(?:tag|category)(?:$|\s)/i;
/**
 * Class tokens of tag and category lists and links: `cat-links`, `tags-links`, `tag-links`,
 * `post-categories`, `td-post-category`, `field--name-field-tags` (Drupal),
 * `post-card-primary-tag` (Ghost), `tag-cloud-link`. Not WordPress's post classes
 * (`category-national`, `tag-china`), which name one topic on the whole `<article>`.
 */
const CLASS = /^(?:[a-z0-9]+[-_]+)*(?:cats?|tags?|categor(?:y|ies)|topics?)(?:[-_]+(?:links?|list|label))?$|^tag-?cloud(?:-link)?$/;
/** Byline parts are never taxonomy, whatever their class says ("byline-tag"). */
const BYLINE = /byline|author/i;
/** A tag list is short; anything longer holds more than labels. */
const MAX_LENGTH = 300;

/**
 * Whether the element is a tag or category link, or a list of them.
 * @example isTaxonomy(<span class="tags-links">) // true
 */
export function isTaxonomy(el: Element): boolean {
  const { rel, class: cls } = el.attribs;
  if (el.name === "a" && rel !== undefined && REL.test(rel)) return true;
  if (cls === undefined || BYLINE.test(cls)) return false;
  const tokens = cls.toLowerCase().split(/\s+/);
  return tokens.some((t) => t !== "" && CLASS.test(t)) && collapsedLength(el) <= MAX_LENGTH;
}

/**
 * Whether the node is inside a tag or category link or list.
 * @example inTaxonomy(textNodeOfTagLink) // true
 */
export function inTaxonomy(node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n && n.type !== "root"; n = n.parent) if (n.type === "tag" && isTaxonomy(n as Element)) return true;
  return false;
}
