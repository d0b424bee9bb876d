/**
 * Which links a crawl follows: pages (not images, PDFs, stylesheets…) on the same site, matching
 * the include/exclude patterns.
 */
import picomatch from "picomatch";

/** Extensions of files that are not pages: never fetched by a crawl. */
const NOT_A_PAGE = /\.(?:jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|heic|pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|txt|json|xml|rss|atom|zip|gz|tgz|bz2|xz|rar|7z|tar|dmg|exe|msi|apk|epub|mp3|m4a|wav|ogg|oga|flac|aac|mp4|m4v|mov|avi|wmv|webm|mkv|ogv|css|js|mjs|map|woff2?|ttf|otf|eot)$/i;

/**
 * A link as a page URL to crawl: resolved against `base`, without its #fragment; undefined for
 * other schemes (mailto:, javascript:, tel:, data:…), unparseable hrefs and links to files that are
 * not pages (by extension).
 * @example pageUrl("../b.html#top", "https://partner.example/news/a/") // "https://partner.example/news/b.html"
 * @example pageUrl("/logo.png", "https://partner.example/") // undefined
 */
export function pageUrl(href: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  url.hash = "";
  if (NOT_A_PAGE.test(url.pathname)) return undefined;
  return url.href;
}

/**
 * A test of a URL against the include/exclude patterns: picomatch globs over the URL's path,
 * percent-decoded, from its leading "/" and without the query: `/2024/**`, `/tag/**`, `*.html`
 * (one segment), `/news/*` (one level). With includes, a URL must match one; it must match no
 * exclude (exclude wins).
 * @example urlFilter(["/news/**"], ["/news/tag/**"])("https://partner.example/news/a/") // true
 */
export function urlFilter(include: readonly string[] = [], exclude: readonly string[] = []): (url: string) => boolean {
  const options = { dot: true };
  const included = include.length > 0 ? picomatch([...include], options) : () => true;
  const excluded = exclude.length > 0 ? picomatch([...exclude], options) : () => false;
  return (url) => {
    const path = decodedPath(new URL(url).pathname);
    return included(path) && !excluded(path);
  };
}

function decodedPath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
