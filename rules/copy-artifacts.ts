import type { AnyNode, Element } from "domhandler";
import { defineRule } from "../src/define.js";
import { closest, findDescendant, findDescendants, hasAncestor, hasAttribute, hasToken, textContent } from "../src/page/dom.js";
import { nodeSpan } from "../src/page/parse.js";
import { normalizeText, truncate } from "../src/page/text.js";

// Cloudflare's e-mail obfuscation, as served ([email protected]) and as copied:
// `a.__cf_email__, [data-cfemail], a[href*='/cdn-cgi/l/email-protection']`.
const isCloudflare = (el: Element) =>
  hasAttribute(el, "data-cfemail") || (el.name === "a" && (hasToken(el.attribs.class, "__cf_email__") || (el.attribs.href?.includes("/cdn-cgi/l/email-protection") ?? false)));
const CLOUDFLARE_TEXT = /\[email[\s\u00a0]+protected\]/i;
const RELATED = /\(RELATED:\s*([^)]*)\)/;
// A paragraph that is nothing but the text of a share or republish widget, pasted without it.
const WIDGET_TEXT = /^(republish this (story|article)|share this( story| article)?:?|click to share on \w+|share on (facebook|twitter|x)|(facebook|twitter|x|email|linkedin|print|whatsapp|reddit)([\s,|•·]+(facebook|twitter|x|email|linkedin|print|whatsapp|reddit))+)\b.{0,80}$/i;

/** `[class*=share], [class*=sharing], [class*=social], [class*=republish]` */
const isShareContainer = (el: Element) => {
  const cls = el.attribs.class;
  return cls !== undefined && (cls.includes("share") || cls.includes("sharing") || cls.includes("social") || cls.includes("republish"));
};
const isLink = (el: Element) => el.name === "a" && hasAttribute(el, "href");
const isControl = (el: Element) => el.name === "a" || el.name === "button";

export default defineRule({
  meta: {
    id: "copy-artifacts",
    description: "The story carries no damage from careless copying.",
    docs:
      "Reports what careless copying leaves in a story: Cloudflare's e-mail obfuscation ([email protected], " +
      "/cdn-cgi/l/email-protection, data-cfemail) where the newswire's address should be, \"(RELATED: …)\" markers whose " +
      "link was lost (with originals given: only those linked on the original), and the text of share or republish widgets pasted as a paragraph. None breaks the terms; each " +
      "makes the republished story look broken, so they are warnings.",
    messages: {
      cloudflareEmail: "An e-mail address was copied as Cloudflare's placeholder instead of the address.",
      unlinkedRelated: "A \"(RELATED: …)\" cross-link lost its link.",
      widgetText: "Text of a share or republish widget was pasted into the story.",
    },
  },
  defaultOptions: {},
  check({ page, terms, report }) {
    const reported = new Set<unknown>();
    for (const el of page.index.elements) {
      if (!isCloudflare(el)) continue;
      if (page.zoneOf(el) !== "article" || hasAncestor(el, (p) => reported.has(p))) continue;
      reported.add(el);
      report({ messageId: "cloudflareEmail", node: el, evidence: truncate(textContent(el) || "[email protected]", 40) });
    }
    for (const { node, text } of page.paragraphs) {
      if (CLOUDFLARE_TEXT.test(text) && !findDescendant(node, isCloudflare) && !reported.has(node)) {
        report({ messageId: "cloudflareEmail", node, span: spanOf(page.source, node, /\[email/i), evidence: "[email protected]" });
      }
      const related = RELATED.exec(text);
      // With the original at hand, only a marker that is a link there can have lost its link.
      const wasLinked = !terms.original || terms.original.article.linkedRelated.some((h) => normalizeText(related?.[1] ?? "").includes(normalizeText(h)));
      if (related && wasLinked && !findDescendants(node, isLink).some((a) => related[1]!.includes(textContent(a).trim()) && textContent(a).trim())) {
        report({ messageId: "unlinkedRelated", node, span: spanOf(page.source, node, /\(RELATED/), evidence: truncate(related[0], 100) });
      }
      // A real widget has buttons and lives in its own container; pasted text is a bare paragraph.
      if (node.name === "p" && WIDGET_TEXT.test(text) && !findDescendant(node, isControl) && !closest(node, isShareContainer)) {
        report({ messageId: "widgetText", node, evidence: truncate(text, 60) });
      }
    }
  },
});

/** The source span of the first match inside the node's own markup (for an exact column). */
function spanOf(source: string, node: AnyNode, pattern: RegExp): { start: number; end: number } | undefined {
  const loc = nodeSpan(node);
  if (!loc) return undefined;
  const found = pattern.exec(source.slice(loc.start, loc.end));
  return found ? { start: loc.start + found.index, end: loc.start + found.index + found[0].length } : undefined;
}
