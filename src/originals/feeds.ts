/**
 * Lists of originals: RSS 2.0 and Atom feeds, XML sitemaps and sitemap indexes, parsed with
 * fast-xml-parser. Only the article URLs are taken; the pages themselves are read afterwards.
 */
import { XMLParser } from "fast-xml-parser";
import { resolveHref } from "../page/tree.js";

export type UrlList = { kind: "feed" | "sitemap"; urls: string[] } | { kind: "sitemap-index"; sitemaps: string[] };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: (name) => ["item", "entry", "url", "sitemap", "link"].includes(name) });

/** Feeds and sitemaps start with one of these root elements (after an XML declaration or comments). */
const XML_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*)*<(?:[\w-]+:)?(rss|feed|urlset|sitemapindex|RDF)\b/;

/**
 * Whether a text is a feed or a sitemap rather than an HTML page.
 * @example isUrlListXml('<?xml version="1.0"?><rss version="2.0">') // true
 */
export function isUrlListXml(text: string): boolean {
  return XML_ROOT.test(text);
}

/**
 * The article URLs of a feed or sitemap, resolved against `base`; null when the XML is none of them.
 * @example parseUrlList('<urlset><url><loc>https://dailycaller.com/2024/10/25/a/</loc></url></urlset>')
 * // { kind: "sitemap", urls: ["https://dailycaller.com/2024/10/25/a/"] }
 */
export function parseUrlList(xml: string, base?: string): UrlList | null {
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml) as Record<string, any>;
  } catch {
    return null;
  }
  const abs = (href: unknown) => {
    const raw = String(href ?? "").trim();
    return raw ? resolveHref(raw, base) : "";
  };
  if (doc.rss) return { kind: "feed", urls: list(doc.rss.channel?.item).map((item) => abs(text(item.link?.[0]) || text(item.guid))).filter(Boolean) };
  if (doc.RDF) return { kind: "feed", urls: list(doc.RDF.item).map((item) => abs(text(item.link?.[0]))).filter(Boolean) };
  if (doc.feed) {
    const urls = list(doc.feed.entry).map((entry) => {
      const links = list(entry.link);
      const link = links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0];
      return abs(link?.["@href"]);
    });
    return { kind: "feed", urls: urls.filter(Boolean) };
  }
  if (doc.urlset) return { kind: "sitemap", urls: list(doc.urlset.url).map((u) => abs(text(u.loc))).filter(Boolean) };
  if (doc.sitemapindex) return { kind: "sitemap-index", sitemaps: list(doc.sitemapindex.sitemap).map((s) => abs(text(s.loc))).filter(Boolean) };
  return null;
}

function list(value: unknown): any[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function text(value: unknown): string {
  if (value && typeof value === "object" && "#text" in value) return String((value as { "#text": unknown })["#text"]);
  return value === undefined || value === null ? "" : String(value);
}

