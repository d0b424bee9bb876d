import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { checkHtml } from "../../src/check.js";
import { extractOriginal } from "../../src/originals/extract.js";
import { OriginalLibrary } from "../../src/originals/library.js";
import { Page } from "../../src/page/page.js";
import { STORY, wordpressPage } from "../helpers/page-builder.js";

const ORIGINAL = "tests/fixtures/originals/dcnf/us-intelligence-partnerships-asia-china-cyber.html";
const library = new OriginalLibrary([extractOriginal(new Page({ source: readFileSync(ORIGINAL, "utf8"), url: "https://dailycaller.com/x/" }))!]);
const copy = (extra: Parameters<typeof wordpressPage>[0]) => wordpressPage({ byline: '<span class="byline">By Staff</span>', paragraphs: STORY.slice(0, 10), ...extra });
const verdict = (html: string) => checkHtml(html, { originals: library }).verdicts["unattributed-copy"];

describe("unattributed-copy", () => {
  test("a copy that names the Foundation nowhere fails", () => {
    expect(verdict(copy({}))).toBe("fail");
  });

  test("a lazy-loaded logo whose alt is only in its <noscript> fallback is a visible credit", () => {
    const logo = '<img class="lazyload" data-src="/uploads/logo-17.png" alt=""><noscript><img src="/uploads/logo-17.png" alt="Daily Caller News Foundation logo"></noscript>';
    expect(verdict(copy({ bodyTop: logo }))).toBe("pass");
  });

  test("a hidden logo is no credit", () => {
    expect(verdict(copy({ bodyTop: '<img hidden src="/uploads/dcnf.png" alt="Daily Caller News Foundation logo">' }))).toBe("fail");
  });
});
