/**
 * The CI scenario end to end: the built CLI over the example partner site with its config, as a
 * partner's CI step runs it, writing every CI format at once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { runCli, type CliRun } from "./helpers/cli.js";
import { validateSarif } from "./helpers/sarif-schema.js";
import { tempDir } from "./helpers/temp-dir.js";

const SITE = "examples/partner-site/dist";
/** The site's DCNF republications and their expected verdicts (examples/partner-site/README.md). */
const DCNF_PAGES: Record<string, [string, string, string]> = {
  "2024/10/25/grid-operators-warn-winter-power-shortfalls-midwest": ["pass", "pass", "pass"],
  "2024/10/24/swing-state-election-offices-brace-for-record-mail-ballots": ["pass", "pass", "pass"],
  "2024/10/23/egg-prices-climb-as-bird-flu-hits-midwest-flocks": ["pass", "pass", "pass"],
  "2024/10/22/small-businesses-federal-ownership-reporting-rule-deadline": ["fail", "pass", "pass"],
  "2024/10/23/home-insurance-premiums-outpace-inflation-report": ["pass", "pass", "fail"],
  "2024/10/22/interest-on-national-debt-set-to-top-defense-budget": ["pass", "fail", "fail"],
  "2024/10/21/rural-hospitals-close-maternity-wards-staffing-costs": ["fail", "pass", "fail"],
};
const pageOf = (slug: string) => `${SITE}/${slug}/index.html`;

let run: CliRun;
let out: string;
let report: { results: { input: string; status: string; verdicts: Record<string, string>; findings: { line: number | null }[] }[]; summary: Record<string, number> };

beforeAll(async () => {
  out = tempDir("republint-partner-");
  const formats = ["json", `sarif=${out}/republint.sarif`, `junit=${out}/junit.xml`, `github=${out}/annotations.txt`, `markdown=${out}/summary.md`].join(",");
  run = await runCli(["-c", "examples/partner-site/republint.config.json", "-f", formats]);
  report = JSON.parse(run.stdout);
});

describe("a partner site in CI", () => {
  test("exit code 1: some DCNF pages break the terms", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  test("the DCNF republications are checked, every other page is not applicable", () => {
    const checked = report.results.filter((r) => r.status === "checked").map((r) => r.input).sort();
    expect(checked).toEqual(Object.keys(DCNF_PAGES).map(pageOf).sort());
    expect(report.summary.notApplicable).toBe(report.results.length - checked.length);
    expect(report.summary.notApplicable).toBeGreaterThanOrEqual(15);
    expect(report.summary.errors).toBe(0);
  });

  test.each(Object.entries(DCNF_PAGES))("%s gets its expected verdicts", (slug, [logo, byline, affiliation]) => {
    const result = report.results.find((r) => r.input === pageOf(slug))!;
    expect(result.verdicts).toMatchObject({ "logo-present": logo, "reporter-byline": byline, "byline-affiliation": affiliation });
  });

  test("the SARIF file validates against the SARIF 2.1.0 schema and holds every finding", () => {
    const log = JSON.parse(readFileSync(`${out}/republint.sarif`, "utf8"));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const findings = report.results.flatMap((r) => r.findings);
    expect(log.runs[0].results).toHaveLength(findings.length);
    expect(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain(
      pageOf("2024/10/22/interest-on-national-debt-set-to-top-defense-budget"),
    );
  });

  test("the JUnit file is well-formed XML with one failure per broken term", () => {
    const xml = readFileSync(`${out}/junit.xml`, "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml).testsuites;
    // One failure per failed term of every checked page, warnings' terms included.
    const failed = report.results.flatMap((r) => Object.values(r.verdicts)).filter((v) => v === "fail").length;
    expect(failed).toBeGreaterThanOrEqual(Object.values(DCNF_PAGES).flat().filter((v) => v === "fail").length);
    expect(Number(root.failures)).toBe(failed);
    expect(Number(root.errors)).toBe(0);
  });

  test("GitHub annotations carry file, line and column", () => {
    const lines = readFileSync(`${out}/annotations.txt`, "utf8").trim().split("\n");
    const located = report.results.flatMap((r) => r.findings).filter((f) => f.line !== null).length;
    const withLine = lines.filter((l) => /^::(error|warning) file=examples\/partner-site\/dist\/[^,]+,line=\d+,col=\d+/.test(l));
    expect(withLine).toHaveLength(located);
    expect(lines.every((l) => /^::(error|warning) file=examples\/partner-site\/dist\//.test(l))).toBe(true);
  });

  test("the Markdown summary lists every checked page", () => {
    const md = readFileSync(`${out}/summary.md`, "utf8");
    for (const slug of Object.keys(DCNF_PAGES)) expect(md).toContain(slug);
  });
});
