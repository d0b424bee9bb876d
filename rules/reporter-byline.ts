import { defineRule } from "../src/define.js";
import { creditsPart } from "../src/page/byline-text.js";
import { nameNeedles, namesPerson, namesPersonNormalized } from "../src/page/names.js";
import { truncate } from "../src/page/text.js";
import { describeNode, describePlace } from "../src/page/where.js";

export default defineRule({
  meta: {
    id: "reporter-byline",
    description: "The article's visible byline names the newswire's reporter.",
    docs:
      "The reporter's name must be in a visible byline of the article (a byline element, author link or a \"By …\" line " +
      "above the story or at the top of it, before its first paragraph of story text; \"By:\", \"Posted on <date> by …\" " +
      "and \"Submitted by … on <date>\" count too). Matching folds case, accents, entities, soft hyphens and zero-width " +
      "characters, and tolerates a dropped or added middle initial and multi-author bylines. A byline crediting someone " +
      "else (staff, the partner newsroom, a look-alike organisation), or a name found only in the story text (a \"By …\" " +
      "line at its end included), the article header outside a byline, a caption, a teaser, JSON-LD or meta tags, an HTML " +
      "comment or a hidden element fails. Without expected names (--author) it checks that a personal byline exists.",
    messages: {
      missing: "No visible byline names {{author}}.",
      hidden: "The byline naming {{author}} is not visible: {{why}}.",
      wrongCredit: "The byline credits {{credit}}, not {{author}}.",
      elsewhere: "{{author}} is named only in {{place}}, not in a visible byline.",
      noPersonalByline: "The byline credits {{credit}}, not a reporter.",
      noByline: "The article has no visible byline.",
    },
  },
  defaultOptions: {},
  check({ page, terms, report, note }) {
    const bylines = page.bylines.filter((b) => b.zone === "article");
    const shown = bylines.filter((b) => b.kind === "byline" && b.text);
    if (terms.authors.length === 0) {
      if (shown.some((b) => b.credits.some((c) => c.kind === "person"))) {
        return note("A personal byline is shown, but the reporter was not verified: no expected author given (--author).");
      }
      const credited = shown.find((b) => b.credits.some((c) => c.kind !== "other"));
      if (credited) return report({ messageId: "noPersonalByline", node: credited.node, data: { credit: quoteCredit(credited.text) } });
      return report({ messageId: "noByline" });
    }
    for (const author of terms.authors) {
      if (shown.some((b) => namesPerson(b.text, author))) continue;
      const hidden = bylines.find((b) => b.hiddenReason && namesPerson(b.fullText, author));
      if (hidden) {
        report({ messageId: "hidden", node: hidden.node, data: { author, why: hidden.hiddenReason! } });
        continue;
      }
      const other = shown.find((b) => b.credits.some((c) => c.kind !== "other"));
      if (other) {
        report({ messageId: "wrongCredit", node: other.node, data: { author, credit: quoteCredit(other.text) } });
        continue;
      }
      const hits = page.findNormalizedText((text) => namesPersonNormalized(text, author), nameNeedles(author));
      const seen = hits.find((h) => h.visible && h.zone !== "comment") ?? hits[0];
      if (seen) {
        const where = describeNode(page, seen.node, seen.zone);
        const place = seen.visible || seen.zone === "comment" ? where : `a hidden element in ${where}`;
        report({ messageId: "elsewhere", node: seen.node, span: seen.span ?? undefined, data: { author, place } });
        continue;
      }
      if (page.metadata.authorNames.some((name) => namesPerson(name, author))) {
        const script = page.metadata.jsonLdScripts[0];
        report({ messageId: "elsewhere", node: script, data: { author, place: describePlace("metadata") } });
        continue;
      }
      report({ messageId: "missing", data: { author } });
    }
  },
});

/** The organisations or names a byline credits, for the message: "The Daily Caller". */
function quoteCredit(text: string): string {
  return `"${truncate(creditsPart(text), 60)}"`;
}
