import { describe, expect, test } from "vitest";
import { diffParagraphs, wordDiff, type ParagraphChange } from "../../src/originals/diff.js";
import { OriginalIndex, type OriginalText } from "../../src/originals/match.js";
import { furniture, originals, phones, seed, wheat } from "./texts.js";

const index = new OriginalIndex(originals);
const { headline, ad, subscribe, copyright } = furniture;

/** Match the page (it must match `original`), then diff it. */
function diff(original: OriginalText, page: string[]): ParagraphChange[] {
  const found = index.match(page);
  expect(found?.id).toBe(original.id);
  return diffParagraphs(original.paragraphs, page, found!);
}
/** Changes as compact strings: "kind o→p". */
const brief = (changes: ParagraphChange[]) => changes.map((c) => `${c.kind} ${c.originalIndex ?? "-"}→${c.pageIndex ?? "-"}`);

describe("diffParagraphs", () => {
  test("a faithful copy is the same throughout", () => {
    const changes = diff(seed, seed.paragraphs);
    expect(changes.map((c) => c.kind)).toEqual(Array(12).fill("same"));
    expect(changes[3]).toEqual({ kind: "same", originalIndex: 3, pageIndex: 3, similarity: 1 });
  });

  test("style: quotes, dashes, spacing, capitals, numerals and a date made explicit", () => {
    const page = [...seed.paragraphs];
    page[0] = page[0]!.replace(", Bloomberg", " — Bloomberg").replace("Thursday", "Oct. 24");
    page[1] = page[1]!.replace(/[“”]/g, '"').replace(/’/g, "'");
    page[4] = `  ${page[4]!.toUpperCase().replace(/ /g, "  ")}`;
    const changes = diff(seed, page);
    expect(changes.filter((c) => c.kind === "style").map((c) => c.originalIndex)).toEqual([0, 1, 4]);
    expect(changes.filter((c) => c.kind === "same")).toHaveLength(9);
    const numbers = diff(wheat, wheat.paragraphs.map((p) => p.replace("his two sons", "his 2 sons").replace("3,200 acres", "3200 acres")));
    expect(numbers[2]!.kind).toBe("style");
  });

  test("rewritten: wording beyond style, with a word diff", () => {
    const page = seed.paragraphs.map((p) => p.replace("the Daily Caller News Foundation’s", "DCNF’s").replace("In late 2022", "In late 2023"));
    const changes = diff(seed, page);
    expect(changes.filter((c) => c.kind === "rewritten").map((c) => c.originalIndex)).toEqual([8, 10]);
    const abbreviated = changes[10]!;
    expect(abbreviated.similarity).toBeLessThan(1);
    expect(wordDiff(seed.paragraphs[10]!, page[10]!)).toBe("… immediately respond to [-the Daily Caller News Foundation’s-]{+DCNF’s+} request for comment.");
    expect(wordDiff(seed.paragraphs[8]!, page[8]!)).toBe("In late [-2022,-]{+2023,+} India repelled Chinese …");
  });

  test("missing paragraphs sit where they would have been; the page's own are added", () => {
    // page: headline, 1, 2, ad, 4, 6..9, subscribe, copyright (0, 3, 5, 10 cut)
    const p = wheat.paragraphs;
    const page = [headline, p[1]!, p[2]!, ad, p[4]!, p[6]!, p[7]!, p[8]!, p[9]!, subscribe, copyright];
    expect(brief(diff(wheat, page))).toEqual([
      "added -→0",
      "missing 0→-",
      "same 1→1",
      "same 2→2",
      "missing 3→-",
      "added -→3",
      "same 4→4",
      "missing 5→-",
      "same 6→5",
      "same 7→6",
      "same 8→7",
      "same 9→8",
      "missing 10→-",
      "added -→9",
      "added -→10",
    ]);
  });

  test("merged and split paragraphs: style when only re-paragraphed, rewritten when also reworded", () => {
    const p = phones.paragraphs;
    const cut = p[5]!.indexOf("Board member");
    const page = [`${p[0]} ${p[1]}`, p[2]!, `${p[3]} ${p[4]!.replace("magnetic pouches", "pouches")}`, p[5]!.slice(0, cut), p[5]!.slice(cut), ...p.slice(6)];
    const changes = diff(phones, page);
    expect(brief(changes).slice(0, 7)).toEqual(["style 0→0", "style 1→0", "same 2→1", "rewritten 3→2", "rewritten 4→2", "style 5→3", "style 5→4"]);
  });

  test("every page paragraph and every original paragraph appears, in page order", () => {
    const p = seed.paragraphs;
    const page = [headline, p[2]!, p[3]!, ad, p[0]!, p[5]!, `${p[6]} ${p[7]}`, p[9]!, subscribe];
    const changes = diff(seed, page);
    expect(new Set(changes.flatMap((c) => (c.pageIndex === undefined ? [] : [c.pageIndex])))).toEqual(new Set(page.keys()));
    expect(new Set(changes.flatMap((c) => (c.originalIndex === undefined ? [] : [c.originalIndex])))).toEqual(new Set(p.keys()));
    const pages = changes.flatMap((c) => (c.pageIndex === undefined ? [] : [c.pageIndex]));
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    const kept = changes.filter((c) => c.kind !== "added").map((c) => c.originalIndex!);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
  });
});

describe("wordDiff", () => {
  test("shows only real wording changes, with context", () => {
    expect(wordDiff("Bloomberg reported Thursday, citing officials.", "Bloomberg reported Oct. 24, citing officials.")).toBe(
      "Bloomberg reported [-Thursday,-]{+Oct. 24,+} citing officials.",
    );
    expect(wordDiff("“The pacts work,” he said.", '"The PACTS work," he said.')).toBe("");
    expect(wordDiff("one two three four five six seven eight nine ten", "one two three four five six seven eight nine ten eleven")).toBe(
      "… eight nine ten {+eleven+}",
    );
  });

  test("stays short on long rewrites", () => {
    const before = seed.paragraphs.slice(0, 6).join(" ");
    const after = wheat.paragraphs.slice(0, 6).join(" ");
    const out = wordDiff(before, after);
    expect(out.length).toBeLessThanOrEqual(240);
    expect(out.endsWith("…")).toBe(true);
    expect(wordDiff(before, after, { maxLength: 60 }).length).toBeLessThanOrEqual(60);
    const edits = wordDiff(seed.paragraphs[1]!, seed.paragraphs[1]!.replace("strategic", "security").replace("secret", "classified").replace("cyberattacks", "hacking"));
    expect(edits).toBe(
      "… the “Quad,” a [-strategic-]{+security+} group comprising the … anonymity to discuss [-secret-]{+classified+} matters. Others involve … to counter Chinese [-cyberattacks.-]{+hacking.+}",
    );
  });
});
