import { defineRule } from "../src/define.js";
import { bylineContext } from "../src/page/byline-context.js";
import { findDescendant, textContent } from "../src/page/dom.js";
import type { BylineCandidate } from "../src/page/bylines.js";
import { namesPerson } from "../src/page/names.js";
import { publisherMatchers } from "../src/page/organisations.js";
import type { Page, TextHit } from "../src/page/page.js";
import { normalizeText } from "../src/page/text.js";
import { isTaxonomy } from "../src/page/taxonomy.js";
import { describeNode } from "../src/page/where.js";

export default defineRule({
  meta: {
    id: "byline-affiliation",
    description: "The reporter's affiliation with the newswire is shown with the byline.",
    docs:
      "The newswire's name or alias (\"Daily Caller News Foundation\", \"DCNF\") must be shown with the reporter's byline: " +
      "in it (\"By A, Daily Caller News Foundation\", \"A | DCNF\", \"A//Daily Caller News Foundation\"), on the next line " +
      "of the byline block, in a credit line right above or below it (\"From the Daily Caller News Foundation\"), or in " +
      "an author box of the article that names the reporter. A look-alike organisation (\"The Daily Caller\") does not " +
      "count, and neither do tag or category links beside the byline, mentions in the story text, captions, sidebars, " +
      "related lists, the site footer or the newswire's own licensing paragraph.",
    messages: {
      missing: "The byline does not show the reporter's {{publisher}} affiliation.",
      lookAlike: "The byline credits {{credit}}, a different organisation from the {{publisher}}.",
      elsewhere: "{{publisher}} is named only in {{place}}, not with the byline.",
      hidden: "The {{publisher}} affiliation with the byline is not visible: {{why}}.",
      noByline: "No visible reporter byline carries the {{publisher}} affiliation.",
    },
  },
  defaultOptions: {},
  check({ page, terms, report }) {
    const publisher = terms.publisher.name;
    const match = publisherMatchers(terms.publisher);
    const names = (text: string) => {
      const t = normalizeText(text);
      return match.publisher.test(t) && !match.licensing.test(t);
    };
    const inArticle = page.bylines.filter((b) => b.zone === "article");
    const shown = inArticle.filter((b) => b.kind === "byline" && b.text);
    // The reporter's byline; when it names someone else, reporter-byline says so, and the
    // affiliation is judged on the personal byline the page shows.
    const named = shown.filter((b) => isReporterByline(b, terms.authors));
    const reporterBylines = named.length ? named : shown.filter((b) => isReporterByline(b, []));
    const authorBoxes = inArticle.filter((b) => b.kind === "author-box" && b.text);

    for (const byline of reporterBylines) {
      const context = bylineContext(page, byline);
      if (context.some((part) => names(part.text))) return;
      const boxes = authorBoxes.filter((box) => byline.credits.some((c) => c.kind === "person" && namesPerson(box.text, c.text)));
      if (boxes.some((box) => names(box.text))) return;
    }
    // Not with any reporter byline: say what is wrong, most specific first.
    const bylines = reporterBylines.length ? reporterBylines : shown;
    const lookAlike = bylines.find((b) => bylineContext(page, b).some((part) => match.lookAlike.test(normalizeText(part.text))));
    if (lookAlike) {
      return report({ messageId: "lookAlike", node: lookAlike.node, data: { publisher, credit: `"${lookAlikeName(lookAlike.text, terms.publisher.notTheSame)}"` } });
    }
    const hiddenPart = reporterBylines
      .flatMap((b) => bylineContext(page, b))
      .map((part) => ({ part, hidden: findDescendant(part.node, (el) => !isTaxonomy(el) && !!page.hiddenReason(el) && names(textContent(el))) }))
      .find((x) => x.hidden);
    if (hiddenPart?.hidden) {
      return report({ messageId: "hidden", node: hiddenPart.hidden, data: { publisher, why: page.hiddenReason(hiddenPart.hidden)! } });
    }
    if (!reporterBylines.length) return report({ messageId: "noByline", data: { publisher } });
    const mentions = page.findNormalizedText((text) => match.publisher.test(text), match.needles).filter((hit) => hit.visible);
    if (mentions.length) {
      const places = [...new Set(mentions.map((hit) => placeOf(page, hit, match.licensing)))];
      const place = places.length > 1 ? `${places.slice(0, -1).join(", ")} and ${places.at(-1)}` : places[0]!;
      return report({ messageId: "elsewhere", node: mentions[0]!.node, data: { publisher, place } });
    }
    report({ messageId: "missing", node: reporterBylines[0]!.node, data: { publisher } });
  },
});

function placeOf(page: Page, hit: TextHit, licensing: RegExp): string {
  if (licensing.test(normalizeText(textContent(hit.node)))) return "its own licensing paragraph";
  return describeNode(page, hit.node, hit.zone);
}

/** With expected names, the bylines naming one of them; otherwise bylines crediting a person. */
function isReporterByline(byline: BylineCandidate, authors: string[]): boolean {
  if (authors.length) return authors.some((author) => namesPerson(byline.text, author));
  return byline.credits.some((c) => c.kind === "person");
}

function lookAlikeName(text: string, notTheSame: string[]): string {
  const norm = normalizeText(text);
  return [...notTheSame].sort((a, b) => b.length - a.length).find((name) => norm.includes(normalizeText(name))) ?? text;
}
