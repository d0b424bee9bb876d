/**
 * Tag and category links: labels that file the story under a topic ("Daily Caller", "National"),
 * printed by themes right beside the byline. They credit no one, so they are never a byline's
 * affiliation nor a look-alike credit.
 */
import type { AnyNode, Element } from "domhandler";
import { collapsedLength, findDescendants } from "./dom.js";

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

/** Archive URLs of tags and categories (WordPress, Drupal, Ghost, Hugo). */
const ARCHIVE_HREF = /\/(?:tags?|category|categories|topics?|taxonomy\/term)\//i;
/** Words a tag list prints besides its links: "Categorized as", "Posted in", "Tagged", commas. */
const LEAD_TEXT_MAX = 30;

/**
 * Whether the element is a tag or category link, or a list made of them. A class alone does
 * not make one: a `<span class="tag">DCNF</span>` badge or a "source-tag" span beside the
 * byline is how some themes print the affiliation, so a list must hold archive links.
 * @example isTaxonomy(<span class="tags-links">) // true
 */
export function isTaxonomy(el: Element): boolean {
  const { rel, class: cls } = el.attribs;
  if (el.name === "a") return (rel !== undefined && REL.test(rel)) || (hasTaxonomyClass(cls) && ARCHIVE_HREF.test(el.attribs.href ?? ""));
  if (!hasTaxonomyClass(cls) || collapsedLength(el) > MAX_LENGTH) return false;
  const links = findDescendants(el, (d) => d.name === "a");
  if (links.length === 0 || !links.every((a) => (a.attribs.rel !== undefined && REL.test(a.attribs.rel)) || ARCHIVE_HREF.test(a.attribs.href ?? ""))) return false;
  const linkText = links.reduce((sum, a) => sum + collapsedLength(a), 0);
  return collapsedLength(el) - linkText <= LEAD_TEXT_MAX + links.length * 3; // plus ", " between links
}

function hasTaxonomyClass(cls: string | undefined): boolean {
  if (cls === undefined || BYLINE.test(cls)) return false;
  return cls.toLowerCase().split(/\s+/).some((t) => t !== "" && CLASS.test(t));
}

/**
 * Whether the node is inside a tag or category link or list.
 * @example inTaxonomy(textNodeOfTagLink) // true
 */
export function inTaxonomy(node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n && n.type !== "root"; n = n.parent) if (n.type === "tag" && isTaxonomy(n as Element)) return true;
  return false;
}
