import { describe, expect, test } from "vitest";
import dcnf from "../rules/presets/dcnf.js";
import { mentionsPublisher } from "../src/applicability.js";
import { utf8Chars } from "../src/page/raw-text.js";

describe("is a page a DCNF republication at all (raw source, no DOM)", () => {
  test.each([
    ["the Foundation's name", "<p>By Jane Doe, Daily Caller News Foundation</p>", true],
    ["the name split over a line break", "<p>From the Daily Caller\n  News Foundation</p>", true],
    ["the alias", '<span class="org">DCNF</span>', true],
    ["its licensing address", '<a href="mailto:licensing@dailycallernewsfoundation.org">contact</a>', true],
    ["a link to its own site", '<a href="https://dailycallernewsfoundation.org/2024/10/25/x/">original</a>', true],
    ["a link to The Daily Caller, a different organisation that shares a host", '<p>As <a href="https://dailycaller.com/2024/10/25/x/">the Daily Caller reported</a>, …</p>', false],
    ["its logo's file name", '<img src="/uploads/dcnf-logo.png" alt="">', true],
    ["a partner's own story", "<p>The county fair opened on Friday.</p>", false],
    ["a word that only contains the alias", "<p>dcnfx</p>", false],
  ])("%s", (_, html, expected) => {
    expect(mentionsPublisher(html, dcnf.publisher)).toBe(expected);
  });
});

describe("the same question asked of undecoded UTF-8 bytes", () => {
  const raw = (html: string) => ({ text: utf8Chars(html), utf8: true });
  test.each([
    ["the name with no-break spaces", "<p>By Jane Doe, Daily\u00a0Caller\u00a0News Foundation</p>", true],
    ["the name with a thin space", "<p>Daily Caller\u2009News Foundation</p>", true],
    ["the alias after a curly quote", "<p>“DCNF”</p>", true],
    ["a partner's own story with accents", "<p>Café owners in Zürich reported on Friday.</p>", false],
    ["words joined by a control character that is not white space (NEL)", "<p>Daily\u0085Caller\u0085News\u0085Foundation</p>", false],
  ])("%s", (_, html, expected) => {
    expect(mentionsPublisher(raw(html), dcnf.publisher)).toBe(expected);
    expect(mentionsPublisher(html, dcnf.publisher)).toBe(expected);
  });

  test("a newswire whose name is not ASCII is still found in the bytes", () => {
    const publisher = { ...dcnf.publisher, name: "Agência Notícias Ñandú", aliases: [], hosts: [] };
    expect(mentionsPublisher(raw("<p>Fonte: AGÊNCIA NOTÍCIAS ÑANDÚ</p>"), publisher)).toBe(true);
    expect(mentionsPublisher(raw("<p>Fonte: outra agência</p>"), publisher)).toBe(false);
  });
});
