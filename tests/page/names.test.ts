import { describe, expect, test } from "vitest";
import { namesPerson, splitCredits } from "../../src/page/names.js";
import { publisherMatchers } from "../../src/page/organisations.js";
import { normalizeText } from "../../src/page/text.js";
import dcnf from "../../rules/presets/dcnf.js";

describe("namesPerson", () => {
  test.each([
    ["By Laila Montgomery, DCNF", "Laila Montgomery", true],
    ["BY LAILA MONTGOMERY", "Laila Montgomery", true],
    ["By José Ramírez-Ortiz", "Jose Ramirez-Ortiz", true],
    ["Seán O’Connell | DCNF", "Seán O'Connell", true],
    ["By Maya Collins", "Maya R. Collins", true],
    ["By Maya R. Collins", "Maya Collins", true],
    ["By Maya Rose Collins", "Maya R. Collins", true],
    ["By Laila Montgomery and Owen Hartley", "Owen Hartley", true],
    ["By Laila Montgomery-Smith", "Laila Montgomery", false],
    ["By Layla Montgomery", "Laila Montgomery", false],
    ["By Montgomery Laila", "Laila Montgomery", false],
    ["By Maya Jones Collins Smith", "Maya Collins", false],
    ["By Laila Mont\u00adgom\u00adery", "Laila Montgomery", true], // soft hyphens (&shy;)
    ["By La\u200bila Mont\u2060gomery\ufeff", "Laila Montgomery", true], // zero-width characters
    ["By Laila\u200bMontgomery", "Laila Montgomery", false], // a zero-width space is no space
  ])("%s names %s: %s", (text, name, expected) => {
    expect(namesPerson(text, name)).toBe(expected);
  });
});

describe("splitCredits", () => {
  const kinds = (byline: string) => splitCredits(byline).map((c) => `${c.kind}:${c.text}`);
  test("a reporter and the Foundation", () => {
    expect(kinds("By Laila Montgomery, Daily Caller News Foundation")).toEqual(["person:Laila Montgomery", "organisation:Daily Caller News Foundation"]);
  });
  test("several reporters", () => {
    expect(kinds("By A. Jones, Owen Hartley & Priya Nair")).toEqual(["person:A. Jones", "person:Owen Hartley", "person:Priya Nair"]);
  });
  test("organisation accounts and staff", () => {
    expect(kinds("By The Daily Caller")).toEqual(["organisation:The Daily Caller"]);
    expect(kinds("By Prairie Post Staff")).toEqual(["organisation:Prairie Post Staff"]);
    expect(kinds("Posted by Admin")).toEqual(["organisation:Admin"]);
  });
  test("plain-text bylines: a colon, WordPress's and Drupal's meta lines", () => {
    expect(kinds("By: Laila Montgomery, DCNF")).toEqual(["person:Laila Montgomery", "organisation:DCNF"]);
    expect(kinds("Posted on November 3, 2026 by Laila Montgomery | Daily Caller News Foundation")).toEqual(["person:Laila Montgomery", "organisation:Daily Caller News Foundation"]);
    expect(kinds("Submitted by Laila Montgomery on Tue, 11/03/2026 - 10:15")).toEqual(["person:Laila Montgomery"]);
    expect(kinds("By Laila Montgomery in")).toEqual(["person:Laila Montgomery"]); // "in <category link>"
  });
  test("credits keep no invisible characters", () => {
    expect(kinds("By Laila Mont\u00adgomery, Daily Caller News Foun\u00addation")).toEqual(["person:Laila Montgomery", "organisation:Daily Caller News Foundation"]);
  });
  test("dates and roles are neither", () => {
    expect(kinds("By Laila Montgomery | Staff Writer | Oct. 25")).toEqual(["person:Laila Montgomery", "other:Staff Writer", "other:Oct. 25"]);
  });
});

describe("publisher matchers (dcnf)", () => {
  const m = publisherMatchers(dcnf.publisher);
  test.each([
    ["laila montgomery, daily caller news foundation", true, false],
    ["laila montgomery | dcnf", true, false],
    ["laila montgomery//daily caller news foundation", true, false],
    ["by the daily caller", false, true],
    ["laila montgomery, daily caller", false, true],
    ["dcnfx", false, false],
    ["Laila Montgomery, Daily Caller News Foun\u00adda\u00adtion", true, false],
    ["Laila Montgomery | Daily\u200b Caller News\u2060 Foundation", true, false],
  ])("%s → publisher %s, look-alike %s", (text, publisher, lookAlike) => {
    expect(m.publisher.test(normalizeText(text))).toBe(publisher);
    expect(m.lookAlike.test(normalizeText(text))).toBe(lookAlike);
  });
  test("the licensing paragraph is recognised, with typographic apostrophes", () => {
    expect(m.licensing.test(normalizeText("All content created by the Daily Caller News Foundation, an independent…"))).toBe(true);
    expect(m.licensing.test(normalizeText("must include our logo, our reporter’s byline and their DCNF affiliation"))).toBe(false);
    expect(m.licensing.test(normalizeText("All republished articles must include our logo"))).toBe(true);
  });
});
