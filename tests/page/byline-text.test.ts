import { describe, expect, test } from "vitest";
import { creditsPart, startsWithByline } from "../../src/page/byline-text.js";

describe("startsWithByline", () => {
  test.each([
    ["By Laila Montgomery", true],
    ["By: Laila Montgomery, DCNF", true],
    ["BY:Laila Montgomery", true],
    ["Posted on November 3, 2026 by Laila Montgomery | Daily Caller News Foundation", true],
    ["Published 11/03/2026 by Laila Montgomery", true],
    ["Submitted by Laila Montgomery on Tue, 11/03/2026 - 10:15", true],
    ["Author: Laila Montgomery", true],
    ["\u200bBy Laila Montgomery", true],
    ["Byron Donalds said on Tuesday", false],
    ["Published reports by the Pentagon say otherwise", false], // no date: a story sentence
    ["Posted in National", false],
    ["Authorities said on Tuesday", false],
  ])("%s: %s", (text, expected) => {
    expect(startsWithByline(text)).toBe(expected);
  });
});

describe("creditsPart", () => {
  test.each([
    ["By: Laila Montgomery, DCNF", "Laila Montgomery, DCNF"],
    ["Posted on November 3, 2026 by Laila Montgomery | DCNF", "Laila Montgomery | DCNF"],
    ["Submitted by Laila Montgomery on Tue, 11/03/2026 - 10:15", "Laila Montgomery"],
    ["By Laila Montgomery in", "Laila Montgomery"],
    ["Laila Montgomery//Daily Caller News Foundation", "Laila Montgomery//Daily Caller News Foundation"],
  ])("%s → %s", (text, expected) => {
    expect(creditsPart(text)).toBe(expected);
  });
});
