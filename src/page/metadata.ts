/**
 * What the page claims about itself in machine-readable form: JSON-LD, meta tags, canonical.
 * Readers never see these, so rules use them as evidence (who the reporter is, what kind of
 * page this is), never as proof that a term is met.
 */
import type { Element } from "domhandler";
import { hasAttribute, textContent, type DomIndex } from "./dom.js";

export interface JsonLdNode {
  "@type"?: string | string[];
  [key: string]: unknown;
}

export interface PageMetadata {
  /** Every object in every JSON-LD block, `@graph`s flattened. Broken blocks are skipped. */
  jsonLd: JsonLdNode[];
  /** `<script type="application/ld+json">` elements (for locating evidence). */
  jsonLdScripts: Element[];
  /** `name` / `property` → content, lower-cased keys; the first occurrence wins. */
  meta: Map<string, string>;
  canonical: string | null;
  /** `og:type`, lower-cased, or null. */
  ogType: string | null;
  /** JSON-LD `@type`s present, e.g. `NewsArticle`, `CollectionPage`. */
  types: Set<string>;
  /** Names in JSON-LD `author` of article objects and `meta[name=author]`. */
  authorNames: string[];
  /** `og:site_name` and JSON-LD publisher names: the partner's own name. */
  siteNames: string[];
}

const ARTICLE_TYPES = /article|posting|report/i;
const CANONICAL = /(?:^|\s)canonical(?:$|\s)/i; // [rel~="canonical" i]

/**
 * Read JSON-LD, meta tags and the canonical link once.
 * @example readMetadata($).ogType // "article"
 */
export function readMetadata(index: DomIndex): PageMetadata {
  const jsonLd: JsonLdNode[] = [];
  const jsonLdScripts: Element[] = [];
  for (const script of index.named("script")) {
    const type = script.attribs.type; // [type="application/ld+json" i]
    if (type === undefined || type.length !== 19 || type.toLowerCase() !== "application/ld+json") continue;
    jsonLdScripts.push(script);
    try {
      collect(JSON.parse(textContent(script)), jsonLd);
    } catch {
      // Invalid JSON-LD is common (trailing commas, raw newlines); it proves nothing either way.
    }
  }
  const meta = new Map<string, string>();
  for (const el of index.named("meta")) {
    if (!hasAttribute(el, "content")) continue;
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? "").toLowerCase();
    if (key && !meta.has(key)) meta.set(key, el.attribs.content ?? "");
  }
  const types = new Set<string>();
  for (const node of jsonLd) for (const t of asArray(node["@type"])) if (typeof t === "string") types.add(t);
  const authorNames = new Set<string>();
  for (const node of jsonLd) {
    if (!asArray(node["@type"]).some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) continue;
    for (const author of asArray(node.author)) {
      const name = typeof author === "string" ? author : (author as JsonLdNode | null)?.name;
      if (typeof name === "string" && name.trim()) authorNames.add(name.trim());
    }
  }
  const metaAuthor = meta.get("author") ?? meta.get("article:author") ?? meta.get("parsely-author");
  if (metaAuthor && !/^https?:/.test(metaAuthor)) authorNames.add(metaAuthor.trim());
  const siteNames = new Set<string>();
  const ogSite = meta.get("og:site_name");
  if (ogSite) siteNames.add(ogSite.trim());
  for (const node of jsonLd) {
    const publisher = node.publisher as JsonLdNode | undefined;
    if (publisher && typeof publisher.name === "string") siteNames.add(publisher.name.trim());
    if (asArray(node["@type"]).includes("WebSite") && typeof node.name === "string") siteNames.add(node.name.trim());
  }
  return {
    jsonLd,
    jsonLdScripts,
    meta,
    canonical: index.named("link").find((link) => link.attribs.rel !== undefined && CANONICAL.test(link.attribs.rel))?.attribs.href ?? null,
    ogType: meta.get("og:type")?.toLowerCase() ?? null,
    types,
    authorNames: [...authorNames],
    siteNames: [...siteNames],
  };
}

function collect(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into);
  } else if (value && typeof value === "object") {
    const node = value as JsonLdNode;
    into.push(node);
    if (node["@graph"]) collect(node["@graph"], into);
  }
}

function asArray(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** True when a JSON-LD type names a single article (NewsArticle, BlogPosting, ...). */
export function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.test(type);
}
