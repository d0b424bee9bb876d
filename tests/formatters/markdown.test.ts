import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import { markdown } from "../../src/formatters/markdown.js";
import { summarize } from "../../src/report.js";
import type { Report } from "../../src/types.js";
import { checkExample, fullReport, oneFinding, PAGE_URL, ruleMetas } from "./report.js";

// GitHub allows inline HTML in comments and summaries: render with it on, to catch any that leaks.
const md = new MarkdownIt({ html: true });

interface Cell {
  text: string;
  /** Token types inside the cell other than plain text: emphasis, links, code, HTML... */
  markup: string[];
}

/** The rendered table, as rows of cells (header row first), via markdown-it's tokens. */
function table(output: string): Cell[][] {
  const rows: Cell[][] = [];
  let inTable = false;
  for (const token of md.parse(output, {})) {
    if (token.type === "table_open" || token.type === "table_close") inTable = token.type === "table_open";
    if (token.type === "tr_open") rows.push([]);
    if (token.type === "inline" && inTable) {
      const children = token.children ?? [];
      rows.at(-1)!.push({
        text: children.map((c) => c.content).join(""),
        markup: children.filter((c) => c.type !== "text").map((c) => c.type),
      });
    }
  }
  return rows;
}

function render(report: Report, options = {}): { output: string; rows: Cell[][] } {
  const output = markdown(report, { rules: ruleMetas, ...options });
  return { output, rows: table(output) };
}

const row = (rows: Cell[][], page: string) => rows.find((r) => r[0]!.text === page)!.map((c) => c.text);

describe("markdown", () => {
  test("a heading with the totals, then the pages' counts", () => {
    const lines = render(fullReport()).output.split("\n");
    expect(lines[0]).toBe("## republint: ❌ 8 problems (7 errors, 1 warning) on 6 pages");
    expect(lines[2]).toBe("11 pages: 8 checked, 1 not applicable, 2 could not be checked");
  });

  test("the heading says when nothing is wrong, and when pages could not be checked", () => {
    expect(render(summarize([checkExample("wordpress-compliant.html")])).output).toMatch(/^## republint: ✅ no problems\n/);
    const failedLoad = summarize([{ input: "a.html", status: "error", verdicts: {}, findings: [], notes: [], error: "empty file" }]);
    expect(render(failedLoad).output).toMatch(/^## republint: ❗ no problems\n\n1 page: 0 checked, 0 not applicable, 1 could not be checked\n/);
  });

  test("one row per page, every page; a status column and one column per term", () => {
    const report = fullReport();
    const { rows } = render(report);
    expect(rows[0]!.map((c) => c.text)).toEqual(["Page", "Status", "logo-present", "reporter-byline", "byline-affiliation"]);
    expect(rows.slice(1).map((r) => r[0]!.text)).toEqual(report.results.map((r) => r.input));
    expect(rows.every((r) => r.length === 5)).toBe(true);
  });

  test("✅ / ❌ / ➖ per term, and a status per page", () => {
    const { rows } = render(fullReport());
    expect(row(rows, "examples/wordpress-compliant.html")).toEqual(["examples/wordpress-compliant.html", "✅ pass", "✅", "✅", "✅"]);
    expect(row(rows, "examples/wordpress-wrong-reporter.html")).toEqual(["examples/wordpress-wrong-reporter.html", "❌ 2 errors", "✅", "❌", "❌"]);
    expect(row(rows, "dist/warned.html")).toEqual(["dist/warned.html", "⚠️ 1 warning", "✅", "✅", "❌"]);
    expect(row(rows, "examples/ghost-listing.html")).toEqual([
      "examples/ghost-listing.html",
      "➖ not applicable: listing page (home, section, tag or author archive)",
      "➖",
      "➖",
      "➖",
    ]);
    expect(row(rows, "examples/missing.html")).toEqual(["examples/missing.html", "❗ could not check: no such file or directory", "", "", ""]);
    expect(row(rows, PAGE_URL)[1]).toBe("❌ 2 errors");
  });

  test("findings are listed under their page as - **rule-id** line:col — message", () => {
    const { output } = render(fullReport());
    const findings = output.slice(output.indexOf("### Findings"));
    expect(findings).toContain(
      [
        "**examples/wordpress-wrong-reporter.html**",
        "",
        '- **byline-affiliation** 155:4 — The byline credits "The Daily Caller", a different organisation from the Daily Caller News Foundation.',
        '- **reporter-byline** 155:4 — The byline credits "The Daily Caller", not Laila Montgomery.',
      ].join("\n"),
    );
    expect(findings).toContain("- **logo-present** page — No Daily Caller News Foundation logo is shown with the article.");
    // The page's own `<style>` is text, not HTML.
    expect(md.render(findings)).toContain("in the page's &lt;style&gt;.");
    expect(findings).not.toContain("examples/wordpress-compliant.html");
    expect(findings).not.toContain("ghost-listing");
  });

  test("no Findings section when there are none; --quiet leaves warnings out", () => {
    expect(render(summarize([checkExample("wordpress-compliant.html")])).output).not.toContain("### Findings");
    const { output, rows } = render(fullReport(), { quiet: true });
    expect(output.split("\n")[0]).toBe("## republint: ❌ 7 problems (7 errors, 0 warnings) on 5 pages");
    expect(row(rows, "dist/warned.html")[1]).toBe("✅ pass");
    expect(output).not.toContain("**dist/warned.html**");
  });

  test("text from pages stays inert text: pipes, emphasis, code, links, HTML, entities, mentions, line breaks", () => {
    const name = "dist/a|b *c* _d_ `e` [f](g) <h> &amp; ~~i~~ $j$ #1 @k\\.html";
    const message = 'Byline "By *Admin* | <script>alert(1)</script> ![x](y) @editor" found\nhere.';
    const report = summarize([
      ...oneFinding(name, { message }).results,
      { input: "x.html", status: "error", verdicts: {}, findings: [], notes: [], error: "HTTP 500 | <b>oops</b>" },
    ]);
    const { output, rows } = render(report);
    // The table keeps its shape: no cell was split by a `|` from a page.
    expect(rows.every((r) => r.length === 5)).toBe(true);
    const page = rows[1]![0]!;
    expect(page.markup).toEqual([]);
    expect(page.text).toBe(name.replace("@", "@\u200B"));
    expect(rows[2]![1]).toEqual({ text: "❗ could not check: HTTP 500 | <b>oops</b>", markup: [] });
    // In the findings list: one line, no HTML, no emphasis from the page, and no live @mention.
    const item = output.split("\n").find((l) => l.startsWith("- **reporter-byline**"))!;
    const inline = md.parseInline(item.replace(/^- \*\*reporter-byline\*\* /, ""), {})[0]!.children!;
    expect(inline.filter((t) => t.type !== "text").map((t) => t.type)).toEqual([]);
    expect(inline.map((t) => t.content).join("")).toBe(`3:5 — ${message.replace("\n", " ").replace("@", "@\u200B")}`);
    expect(md.render(output)).not.toMatch(/<script|<b>|<em>|<img|<s>|<a /);
  });
});
