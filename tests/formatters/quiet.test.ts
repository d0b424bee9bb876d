/** `--quiet` (errors only): one filtered report, so every format says the same thing. */
import { describe, expect, test } from "vitest";
import { formatters } from "../../src/formatters/index.js";
import { errorsOnly, exitCode, summarize } from "../../src/report.js";
import { fullReport, ROOT, ruleMetas } from "./report.js";

const WARNED = "dist/warned.html"; // byline-affiliation broken, as a warning only

describe("errorsOnly", () => {
  test("drops warnings and notes; a term broken only by warnings passes; totals are counted again", () => {
    const full = fullReport();
    const quiet = errorsOnly(full);
    const warned = quiet.results.find((r) => r.input === WARNED)!;
    expect(full.results.find((r) => r.input === WARNED)!.verdicts["byline-affiliation"]).toBe("fail");
    expect(warned.verdicts).toEqual({ "logo-present": "pass", "reporter-byline": "pass", "byline-affiliation": "pass" });
    expect(warned.findings).toEqual([]);
    expect(quiet.results.flatMap((r) => r.findings).every((f) => f.severity === "error")).toBe(true);
    expect(quiet.results.flatMap((r) => r.notes)).toEqual([]);
    expect(quiet.summary).toEqual({ ...full.summary, warningCount: 0 });
    expect(full.summary.warningCount).toBeGreaterThan(0);
    // A term that also has an error stays failed.
    expect(quiet.results.find((r) => r.input === "examples/wordpress-no-affiliation.html")!.verdicts["byline-affiliation"]).toBe("fail");
  });

  test("--max-warnings does not count what --quiet left out", () => {
    const onlyWarnings = summarize(fullReport().results.filter((r) => r.input === WARNED));
    expect(onlyWarnings.summary).toMatchObject({ errorCount: 0, warningCount: 1 });
    expect(exitCode(onlyWarnings, { maxWarnings: 0 })).toBe(1);
    expect(exitCode(errorsOnly(onlyWarnings), { maxWarnings: 0 })).toBe(0);
  });

  test("a report with nothing to drop is returned as it is", () => {
    const quiet = errorsOnly(fullReport());
    expect(errorsOnly(quiet)).toBe(quiet);
  });
});

describe("every format, with quiet, shows the errors-only report", () => {
  test.each(Object.keys(formatters))("%s", (name) => {
    const options = { cwd: ROOT, rules: ruleMetas };
    expect(formatters[name]!(fullReport(), { ...options, quiet: true })).toBe(formatters[name]!(errorsOnly(fullReport()), options));
  });

  test("a page broken only by warnings passes in every format", () => {
    const q = { quiet: true, cwd: ROOT, rules: ruleMetas };
    const stylishPage = formatters.stylish!(fullReport(), q).split("\n\n").find((block) => block.startsWith(WARNED))!;
    expect(stylishPage).toContain("✓ byline-affiliation");
    expect(stylishPage).not.toContain("✗");

    const json = JSON.parse(formatters.json!(fullReport(), q));
    expect(json.results.find((r: { input: string }) => r.input === WARNED).verdicts["byline-affiliation"]).toBe("pass");
    expect(json.summary.warningCount).toBe(0);

    const csvRow = formatters.csv!(fullReport(), q).split("\r\n").find((row) => row.startsWith(`${WARNED},checked,byline-affiliation,`));
    expect(csvRow).toBe(`${WARNED},checked,byline-affiliation,pass,0,0,,,,`);

    const mdRow = formatters.markdown!(fullReport(), q).split("\n").find((row) => row.startsWith(`| ${WARNED.replace(/_/g, "\\_")} |`))!;
    expect(mdRow).not.toContain("❌");
    expect(mdRow).not.toContain("⚠️");
  });
});
