import { defineRule } from "../src/define.js";
import { hostOf } from "../src/page/images.js";
import { imageHiddenReason, namesLogo } from "../src/page/logos.js";
import { publisherMatchers } from "../src/page/organisations.js";

export interface UnattributedCopyOptions {
  /** Share of the original's paragraphs (0..1) from which a page counts as a copy. */
  minShare: number;
}

export default defineRule({
  meta: {
    id: "unattributed-copy",
    description: "A page that copies a newswire original credits the newswire.",
    docs:
      "With originals given (--original, --originals), every page is matched against them, even pages that never " +
      "name the newswire. A page carrying a substantial share of an original (by default half of its paragraphs, " +
      "in order) must credit the newswire visibly with the article: its name or alias in the byline, a credit line, " +
      "the text or the licensing paragraph, or its logo. A page that copies without any of these is reported; partial " +
      "credit (a logo but no affiliation) is for the other rules to say.",
    messages: {
      unattributed: "The page copies {{share}} of the paragraphs of \"{{headline}}\" ({{url}}) without crediting the {{publisher}}.",
    },
  },
  defaultOptions: { minShare: 0.5 } as UnattributedCopyOptions,
  validateOptions: ({ minShare }) => (minShare > 0 && minShare <= 1 ? null : `minShare must be a share above 0 and at most 1, not ${minShare}`),
  check({ page, terms, options, report, notApplicable }) {
    const original = terms.original;
    if (!original) return notApplicable("no original matched this page");
    if (original.coverage < options.minShare) return;
    const { publisher: named, needles } = publisherMatchers(terms.publisher);
    const credited =
      page.findNormalizedText((text) => named.test(text), needles).some((hit) => hit.visible && hit.zone === "article") ||
      page.images.some((image) => namesLogo(image.label, named) && page.zoneOf(hostOf(image)) === "article" && !imageHiddenReason(page, image));
    if (credited) return;
    const first = original.matches[0];
    const node = first ? page.paragraphs[first.pageIndex]?.node : undefined;
    report({
      messageId: "unattributed",
      node,
      data: { share: `${Math.round(original.coverage * 100)}%`, headline: original.article.headline, url: original.article.url, publisher: terms.publisher.name },
    });
  },
});
