import { load, type CheerioAPI } from "cheerio";
import { describe, expect, test } from "vitest";
import { formatters } from "../../src/formatters/index.js";
import { html } from "../../src/formatters/html.js";
import { summarize } from "../../src/report.js";
import type { FormatOptions } from "../../src/formatters/types.js";
import type { Report } from "../../src/types.js";
import { checkExample, CORE_RULES, EXAMPLES, fullReport, loadError, oneFinding, PAGE_URL, ruleMetas } from "./report.js";

function render(report: Report, options: FormatOptions = {}): { output: string; $: CheerioAPI } {
  const output = html(report, { rules: ruleMetas, ...options });
  return { output, $: load(output) };
}

/** Per-site summary row: site → column → number. */
function siteRow($: CheerioAPI, site: string): Record<string, number> {
  const row = $("table.sites tbody tr").filter((_, el) => $(el).find("th").text() === site);
  expect(row.length).toBe(1);
  const cells: Record<string, number> = {};
  row.find("td").each((_, td) => {
    const key = $(td).attr("data-col") ?? $(td).attr("data-term")!;
    cells[key] = Number($(td).text());
  });
  return cells;
}

const section = ($: CheerioAPI, input: string) => $("section.page").filter((_, el) => $(el).find("h3").text() === input);

const SCRIPT = "<script>alert(1)</script>";
const IMG = '"><img src=x onerror=alert(1)>';

describe("html formatter", () => {
  test("is registered as `html`", () => {
    expect(formatters.html).toBe(html);
  });

  test("heading with totals", () => {
    const report = fullReport();
    const { $ } = render(report);
    expect($("h1").text()).toContain("republint");
    const total = (key: string) => Number($(`[data-total="${key}"] strong`).text());
    expect(total("checked")).toBe(report.summary.checked);
    expect(total("not-applicable")).toBe(report.summary.notApplicable);
    expect(total("errors")).toBe(2);
    expect(total("error-count")).toBe(report.summary.errorCount);
    expect(total("warning-count")).toBe(1);
    expect($("header").text()).toMatch(/pages checked.*not applicable.*could not be checked.*errors.*warnings/s);
  });

  test("one section per page, in order", () => {
    const report = fullReport();
    const { $ } = render(report);
    const inputs = $("section.page h3").map((_, el) => $(el).text()).get();
    expect(inputs).toEqual(report.results.map((r) => r.input));
    expect(inputs).toHaveLength(EXAMPLES.length + 4);
  });

  test("per-site summary: local files vs. URL hosts", () => {
    const { $ } = render(fullReport());
    expect($("table.sites tbody tr")).toHaveLength(2);
    // 8 local inputs: the listing is not applicable and missing.html could not be loaded.
    expect(siteRow($, "local files")).toEqual({
      checked: 7,
      compliant: 3, // credit-line, compliant, and dist/warned (a warning only)
      "logo-present": 2,
      "reporter-byline": 1,
      "byline-affiliation": 3,
      "not-applicable": 1,
      skipped: 0,
      error: 1,
    });
    expect(siteRow($, "partner.example")).toEqual({
      checked: 1,
      compliant: 0,
      "logo-present": 0,
      "reporter-byline": 1,
      "byline-affiliation": 1,
      "not-applicable": 0,
      skipped: 0,
      error: 1, // https://partner.example/gone/ answered 404
    });
  });

  test("quiet leaves warnings (and notes) out", () => {
    const { $ } = render(fullReport(), { quiet: true });
    expect(Number($('[data-total="warning-count"] strong').text())).toBe(0);
    expect(siteRow($, "local files")["byline-affiliation"]).toBe(2);
    expect(section($, "dist/warned.html").find("tr.finding")).toHaveLength(0);
    expect($(".severity-warning")).toHaveLength(0);
    expect($("ul.notes")).toHaveLength(0);

    const loud = render(fullReport()).$;
    expect(section(loud, "dist/warned.html").find("tr.finding .severity-warning")).toHaveLength(1);
  });

  test("verdict marks", () => {
    const { $ } = render(fullReport());
    const marks = (input: string) =>
      Object.fromEntries(section($, input).find("ul.verdicts li").map((_, li) => [[$(li).attr("data-term"), $(li).find(".mark").text()]]).get());
    expect(marks("examples/wordpress-compliant.html")).toEqual({ "logo-present": "✓", "reporter-byline": "✓", "byline-affiliation": "✓" });
    expect(marks("examples/drupal-logo-hidden.html")).toEqual({ "logo-present": "✗", "reporter-byline": "✓", "byline-affiliation": "✓" });
    expect(marks("examples/ghost-listing.html")).toEqual(Object.fromEntries(CORE_RULES.map((id) => [id, "–"])));
    expect(section($, "examples/missing.html").find("ul.verdicts")).toHaveLength(0);
  });

  test("findings: severity, line:column, message, rule id, evidence in <code>, selector", () => {
    const { $ } = render(oneFinding("dist/story.html", {}));
    const cells = $("tr.finding td").map((_, td) => $(td).text()).get();
    expect(cells).toEqual(["error", "3:5", "The byline credits someone else.", "reporter-byline", "By Admin", "article > p.byline"]);
    expect($("tr.finding td.evidence code").text()).toBe("By Admin");
    const page = render(oneFinding("dist/story.html", { location: null, evidence: null, selector: null })).$;
    expect(page("tr.finding td").eq(1).text()).toBe("page");
  });

  test("not-applicable reason, load errors and notes are shown", () => {
    const { $ } = render(fullReport());
    expect(section($, "examples/ghost-listing.html").find(".status").text()).toMatch(/^not applicable: .+/);
    expect(section($, "examples/missing.html").find(".error").text()).toContain("no such file or directory");
    expect(section($, "https://partner.example/gone/").find(".error").text()).toContain("HTTP 404 Not Found");
    const withNote = checkExample("wordpress-compliant.html", { authors: [] });
    const notes = render(summarize([withNote])).$("ul.notes li");
    expect(notes.length).toBe(withNote.notes.length);
    expect(withNote.notes.length).toBeGreaterThan(0);
    expect(notes.first().text()).toContain(withNote.notes[0]!.message);
  });

  test("an http(s) input becomes a safe link; other schemes stay text", () => {
    const { $ } = render(
      summarize([
        checkExample("wordpress-compliant.html", { input: PAGE_URL, url: PAGE_URL }),
        loadError("javascript:alert(1)//https://x", "bad"),
        loadError("JaVaScRiPt:alert(document.cookie)", "bad"),
        loadError("data:text/html,<script>alert(1)</script>", "bad"),
        loadError('https://evil.example/"onmouseover="alert(1)', "bad"),
      ]),
    );
    const links = $("a");
    expect(links).toHaveLength(2);
    expect(links.first().attr("href")).toBe(PAGE_URL);
    expect(links.first().attr("rel")).toBe("noopener noreferrer");
    expect(links.last().attr("onmouseover")).toBeUndefined();
    expect(links.last().attr("href")).toMatch(/^https:\/\/evil\.example\//);
    links.each((_, a) => expect($(a).attr("href")).toMatch(/^https?:\/\//));
    expect($("h3").eq(1).text()).toBe("javascript:alert(1)//https://x");
    expect($("h3").eq(1).find("a")).toHaveLength(0);
    expect($("script")).toHaveLength(0);
  });

  test.each([
    ["message", { message: SCRIPT }],
    ["message", { message: IMG }],
    ["evidence", { evidence: SCRIPT }],
    ["evidence", { evidence: IMG }],
    ["selector", { selector: SCRIPT }],
    ["selector", { selector: IMG }],
    ["rule", { ruleId: IMG }],
  ] as const)("hostile %s stays text", (field, finding) => {
    const value = Object.values(finding)[0]!;
    const { $ } = render(oneFinding("dist/story.html", finding));
    expect($("script")).toHaveLength(0);
    expect($("img")).toHaveLength(0);
    expect($("[onerror]")).toHaveLength(0);
    expect($(`tr.finding td.${field}`).text()).toBe(value);
  });

  test.each([SCRIPT, IMG, `https://partner.example/${IMG}`, `https://partner.example/?q=${SCRIPT}`])("hostile input %s stays text", (input) => {
    const { $ } = render(
      summarize([
        { ...oneFinding(input, {}).results[0]!, notes: [{ ruleId: "reporter-byline", message: IMG }] },
        loadError(input, SCRIPT),
        { input, status: "not-applicable", reason: IMG, verdicts: {}, findings: [], notes: [] },
      ]),
    );
    expect($("script")).toHaveLength(0);
    expect($("img")).toHaveLength(0);
    expect($("[onerror]")).toHaveLength(0);
    expect($("section.page h3").map((_, h) => $(h).text()).get()).toEqual([input, input, input]);
    expect($("ul.notes li").text()).toContain(IMG);
    expect($("section.page .error").text()).toContain(SCRIPT);
    expect($("section.page").last().find(".status").text()).toBe(`not applicable: ${IMG}`);
    expect($("title").text()).toBe("republint report");
  });

  test("self-contained: strict CSP, inline style, no external URLs or scripts", () => {
    const { $, output } = render(fullReport());
    expect(output.startsWith("<!DOCTYPE html>")).toBe(true);
    const csp = $('meta[http-equiv="Content-Security-Policy"]');
    expect(csp).toHaveLength(1);
    expect(csp.attr("content")).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect($("meta[charset]").attr("charset")).toBe("utf-8");
    expect($("script")).toHaveLength(0);
    expect($("link")).toHaveLength(0);
    expect($("style")).toHaveLength(1);
    expect($("style").text()).not.toMatch(/url\(|@import|https?:/);
    expect($("[src]")).toHaveLength(0);
    $("head *").each((_, el) => {
      for (const value of Object.values($(el).attr() ?? {})) expect(value).not.toMatch(/https?:/);
    });
  });
});
