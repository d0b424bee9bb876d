import { describe, expect, test } from "vitest";
import { github } from "../../src/formatters/github.js";
import { summarize } from "../../src/report.js";
import { checkExample, fullReport, oneFinding, PAGE_URL, ROOT } from "./report.js";

const lines = (output: string) => output.split("\n").filter(Boolean);
const linesFor = (output: string, text: string) => lines(output).filter((l) => l.includes(text));

describe("github", () => {
  test("every line is a workflow command, one per finding and per input not checked", () => {
    const report = fullReport();
    const output = github(report, { cwd: ROOT });
    expect(output.endsWith("\n")).toBe(true);
    expect(lines(output).every((l) => /^::(error|warning)( [^:]+)?::/.test(l))).toBe(true);
    expect(lines(output)).toHaveLength(report.summary.errorCount + report.summary.warningCount + report.summary.errors);
  });

  test("a finding: file relative to cwd, its span, a title with the rule id, the message", () => {
    const [line] = linesFor(github(fullReport(), { cwd: ROOT }), "file=examples/wordpress-wrong-reporter.html,line=155,col=4,endLine=155,endColumn=25,title=republint%3A reporter-byline::");
    expect(line).toBe(
      "::error file=examples/wordpress-wrong-reporter.html,line=155,col=4,endLine=155,endColumn=25,title=republint%3A reporter-byline::" +
        'The byline credits "The Daily Caller", not Laila Montgomery.%0A"By The Daily Caller" at #post-61442 > div.article-content.clearfix > div.below-entry-meta.entry-meta > span.byline',
    );
  });

  test("a page-level finding is on the file, with no line", () => {
    expect(linesFor(github(fullReport(), { cwd: ROOT }), "ghost-logo-missing")).toEqual([
      "::error file=examples/ghost-logo-missing.html,title=republint%3A logo-present::No Daily Caller News Foundation logo is shown with the article.",
    ]);
  });

  test("warnings are ::warning, and --quiet leaves them out", () => {
    expect(linesFor(github(fullReport(), { cwd: ROOT }), "dist/warned.html")).toEqual([
      expect.stringMatching(/^::warning file=dist\/warned\.html,line=196,col=1,endLine=196,endColumn=4,title=republint%3A byline-affiliation::Daily Caller/),
    ]);
    expect(linesFor(github(fullReport(), { cwd: ROOT, quiet: true }), "warned")).toEqual([]);
  });

  test("URL inputs: no file or line properties, the URL and position in the message", () => {
    const url = linesFor(github(fullReport(), { cwd: ROOT }), PAGE_URL);
    expect(url).toHaveLength(2);
    for (const line of url) {
      expect(line).toMatch(/^::error title=republint%3A (reporter-byline|byline-affiliation)::https:\/\/partner\.example\/news\/2025\/dni-report\/ \(155:4\): The byline credits/);
    }
  });

  test("inputs that could not be checked: on the file, or naming the URL", () => {
    const output = github(fullReport(), { cwd: ROOT });
    expect(linesFor(output, "could not check")).toEqual([
      "::error file=examples/missing.html::could not check: no such file or directory",
      "::error::could not check https://partner.example/gone/: HTTP 404 Not Found",
    ]);
  });

  test("passing and not-applicable pages print nothing", () => {
    expect(github(summarize([checkExample("wordpress-compliant.html"), checkExample("ghost-listing.html")]), { cwd: ROOT })).toBe("");
  });

  test("paths are relative to cwd with forward slashes", () => {
    const report = summarize([checkExample("ghost-logo-missing.html", { input: `${ROOT}examples/ghost-logo-missing.html` })]);
    expect(github(report, { cwd: `${ROOT}examples` })).toMatch(/^::error file=ghost-logo-missing\.html,title=/);
  });

  test("escapes data (% CR LF) in messages, and also : and , in properties", () => {
    const report = oneFinding("dist/a,b: 100%.html", {
      ruleId: "odd:rule,id",
      message: "50% of it\r\nis ::error:: here, really",
      evidence: null,
      selector: null,
    });
    expect(github(report, { cwd: ROOT })).toBe(
      "::error file=dist/a%2Cb%3A 100%25.html,line=3,col=5,endLine=3,endColumn=20,title=republint%3A odd%3Arule%2Cid::50%25 of it%0D%0Ais ::error:: here, really\n",
    );
  });
});
