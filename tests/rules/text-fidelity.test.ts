import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { checkHtml } from "../../src/check.js";
import { extractOriginal } from "../../src/originals/extract.js";
import { OriginalLibrary } from "../../src/originals/library.js";
import { Page } from "../../src/page/page.js";
import { DCNF_LOGO, LICENSING, STORY, wordpressPage } from "../helpers/page-builder.js";

const ORIGINAL = "tests/fixtures/originals/dcnf/us-intelligence-partnerships-asia-china-cyber.html";
const library = new OriginalLibrary([extractOriginal(new Page({ source: readFileSync(ORIGINAL, "utf8"), url: "https://dailycaller.com/x/" }))!]);
const byline = '<span class="byline">By Laila Montgomery, Daily Caller News Foundation</span>';
const run = (paragraphs: string[]) => {
  const html = wordpressPage({ byline, bodyTop: DCNF_LOGO, paragraphs });
  const result = checkHtml(html, { originals: library, rules: { "text-fidelity": "warn" } });
  return { html, result, findings: result.findings.filter((f) => f.ruleId === "text-fidelity") };
};
const licensing = LICENSING.replace("[email protected]", "licensing@dailycallernewsfoundation.org");

describe("text-fidelity", () => {
  test("a faithful copy with only style changes (straight quotes, a date for the weekday) passes", () => {
    const styled = STORY.map((p) => p.replace(/[“”]/g, '"').replace(/’/g, "'").replace("reported Thursday", "reported Oct. 24"));
    const { result, findings } = run([...styled, licensing]);
    expect(findings).toEqual([]);
    expect(result.verdicts["text-fidelity"]).toBe("pass");
  });

  test("missing, added and reworded paragraphs are each reported where they are", () => {
    const added = "Subscribers can read more of our national security coverage in the weekly briefing.";
    const reworded = STORY[4]!.replace("declined to comment on specifics", "would not say more");
    const paragraphs = [STORY[0]!, STORY[1]!, STORY[2]!, STORY[3]!, reworded, STORY[5]!, added, ...STORY.slice(7), licensing]; // STORY[6] cut
    const { html, findings } = run(paragraphs);
    expect(findings.map((f) => f.messageId).sort()).toEqual(["added", "missing", "rewritten"]);
    const byId = Object.fromEntries(findings.map((f) => [f.messageId, f]));
    const at = (text: string) => html.indexOf(`<p>${text}`);
    expect(byId.rewritten!.location!.startOffset).toBe(at(reworded));
    expect(byId.rewritten!.evidence).toBe("… information sharing but [-declined to comment on specifics.-]{+would not say more.+}");
    expect(byId.added!.location!.startOffset).toBe(at(added));
    // A missing paragraph is shown where it would have been: at the page's next paragraph.
    expect(byId.missing!.message).toMatch(/^Paragraph 7 of the original is missing: "Deepening intelligence ties/);
    expect(byId.missing!.location!.startOffset).toBe(at(added));
  });

  test("not applicable without a matched original", () => {
    const html = wordpressPage({ byline, paragraphs: STORY });
    expect(checkHtml(html, { rules: { "text-fidelity": "warn" } }).verdicts["text-fidelity"]).toBe("not-applicable");
  });
});
