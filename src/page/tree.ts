/** Small questions about the parsed tree and its URLs that several facets ask. */
import type { AnyNode } from "domhandler";

/**
 * Whether `outer` is a (strict) ancestor of `inner`.
 * @example isAncestor(article, byline) // true
 */
export function isAncestor(outer: AnyNode, inner: AnyNode): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}

/**
 * An href resolved against the page's URL; as written when there is no base or it is not a URL.
 * @example resolveHref("/a.png", "https://partner.example/story/") // "https://partner.example/a.png"
 */
export function resolveHref(href: string, base: string | undefined): string {
  if (!base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
