/** The tree walks that stand in for selectors and string building must answer exactly as those did. */
import { Element, Text } from "domhandler";
import { textContent } from "domutils";
import { describe, expect, test } from "vitest";
import { collapsedLength, hasToken, trimmedLength } from "../../src/page/dom.js";
import { splitCredits, namesPersonAndOrganisationOnly } from "../../src/page/names.js";
import { normalizeText } from "../../src/page/text.js";

describe("text lengths without the strings", () => {
  test("collapsedLength is textContent's length with white space collapsed and trimmed", () => {
    const pieces = ["a", " ", "  ", "\n", "\u00a0", "word", " x ", "x ", " x", "\t", "é", "\u2003"];
    let seed = 11;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < 3000; k++) {
      const texts: Text[] = [];
      for (let i = Math.floor(next() * 5); i > 0; i--) {
        let s = "";
        for (let j = Math.floor(next() * 4); j > 0; j--) s += pieces[Math.floor(next() * pieces.length)];
        texts.push(new Text(s));
      }
      const p = new Element("p", {}, [new Element("span", {}, texts.slice(0, 2)), ...texts.slice(2)]);
      expect(collapsedLength(p)).toBe(textContent(p).replace(/\s+/g, " ").trim().length);
      expect(trimmedLength(p)).toBe(textContent(p).trim().length);
    }
  });
});

describe("selector semantics", () => {
  test("hasToken is [attr~=token]", () => {
    expect(hasToken("entry-title  h1", "entry-title")).toBe(true);
    expect(hasToken("entry-title-x", "entry-title")).toBe(false);
    expect(hasToken("a\u00a0post", "post")).toBe(true); // \s includes the no-break space
    expect(hasToken(undefined, "post")).toBe(false);
  });
});

describe("shortcuts keep their answers", () => {
  test.each(["Jane Doe // DCNF", "Jane Doe, Daily Caller News Foundation", "Hello, world", "Jane Doe | Staff Writer | DCNF", "The Daily Caller, Jane Doe", "By Jane Doe and John Roe, DCNF", "June 3, 2024 | Jane Doe"])(
    "namesPersonAndOrganisationOnly(%j)",
    (line) => {
      const credits = splitCredits(line);
      const full = credits.some((c) => c.kind === "person") && credits.some((c) => c.kind === "organisation") && credits.every((c) => c.kind !== "other");
      expect(namesPersonAndOrganisationOnly(line)).toBe(full);
    },
  );

  test.each(["Plain ASCII  text\t", "José Ramírez’s “quote” — dash", "ﬁne ｆｕｌｌ width", "a\u00a0b\u200bc", "ÉCOLE"])("normalizeText(%j) matches the full normalisation", (text) => {
    const full = text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`\u201c\u201d\u201e\u2033\u2010-\u2015\u00a0\u2007\u202f\u200b\u200c\u200d\ufeff]/g, (c) => (/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/.test(c) ? "'" : /[\u201c\u201d\u201e\u2033]/.test(c) ? '"' : /[\u2010-\u2015]/.test(c) ? "-" : /[\u00a0\u2007\u202f]/.test(c) ? " " : ""))
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
    expect(normalizeText(text)).toBe(full);
  });
});

describe("findNormalizedText's needles only skip texts that cannot match", () => {
  test("on the example pages, for the publisher and for reporters", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { Page } = await import("../../src/page/page.js");
    const { publisherMatchers } = await import("../../src/page/organisations.js");
    const { nameNeedles, namesPersonNormalized } = await import("../../src/page/names.js");
    const dcnf = { name: "Daily Caller News Foundation", aliases: ["DCNF"], notTheSame: ["The Daily Caller"], hosts: [] };
    const match = publisherMatchers(dcnf);
    expect(match.needles).toEqual(["daily", "dcnf"]);
    expect(nameNeedles("Seán O’Brien")).toEqual(["brien"]);
    const dir = new URL("../../examples/", import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".html"))) {
      const source = readFileSync(new URL(file, dir), "utf8");
      const nodes = (hits: { node: unknown }[]) => hits.map((h) => h.node);
      for (const [test, needles] of [
        [(t: string) => match.publisher.test(t), match.needles],
        [(t: string) => namesPersonNormalized(t, "Laila Montgomery"), nameNeedles("Laila Montgomery")],
      ] as const) {
        const page = new Page({ source });
        const fresh = new Page({ source });
        expect(nodes(page.findNormalizedText(test, needles)).length).toBe(nodes(fresh.findText((t) => test(normalizeText(t)))).length);
      }
    }
  });
});
