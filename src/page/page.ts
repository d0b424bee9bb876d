/**
 * The page model: the source parsed once, and the facets every rule shares, each computed on
 * first use and cached. Rules ask the page; they never parse or query the raw HTML themselves.
 */
import { load, type CheerioAPI } from "cheerio";
import type { AnyNode, Document, Element } from "domhandler";
import { LineIndex } from "../location.js";
import type { SourceLocation } from "../types.js";
import { findArticle, type ArticleFacet } from "./article.js";
import { collectBylines, type BylineCandidate } from "./bylines.js";
import { DomIndex, pageStyleSheets, textContent } from "./dom.js";
import { escapeRegExp, isPlainText, normalizeText } from "./text.js";
import { collectImages, type PageImage } from "./images.js";
import { sheetBackgrounds } from "./sheet-backgrounds.js";
import { readMetadata, type PageMetadata } from "./metadata.js";
import { storyParagraphs, type StoryParagraph } from "./paragraphs.js";
import { attributeSpan, nodeSpan, parseDocument, startTagSpan, type Span } from "./parse.js";
import { cssSelector } from "./selector.js";
import { isAncestor } from "./tree.js";
import { visibleText } from "./visible-text.js";
import { VisibilityModel } from "./visibility.js";
import { ZoneModel, type Zone } from "./zones.js";

export interface PageInit {
  /** The decoded HTML; every offset in a report indexes this exact string. */
  source: string;
  /** The page's URL (for resolving relative URLs), if known. */
  url?: string;
}

/** A place in the page where some text was found, for diagnostics ("named only in the footer"). */
export interface TextHit {
  node: AnyNode;
  zone: Zone | "comment";
  visible: boolean;
  /** Source span of the matched text when it could be pinned down, else the node's. */
  span: Span | null;
}

export class Page {
  readonly source: string;
  readonly url: string | undefined;
  /** The parsed tree (see parse.ts: the browser's tree, with source offsets). */
  readonly document: Document;
  private cheerio: CheerioAPI | null = null;
  private readonly cache = new Map<string, unknown>();

  constructor(init: PageInit) {
    this.source = init.source;
    this.url = init.url;
    this.document = parseDocument(init.source);
  }

  /** A cheerio API over the tree, built on first use. */
  get $(): CheerioAPI {
    return (this.cheerio ??= load(this.document));
  }

  private memo<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }

  /** Every element once, in document order and by tag name (what selectors would see). */
  get index(): DomIndex {
    return this.memo("index", () => new DomIndex(this.document));
  }

  get lines(): LineIndex {
    return this.memo("lines", () => new LineIndex(this.source));
  }

  get metadata(): PageMetadata {
    return this.memo("metadata", () => readMetadata(this.index));
  }

  /** The article region, or why the page has none (a listing page). */
  get article(): ArticleFacet {
    return this.memo("article", () => findArticle(this.index, this.metadata));
  }

  get visibility(): VisibilityModel {
    return this.memo("visibility", () => new VisibilityModel(this.index, () => this.$));
  }

  get zones(): ZoneModel {
    return this.memo("zones", () => new ZoneModel(this.article));
  }

  /** Every byline candidate, visible or not, in every zone. */
  get bylines(): BylineCandidate[] {
    return this.memo("bylines", () => collectBylines(this.index, this.article, this.visibility, this.zones));
  }

  /** The story's visible paragraphs, in order (for matching against originals). */
  get paragraphs(): StoryParagraph[] {
    return this.memo("paragraphs", () => storyParagraphs(this.article, this.visibility, this.zones));
  }

  /** Every image-like element with all its candidate URLs. */
  get images(): PageImage[] {
    return this.memo("images", () => collectImages(this.index, this.source, this.url, sheetBackgrounds(pageStyleSheets(this.index), () => this.$)));
  }

  /** Why the node is not seen, or null when it is. */
  hiddenReason(node: AnyNode): string | null {
    return this.visibility.hiddenReason(node);
  }

  /** Text a reader sees in the node (hidden parts removed, blocks on their own lines). */
  textOf(node: AnyNode, includeHidden = false): string {
    return visibleText(node, this.visibility, includeHidden);
  }

  zoneOf(node: AnyNode): Zone {
    return this.zones.of(node);
  }

  /**
   * Every element with text of its own whose text matches, and every comment that does, in
   * document order: where a name or an organisation appears on the page besides the byline.
   * @example page.findText(/laila montgomery/).map(h => h.zone) // ["article", "site-footer"]
   */
  findText(test: (text: string) => boolean): TextHit[] {
    const texts = this.texts;
    return this.hits(texts.nodes, (i) => test(texts.raw[i]!));
  }

  /**
   * {@link findText} with the test given each text already through {@link normalizeText}
   * (computed once per page, whatever the number of searches). `needles`: lower-case words of
   * ASCII letters and digits one of which every text the test accepts contains.
   * @example page.findNormalizedText((t) => t.includes("dcnf"))
   */
  findNormalizedText(test: (normalized: string) => boolean, needles?: readonly string[]): TextHit[] {
    const texts = this.texts;
    // A plain text (isPlainText) without any of the needles cannot match: no need to normalize it.
    const needle = needles?.length ? new RegExp(needles.map(escapeRegExp).join("|"), "i") : null;
    return this.hits(texts.nodes, (i) => {
      const raw = texts.raw[i]!;
      if (needle && texts.normalized[i] === undefined && isPlainText(raw) && !needle.test(raw)) return false;
      return test((texts.normalized[i] ??= normalizeText(raw)));
    });
  }

  /** The comments, and the elements with text of their own, with their text (document order). */
  private get texts(): { nodes: AnyNode[]; raw: string[]; normalized: string[] } {
    return this.memo("texts", () => {
      const nodes: AnyNode[] = [];
      const raw: string[] = [];
      const walk = (node: AnyNode) => {
        if (node.type === "comment") {
          nodes.push(node);
          raw.push(node.data);
          return;
        }
        if (node.type !== "tag" && node.type !== "root") return;
        const el = node as Element;
        if (el.type === "tag" && (el.name === "script" || el.name === "style" || el.name === "head")) return;
        if (el.type === "tag" && el.children.some((c) => c.type === "text" && c.data.trim())) {
          nodes.push(el);
          raw.push(textContent(el));
        }
        for (const child of el.children) walk(child);
      };
      walk(this.document);
      return { nodes, raw, normalized: [] };
    });
  }

  private hits(nodes: AnyNode[], matches: (i: number) => boolean): TextHit[] {
    const hits: TextHit[] = [];
    for (let i = 0; i < nodes.length; i++) {
      if (!matches(i)) continue;
      const node = nodes[i]!;
      if (node.type === "comment") hits.push({ node, zone: "comment", visible: false, span: nodeSpan(node) });
      else hits.push({ node, zone: this.zoneOf(node), visible: !this.hiddenReason(node), span: startTagSpan(node as Element) });
    }
    // The deepest element is the one to point at: drop hits that merely contain another hit.
    return hits.filter((hit) => !hits.some((other) => other !== hit && isAncestor(hit.node, other.node)));
  }

  /**
   * 1-based location of a node, one of its attributes, or an explicit span.
   * @example page.locate(img, "src") // { line: 12, column: 10, endLine: 12, endColumn: 31, ... }
   */
  locate(node: AnyNode, attribute?: string, span?: Span): SourceLocation | null {
    const at = span ?? (attribute && node.type === "tag" ? attributeSpan(node, attribute, this.source) : null) ?? (node.type === "tag" ? startTagSpan(node) : nodeSpan(node));
    return at ? this.lines.span(at.start, at.end) : null;
  }

  /** CSS selector that finds the node again. */
  selectorOf(node: AnyNode): string {
    return cssSelector(node);
  }
}
