/**
 * Lists of URLs: RSS 2.0, RSS 1.0 (RDF) and Atom feeds, XML sitemaps (Google News ones included)
 * and sitemap indexes, parsed with fast-xml-parser. Only the URLs and their dates are taken; the
 * pages themselves are read afterwards (originals by `src/originals/load.ts`, partner pages by
 * `src/discover/`).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { resolveHref } from "../page/tree.js";

/** One URL a list names, with the date the list gives for it. */
export interface ListedUrl {
  url: string;
  /**
   * A sitemap's `<lastmod>` (else its `<news:publication_date>`), a feed item's `<pubDate>` /
   * `<dc:date>`, an Atom entry's `<updated>` (else `<published>`): ISO 8601 (UTC) when it
   * parses, else as written.
   */
  lastModified?: string;
}

/** `urls` / `sitemaps` are `entries`' URLs, for callers that need no dates. */
export type UrlList =
  | { kind: "feed" | "sitemap"; urls: string[]; entries: ListedUrl[] }
  | { kind: "sitemap-index"; sitemaps: string[]; entries: ListedUrl[] };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: (name) => ["item", "entry", "url", "sitemap", "link"].includes(name) });

/** Feeds and sitemaps start with one of these root elements (after an XML declaration or comments). */
const XML_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*)*<(?:[\w-]+:)?(rss|feed|urlset|sitemapindex|RDF)\b/;

/** The first element's name, after the prolog (XML declaration, processing instructions, comments, doctype). */
const FIRST_ELEMENT = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*<([A-Za-z_][\w.:-]*)/i;

/**
 * Whether a text is a feed or a sitemap rather than an HTML page.
 * @example isUrlListXml('<?xml version="1.0"?><rss version="2.0">') // true
 */
export function isUrlListXml(text: string): boolean {
  return XML_ROOT.test(text);
}

/**
 * The URLs of a feed or sitemap, resolved against `base`; null when the XML is none of them.
 * Lenient: a feed with an XML error is read as far as the parser gets.
 * @example parseUrlList('<urlset><url><loc>https://dailycaller.com/2024/10/25/a/</loc></url></urlset>')
 * // { kind: "sitemap", urls: ["https://dailycaller.com/2024/10/25/a/"], entries: [{ url: "https://dailycaller.com/2024/10/25/a/" }] }
 */
export function parseUrlList(xml: string, base?: string): UrlList | null {
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml) as Record<string, any>;
  } catch {
    return null;
  }
  const entry = (href: unknown, ...dates: unknown[]): ListedUrl => {
    const raw = text(href).trim();
    const lastModified = dates.map((d) => text(d).trim()).find(Boolean);
    return { url: raw ? resolveHref(raw, base) : "", ...(lastModified ? { lastModified: isoDate(lastModified) } : {}) };
  };
  const urls = (entries: ListedUrl[]) => {
    const kept = entries.filter((e) => e.url);
    return { urls: kept.map((e) => e.url), entries: kept };
  };
  if (doc.rss) return { kind: "feed", ...urls(list(doc.rss.channel?.item).map((item) => entry(rssLink(item), item.pubDate, item.date, item.updated))) };
  if (doc.RDF) return { kind: "feed", ...urls(list(doc.RDF.item).map((item) => entry(rssLink(item) || item["@about"], item.date, item.pubDate))) };
  if (doc.feed) {
    const entries = list(doc.feed.entry).map((item) => {
      const links = list(item.link);
      const link = links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0];
      return entry(link?.["@href"], item.updated, item.published);
    });
    return { kind: "feed", ...urls(entries) };
  }
  if (doc.urlset) return { kind: "sitemap", ...urls(list(doc.urlset.url).map((u) => entry(u.loc, u.lastmod, u.news?.publication_date))) };
  if (doc.sitemapindex) {
    const { urls: sitemaps, entries } = urls(list(doc.sitemapindex.sitemap).map((s) => entry(s.loc, s.lastmod)));
    return { kind: "sitemap-index", sitemaps, entries };
  }
  return null;
}

/**
 * Like `parseUrlList`, but strict, and saying why a text is not a list: not XML, another root
 * element, or broken XML (a sitemap cut short must not pass for a shorter one). Two common and
 * harmless errors are forgiven: blank lines before the XML declaration (a WordPress plugin or
 * theme printing a newline) and a bare `&` in a URL's query.
 * @example readUrlList("<!DOCTYPE html><html>…") // "not a sitemap or feed (the XML root is <html>)"
 */
export function readUrlList(source: string, base?: string): UrlList | string {
  const xml = forgiven(source);
  if (!xml) return "empty response";
  const root = FIRST_ELEMENT.exec(xml)?.[1];
  if (!root) return "not a sitemap or feed (not XML)";
  if (!isUrlListXml(xml)) return `not a sitemap or feed (the XML root is <${root}>)`;
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return `broken XML: ${xmlError(valid.err)}`;
  return parseUrlList(xml, base) ?? `not a sitemap or feed (the XML root is <${root}>)`;
}

/** Bare `&`s (not starting an entity or character reference) escaped outside CDATA, leading whitespace removed. */
function forgiven(xml: string): string {
  return xml.trimStart().replace(/<!\[CDATA\[[\s\S]*?\]\]>|&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[\dA-Fa-f]+);)/g, (match) => (match === "&" ? "&amp;" : match));
}

/** The validator's message as one readable clause; its message for several unclosed tags is a JSON dump. */
function xmlError(err: { msg: string; line: number }): string {
  const unclosed = /^Invalid '(\[.*\])' found/.exec(err.msg)?.[1];
  if (unclosed) {
    try {
      return `it ends inside ${(JSON.parse(unclosed) as string[]).map((tag) => `<${tag}>`).join(" ")} (cut short?)`;
    } catch {
      // Not the shape expected: the message as it is.
    }
  }
  return `${err.msg.replace(/\.$/, "")} (line ${err.line})`;
}

/** An RSS item's page: its `<link>` text, else a `<guid>` that is a permalink. */
function rssLink(item: Record<string, any>): string {
  const link = list(item.link).map(text).find((l) => l.trim());
  if (link) return link;
  const guid = item.guid;
  const permalink = !(guid && typeof guid === "object" && String(guid["@isPermaLink"]).toLowerCase() === "false");
  return permalink ? text(guid) : "";
}

/** ISO 8601 in UTC when the date parses (W3C datetime, RFC 822), else the text as written. */
function isoDate(raw: string): string {
  const time = Date.parse(raw);
  return Number.isNaN(time) ? raw : new Date(time).toISOString();
}

function list(value: unknown): any[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function text(value: unknown): string {
  if (value && typeof value === "object") return "#text" in value ? String((value as { "#text": unknown })["#text"]) : "";
  return value === undefined || value === null ? "" : String(value);
}
