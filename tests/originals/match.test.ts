import { describe, expect, test } from "vitest";
import { matchTokens, normalizeForMatching, styleKey, winnow } from "../../src/originals/fingerprint.js";
import { OriginalIndex, type OriginalMatch } from "../../src/originals/match.js";
import { evCredit, furniture, insurance, licence, originals, phones, powerPlants, sameTopic, seed, wheat } from "./texts.js";

const index = new OriginalIndex(originals);
const { headline, subscribe, ad, support, share, copyright, related } = furniture;

/** Original paragraph → page paragraph, from a match. */
const pairs = (found: OriginalMatch | null) => found?.matches.map((m) => [m.originalIndex, m.pageIndex]);
/** What a partner's CMS does to typography, plus a relative date made explicit. */
const restyle = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/, (Bloomberg|the officials) /g, " — $1 ").replace("Thursday", "Oct. 24");

describe("fingerprint normalisation", () => {
  test("quotes, dashes, case, punctuation, numbers and dates fold away", () => {
    expect(normalizeForMatching("China’s “Quad” — 3 U.S. officials said Thursday.")).toBe(
      normalizeForMatching("CHINA'S \"QUAD\" - three US officials said on Oct. 24"),
    );
    expect(matchTokens("Bloomberg reported Thursday, citing 3 U.S. officials")).toEqual(["bloomberg", "reported", "#d", "citing", "#", "us", "officials"]);
    expect(matchTokens("in May 2022, they may agree")).toEqual(["in", "#d", "they", "may", "agree"]);
  });

  test("the style key keeps numbers' values but not their spelling", () => {
    expect(styleKey("Five officials said Thursday.")).toBe(styleKey("5 officials said on Oct. 24"));
    expect(styleKey("about 1,000 acres")).toBe(styleKey("about 1000 acres"));
    expect(styleKey("in 2022")).not.toBe(styleKey("in 2023"));
  });

  test("winnowing keeps the rightmost minimum of each window once", () => {
    expect(winnow([5, 3, 9, 4, 8, 1], 4)).toEqual([3, 1]);
    expect(winnow([2, 2, 2, 2, 2], 2)).toEqual([2, 2, 2, 2]);
    expect(winnow([], 4)).toEqual([]);
  });
});

describe("OriginalIndex.match", () => {
  test("indexes every original", () => {
    expect(index.size).toBe(6);
    expect(new OriginalIndex([]).match(seed.paragraphs)).toBeNull();
  });

  test("a faithful copy matches its own original, every paragraph in order", () => {
    for (const original of originals) {
      const found = index.match(original.paragraphs);
      expect(found?.id).toBe(original.id);
      expect(found?.coverage).toBe(1);
      expect(pairs(found)).toEqual(original.paragraphs.map((_, i) => [i, i]));
      expect(found?.matches.every((m) => m.similarity === 1)).toBe(true);
    }
  });

  test("a new headline and boilerplate around the story, licence dropped", () => {
    const page = [headline, share, ...seed.paragraphs.slice(0, 5), ad, ...seed.paragraphs.slice(5, 11), subscribe, support, copyright];
    const found = index.match(page);
    expect(found?.id).toBe(seed.id);
    expect(found?.coverage).toBeCloseTo(11 / 12);
    expect(pairs(found)).toEqual([...[0, 1, 2, 3, 4].map((i) => [i, i + 2]), ...[5, 6, 7, 8, 9, 10].map((i) => [i, i + 3])]);
  });

  test("half the paragraphs cut: coverage 0.5, and minCoverage is honoured", () => {
    const page = [headline, ...seed.paragraphs.filter((_, i) => i % 2 === 0), related];
    const found = index.match(page);
    expect(found?.id).toBe(seed.id);
    expect(found?.coverage).toBe(0.5);
    expect(found?.matches.map((m) => m.originalIndex)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(index.match(page, { minCoverage: 0.6 })).toBeNull();
  });

  test("paragraphs reordered: only an in-order part counts", () => {
    const page = [...wheat.paragraphs.slice(6), ...wheat.paragraphs.slice(0, 6)];
    const found = index.match(page);
    expect(found?.id).toBe(wheat.id);
    expect(found?.coverage).toBeCloseTo(6 / 11);
    const order = found!.matches.map((m) => m.pageIndex);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test("quotes and dashes changed, “Thursday” made “Oct. 24”, the Foundation abbreviated", () => {
    const page = seed.paragraphs.map(restyle).map((p) => p.replace("the Daily Caller News Foundation's", "DCNF's"));
    expect(page[0]).toContain("— Bloomberg reported Oct. 24.");
    const found = index.match(page);
    expect(found?.id).toBe(seed.id);
    expect(found?.coverage).toBe(1);
    const edited = found!.matches.find((m) => m.originalIndex === 10)!;
    expect(edited.similarity).toBeGreaterThan(0.6);
    expect(edited.similarity).toBeLessThan(1);
  });

  test("paragraphs merged and split", () => {
    const p = phones.paragraphs;
    const [first, second] = [p[5]!.slice(0, p[5]!.indexOf(" Board member")), p[5]!.slice(p[5]!.indexOf("Board member"))];
    // 0+1 merged, 2 (short) kept, 3+4 merged, 5 split in two, the rest as is
    const page = [headline, `${p[0]} ${p[1]}`, p[2]!, `${p[3]} ${p[4]}`, first, second, ...p.slice(6)];
    const found = index.match(page);
    expect(found?.id).toBe(phones.id);
    expect(found?.coverage).toBe(1);
    expect(pairs(found)).toEqual([[0, 1], [1, 1], [2, 2], [3, 3], [4, 3], [5, 4], [5, 5], [6, 6], [7, 7], [8, 8], [9, 9], [10, 10]]);
  });

  test("short paragraphs are matched only inside an anchored match", () => {
    const found = index.match(wheat.paragraphs);
    expect(found?.matches.find((m) => m.originalIndex === 3)).toEqual({ originalIndex: 3, pageIndex: 3, similarity: 1 });
    expect(index.match([headline, "Then the rain stopped.", "The vote was 5-2.", "The new rates take effect for policies renewed after Jan. 1."])).toBeNull();
    // A short paragraph inside a longer, unrelated one is not it.
    const page = [...phones.paragraphs.slice(0, 2), "The vote was 5-2 after a long night, and the superintendent promised a review of the pouches.", ...phones.paragraphs.slice(3)];
    expect(pairs(index.match(page))!.some(([i]) => i === 2)).toBe(false);
  });

  test("a page sharing only the licensing paragraph matches nothing", () => {
    const page = [
      "Local Farmers Market Returns For Summer",
      "The downtown farmers market reopens Saturday with more than 40 vendors selling produce, baked goods and crafts, organizers said.",
      "The market runs every Saturday from 8 a.m. to noon through the end of October in the parking lot behind the county courthouse.",
      licence,
    ];
    expect(index.match(page)).toBeNull();
    expect(index.match([licence])).toBeNull();
    expect(index.match([licence, licence, licence])).toBeNull();
  });

  test("a different story on the same topic does not match", () => {
    expect(index.match(sameTopic)).toBeNull();
    expect(index.match(sameTopic, { minCoverage: 0 })).toBeNull();
  });

  test("two originals on one page: the larger share wins", () => {
    // all of one, a third of the other
    const page = [...powerPlants.paragraphs.slice(0, 11), ...evCredit.paragraphs.slice(0, 3)];
    expect(index.match(page)?.id).toBe(powerPlants.id);
    const reversed = [...powerPlants.paragraphs.slice(0, 4), ...evCredit.paragraphs];
    expect(index.match(reversed)?.id).toBe(evCredit.id);
    // both whole: the one with more text
    const both = [...evCredit.paragraphs, ...insurance.paragraphs];
    const found = index.match(both);
    expect(found?.id).toBe(insurance.id);
    expect(found?.coverage).toBe(1);
  });

  test("an original listed twice (feed and sitemap) is indexed once", () => {
    const twice = new OriginalIndex([seed, wheat, seed, { ...seed }]);
    expect(twice.size).toBe(2);
    expect(twice.match(seed.paragraphs)?.coverage).toBe(1);
  });

  test("empty and blank pages", () => {
    expect(index.match([])).toBeNull();
    expect(index.match(["", "  "])).toBeNull();
  });
});

describe("OriginalIndex.mayContainCopy", () => {
  test("raw text of a republished page, tags stripped", () => {
    const html = `<html><body><nav>Home News Sports</nav><h1>${headline}</h1>${seed.paragraphs
      .slice(0, 6)
      .map((p) => `<p>${restyle(p)}</p>`)
      .join("\n")}<footer>${copyright}</footer></body></html>`;
    expect(index.mayContainCopy(html.replace(/<[^>]*>/g, " "))).toBe(true);
    expect(index.mayContainCopy(insurance.paragraphs.join("\n"))).toBe(true);
  });

  test("no for licence-only pages, other stories and nothing", () => {
    expect(index.mayContainCopy([headline, licence, subscribe].join("\n"))).toBe(false);
    expect(index.mayContainCopy(sameTopic.join("\n"))).toBe(false);
    expect(index.mayContainCopy("")).toBe(false);
  });
});
