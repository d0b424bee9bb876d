import { defineRule } from "../src/define.js";
import { diffParagraphs, wordDiff } from "../src/originals/diff.js";
import { truncate } from "../src/page/text.js";

export default defineRule({
  meta: {
    id: "text-fidelity",
    description: "The story's text is the original's, changed only in style.",
    docs:
      "For newswires whose terms forbid edits: compares the story, paragraph by paragraph, with the matched original " +
      "(--original / --originals) and reports paragraphs missing, added, or rewritten beyond style (quotes, dashes, " +
      "spacing, capitals, date formats), each rewritten one with a compact word diff. DCNF allows edits, so the dcnf " +
      "preset turns this rule off. Not applicable without a matched original.",
    messages: {
      missing: "Paragraph {{index}} of the original is missing: \"{{text}}\".",
      added: "This paragraph is not in the original.",
      rewritten: "Paragraph {{index}} of the original was reworded.",
    },
  },
  defaultOptions: {},
  check({ page, terms, report, notApplicable }) {
    const original = terms.original;
    if (!original) return notApplicable("no original matched this page");
    const story = page.paragraphs;
    const changes = diffParagraphs(original.article.paragraphs, story.map((p) => p.text), {
      id: original.article.url,
      coverage: original.coverage,
      matches: original.matches,
    });
    for (const change of changes) {
      const at = change.pageIndex !== undefined ? story[change.pageIndex]?.node : undefined;
      const index = change.originalIndex !== undefined ? change.originalIndex + 1 : 0;
      if (change.kind === "missing") {
        // Placed where it would have been: at the next paragraph of the page, if any.
        const next = changes.slice(changes.indexOf(change)).find((c) => c.pageIndex !== undefined)?.pageIndex;
        const node = next !== undefined ? story[next]?.node : undefined;
        report({ messageId: "missing", node, data: { index, text: truncate(original.article.paragraphs[change.originalIndex!] ?? "", 80) } });
      } else if (change.kind === "added" && at) {
        report({ messageId: "added", node: at });
      } else if (change.kind === "rewritten" && at) {
        const before = original.article.paragraphs[change.originalIndex!] ?? "";
        report({ messageId: "rewritten", node: at, data: { index }, evidence: wordDiff(before, story[change.pageIndex!]!.text) });
      }
    }
  },
});
