import { load } from "cheerio";
import type { Element } from "domhandler";
import { describe, expect, test } from "vitest";
import { LineIndex } from "../src/location.js";

/** Every element's start and end, as parse5 numbers them, must equal LineIndex's numbers. */
function compareWithParse5(source: string): number {
  const $ = load(source, { sourceCodeLocationInfo: true });
  const index = new LineIndex(source);
  let compared = 0;
  for (const el of $("*").toArray() as Element[]) {
    const loc = el.sourceCodeLocation;
    if (!loc) continue; // elements the parser invented
    expect(index.position(loc.startOffset), `start of <${el.name}>`).toEqual({ line: loc.startLine, column: loc.startCol });
    expect(index.position(loc.endOffset), `end of <${el.name}>`).toEqual({ line: loc.endLine, column: loc.endCol });
    compared++;
  }
  return compared;
}

describe("LineIndex agrees with parse5", () => {
  test.each([
    ["LF", "<div>\n  <p>one</p>\n  <p>two</p>\n</div>"],
    ["CRLF", "<div>\r\n  <p>one</p>\r\n  <p>two</p>\r\n</div>\r\n"],
    ["lone CR", "<div>\r<p>one</p>\r<p>two</p></div>"],
    ["mixed breaks", "<ul>\n<li>a</li>\r\n<li>b</li>\r<li>c</li>\n\n</ul>"],
    ["BOM", "\uFEFF<!doctype html>\n<p>after bom</p>\n<b>x</b>"],
    ["tabs", "<div>\n\t\t<p>\ttabbed</p>\n\t<img\tsrc=a.png\talt=x>\n</div>"],
    ["astral characters", "<p>emoji 😀 before</p>\n<i>after 😀</i><b>x</b>"],
    ["attributes over lines", '<img\r\n  src="/dcnf-logo.png"\r\n  alt="Daily Caller News Foundation logo">\r\n<p>x</p>'],
  ])("%s", (_, source) => {
    expect(compareWithParse5(source)).toBeGreaterThan(0);
  });

  test("a span reports both ends, with offsets", () => {
    const index = new LineIndex("ab\r\ncd\nef");
    expect(index.span(4, 8)).toEqual({ line: 2, column: 1, endLine: 3, endColumn: 2, startOffset: 4, endOffset: 8 });
  });

  test("offset at end of input", () => {
    expect(new LineIndex("a\n").position(2)).toEqual({ line: 2, column: 1 });
  });
});
