import { describe, expect, test } from "vitest";
import { csv } from "../../src/formatters/csv.js";
import { summarize } from "../../src/report.js";
import { checkExample, loadError, oneFinding } from "./report.js";

/** A small RFC 4180 reader, enough to check what the formatter writes. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  return rows;
}

describe("csv", () => {
  test("a header, then one row per page and term, and one per page that could not be checked", () => {
    const report = summarize([checkExample("drupal-logo-hidden.html"), checkExample("ghost-listing.html"), loadError("gone.html", "no such file or directory")]);
    const rows = parse(csv(report));
    expect(rows[0]).toEqual(["input", "status", "term", "verdict", "errors", "warnings", "first finding", "line", "column", "reason"]);
    const logo = rows.find((r) => r[0] === "examples/drupal-logo-hidden.html" && r[2] === "logo-present")!;
    expect(logo.slice(1, 6)).toEqual(["checked", "logo-present", "fail", "1", "0"]);
    expect(logo[6]).toMatch(/^The Daily Caller News Foundation logo is not visible: display:none/);
    expect(logo[7]).toMatch(/^\d+$/);
    expect(rows.filter((r) => r[0] === "examples/ghost-listing.html").every((r) => r[3] === "not-applicable")).toBe(true);
    expect(rows.at(-1)).toEqual(["gone.html", "error", "", "", "", "", "", "", "", "no such file or directory"]);
  });

  test("quotes, commas, line breaks and formula-looking text stay data", () => {
    const rows = parse(csv(oneFinding('dist/"odd", name.html', { message: '=HYPERLINK("x")\nsecond line, with comma' })));
    const row = rows.find((r) => r[2] === "reporter-byline")!;
    expect(row[0]).toBe('dist/"odd", name.html');
    expect(row[6]).toBe(`'=HYPERLINK("x")\nsecond line, with comma`);
  });
});
