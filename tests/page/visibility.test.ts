import { describe, expect, test } from "vitest";
import { Page } from "../../src/page/page.js";
import { mayHideIn, specificity } from "../../src/page/css.js";

const reason = (html: string, selector = "#t") => {
  const page = new Page({ source: `<!doctype html><html><head>${html.includes("<style") ? "" : ""}</head><body>${html}</body></html>` });
  return page.hiddenReason(page.$(selector)[0]!);
};

describe("hiddenReason", () => {
  test.each([
    ["visible", '<p id="t">x</p>', null],
    ["visibility:visible shows through a visibility:hidden ancestor", '<div style="visibility:hidden"><p id="t" style="visibility:visible">x</p></div>', null],
    ["visibility:visible does not undo an ancestor's display:none", '<div style="visibility:hidden"><div style="display:none"><p id="t" style="visibility:visible">x</p></div></div>', "display:none (inline style)"],
    ["AMP layout=nodisplay", '<amp-ad id="t" layout="nodisplay" type="doubleclick"></amp-ad>', 'layout="nodisplay" (AMP)'],
    ["hidden attribute", '<p id="t" hidden>x</p>', "hidden attribute"],
    ["inline display:none", '<p id="t" style="color:red; DISPLAY : none">x</p>', "display:none (inline style)"],
    ["ancestor display:none", '<div style="display:none"><p id="t">x</p></div>', "display:none (inline style)"],
    ["visibility:hidden", '<p id="t" style="visibility:hidden">x</p>', "visibility:hidden (inline style)"],
    ["opacity 0", '<p id="t" style="opacity:0">x</p>', "opacity:0 (inline style)"],
    ["template content", '<template><p id="t">x</p></template>', null],
    ["a <style> class", '<style>.gone{display:none}</style><p id="t" class="gone">x</p>', 'display:none from ".gone" in the page\'s <style>'],
    ["sr-only clip pattern from <style>", '<style>.vh{position:absolute!important;clip:rect(1px,1px,1px,1px);width:1px;height:1px;overflow:hidden}</style><p id="t" class="vh">x</p>', "clipped to nothing"],
    ["WordPress screen-reader-text without its CSS", '<span id="t" class="screen-reader-text">x</span>', 'class "screen-reader-text" (visually hidden)'],
    ["aria-hidden alone is still seen", '<p id="t" aria-hidden="true">x</p>', null],
    ["aria-hidden plus hiding CSS", '<style>[aria-hidden=true].byline{display:none}</style><p id="t" class="byline" aria-hidden="true">x</p>', "display:none"],
    ["off-screen", '<p id="t" style="position:absolute;left:-9999px">x</p>', "moved off-screen"],
    ["zero height with overflow hidden", '<p id="t" style="height:0;overflow:hidden">x</p>', "height:0"],
    ["print-only hiding does not count", '<style>@media print{.x{display:none}}</style><p id="t" class="x">x</p>', null],
    ["hover-only hiding does not count", '<style>.x:hover{display:none}</style><p id="t" class="x">x</p>', null],
    ["!important beats inline", '<style>.x{display:none!important}</style><p id="t" class="x" style="display:block">x</p>', "display:none"],
    ["inline beats the sheet", '<style>.x{display:none}</style><p id="t" class="x" style="display:block">x</p>', null],
    ["an id rule beats a class rule", '<style>#t{display:block} .x{display:none}</style><p id="t" class="x">x</p>', null],
    ["broken CSS hides nothing", '<style>.x{display:none</style><p id="t" class="y">x</p>', null],
    ["an escaped class name (Tailwind) is still run", '<style>.max-md\\:hidden{display:none}</style><p id="t" class="max-md:hidden">x</p>', "display:none"],
    ["a rule for a class the page lacks is skipped, the one it has is not", '<style>.absent .x{display:block}.wrap .x{display:none}</style><div class="wrap"><p id="t" class="x">x</p></div>', "display:none"],
    // What the pre-scan (mayHideIn) must not miss before it lets postcss off.
    ["a comment inside the selector", '<style>.a/* c */.x{display:none}</style><p id="t" class="a x">x</p>', "display:none"],
    ["a comment inside the declaration", '<style>.x{display:none/* c */}</style><p id="t" class="x">x</p>', "display:none"],
    ["braces and semicolons in strings and url()", '<style>.q::after{content:"}{;"}.i{background:url(data:x;y{z})}.x{visibility : hidden !important}</style><p id="t" class="x">x</p>', "visibility:hidden"],
    ["keyframes hide nothing, the rule after them does", '<style>@keyframes f{from{opacity:0}to{opacity:1}}.x{opacity:0}</style><p id="t" class="x">x</p>', "opacity:0"],
    ["screen media and @supports apply", '<style>@media screen{@supports (display:grid){.x{display:none}}}</style><p id="t" class="x">x</p>', "display:none"],
    ["the *prop hack", '<style>.x{*display:none}</style><p id="t" class="x">x</p>', "display:none"],
    ["one selector of a list", '<style>.absent,.x:not(.y){display:none}</style><p id="t" class="x">x</p>', "display:none"],
    ["a nested rule", '<style>.wrap{color:red;.x{display:none}}</style><div class="wrap"><p id="t" class="x">x</p></div>', "display:none"],
    ["hiding CSS for classes the page lacks", '<style>.absent{display:none}@media print{.x{display:none}}@keyframes k{0%{opacity:0}}</style><p id="t" class="x">x</p>', null],
  ])("%s", (_, html, expected) => {
    const got = reason(html);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toContain(expected);
  });
});

describe("specificity", () => {
  test("ids, classes, types", () => {
    expect(specificity("#a .b p")).toBe(1_001_001);
    expect(specificity(".entry-content img.dcnf-logo")).toBe(2_001);
    expect(specificity("a[rel=author]:first-child")).toBe(2_001);
  });
});

describe("mayHideIn (the pre-scan before postcss)", () => {
  const hides = (prop: string, value: string) => prop === "display" && value === "none";
  const present = (names: string[]) => (selector: string) => names.some((n) => selector.endsWith(n));
  test("false only when no hiding rule could match", () => {
    expect(mayHideIn(".a{display:block}.b{display:none}", present([".a"]), hides)).toBe(false);
    expect(mayHideIn(".a{display:block}.b{display:none}", present([".b"]), hides)).toBe(true);
    expect(mayHideIn("@media print{.b{display:none}}", present([".b"]), hides)).toBe(false);
    expect(mayHideIn(".b:hover{display:none}", present([".b:hover"]), hides)).toBe(false);
  });
  test("true wherever it could read the CSS differently from postcss", () => {
    expect(mayHideIn(".b{display:none", present([]), hides)).toBe(true); // unclosed block
    expect(mayHideIn('.b{content:"x}', present([]), hides)).toBe(true); // unclosed string
    expect(mayHideIn(".a/*x*/{display:none}", present([]), hides)).toBe(true); // comment in the selector
    expect(mayHideIn("}.a{}", present([]), hides)).toBe(true); // stray brace
  });
});
