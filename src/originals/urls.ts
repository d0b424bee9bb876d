/** Comparing article URLs the way a reader would: same story, whatever the link decoration. */

/**
 * A URL reduced to what names the article: host without `www.`, path without a trailing slash,
 * no scheme, no fragment, no tracking parameters (`utm_*`, `fbclid`, `gclid`).
 * @example normalizeArticleUrl("http://www.dailycaller.com/2024/10/25/story?utm_source=x") // "dailycaller.com/2024/10/25/story"
 */
export function normalizeArticleUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  for (const key of [...url.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|mc_)/i.test(key)) url.searchParams.delete(key);
  const query = url.searchParams.toString();
  return `${url.hostname.toLowerCase().replace(/^www\./, "")}${url.pathname.replace(/\/+$/, "")}${query ? `?${query}` : ""}`;
}

/**
 * Whether a link points at the original, on any of the newswire's hosts (DCNF serves the same
 * path on dailycaller.com and dailycallernewsfoundation.org).
 * @example sameArticle("https://dailycallernewsfoundation.org/2024/10/25/x/", "https://dailycaller.com/2024/10/25/x", ["dailycaller.com", "dailycallernewsfoundation.org"]) // true
 */
export function sameArticle(href: string, original: string, hosts: string[]): boolean {
  const a = normalizeArticleUrl(href);
  const b = normalizeArticleUrl(original);
  if (!a || !b) return false;
  if (a === b) return true;
  const strip = (n: string) => {
    const host = hosts.find((h) => n === h || n.startsWith(`${h}/`) || n.startsWith(`${h}?`));
    return host ? n.slice(host.length) : null;
  };
  const pathA = strip(a);
  return pathA !== null && pathA === strip(b);
}

/** The newswire's article URL shape: a dated path on one of its hosts. */
export function isArticleOnHosts(href: string, hosts: string[]): boolean {
  const n = normalizeArticleUrl(href);
  return !!n && hosts.some((h) => n.startsWith(`${h}/`) && /^\/\d{4}\/\d{2}\/\d{2}\/[^/?#]+/.test(n.slice(h.length)));
}

/** A link to one of the newswire's hosts without an article path (its home or a section). */
export function isHostOnly(href: string, hosts: string[]): boolean {
  const n = normalizeArticleUrl(href);
  return !!n && hosts.some((h) => n === h || (n.startsWith(`${h}/`) && !isArticleOnHosts(href, hosts)));
}
