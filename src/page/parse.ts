/**
 * The one place that knows which parser builds the tree. Everything else asks for spans
 * (0-based offsets into the source), so the parser can change without touching rules.
 */
import { load, type CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";

/** A half-open span `[start, end)` of offsets into the page source. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Parse HTML as browsers do (parse5), keeping source locations.
 * @example const $ = parseDocument("<p>hi</p>"); $("p").text() // "hi"
 */
export function parseDocument(source: string): CheerioAPI {
  return load(source, { sourceCodeLocationInfo: true });
}

/**
 * Parse the raw text of a `<noscript>` (parse5 keeps it as text, as a browser with scripts
 * does) as a fragment, and shift its locations so they index the page source.
 * @example parseFragmentAt("<img src=a.png>", 120)("img").length // 1
 */
export function parseFragmentAt(html: string, baseOffset: number): CheerioAPI {
  const $ = load(html, { sourceCodeLocationInfo: true }, false);
  const shift = (node: AnyNode): void => {
    const loc = node.sourceCodeLocation as MutableLocation | null | undefined;
    if (loc) {
      loc.startOffset += baseOffset;
      loc.endOffset += baseOffset;
      for (const part of [loc.startTag, loc.endTag, ...Object.values(loc.attrs ?? {})]) {
        if (part) {
          part.startOffset += baseOffset;
          part.endOffset += baseOffset;
        }
      }
    }
    if ("children" in node) for (const child of node.children) shift(child);
  };
  for (const node of $.root().contents().toArray()) shift(node);
  return $;
}

interface MutableSpan {
  startOffset: number;
  endOffset: number;
}
interface MutableLocation extends MutableSpan {
  startTag?: MutableSpan;
  endTag?: MutableSpan;
  attrs?: Record<string, MutableSpan>;
}

/**
 * The node's whole span, or `null` for nodes the parser invented (`<html>` when absent, ...).
 * @example nodeSpan($("p")[0]) // { start: 0, end: 9 }
 */
export function nodeSpan(node: AnyNode): Span | null {
  const loc = node.sourceCodeLocation;
  return loc ? { start: loc.startOffset, end: loc.endOffset } : null;
}

/**
 * The span of an element's start tag, falling back to the whole node.
 * @example startTagSpan($("p")[0]) // { start: 0, end: 3 }
 */
export function startTagSpan(node: Element): Span | null {
  const tag = (node.sourceCodeLocation as MutableLocation | null | undefined)?.startTag;
  return tag ? { start: tag.startOffset, end: tag.endOffset } : nodeSpan(node);
}

/**
 * The span of one attribute (`name="value"`), or `null` when the source has no such attribute.
 * @example attributeSpan($("img")[0], "src") // span of `src="a.png"`
 */
export function attributeSpan(node: Element, name: string): Span | null {
  const attr = (node.sourceCodeLocation as MutableLocation | null | undefined)?.attrs?.[name];
  return attr ? { start: attr.startOffset, end: attr.endOffset } : null;
}
