import { readFileSync } from "node:fs";
import type { Log, Result } from "sarif";
import { describe, expect, test } from "vitest";
import { formatters } from "../../src/formatters/index.js";
import { sarif } from "../../src/formatters/sarif.js";
import { summarize } from "../../src/report.js";
import { sarifAjv, validateSarif } from "../helpers/sarif-schema.js";
import { checkExample, EXAMPLES, fullReport, loadError, oneFinding, PAGE_URL, ROOT, ruleMetas } from "./report.js";

const validate = validateSarif;
const ajv = sarifAjv;

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
}

const packageVersion = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

function run(report = fullReport(), options = {}): { log: Log; results: Result[] } {
  const log = JSON.parse(sarif(report, { rules: ruleMetas, cwd: ROOT, ...options })) as Log;
  return { log, results: log.runs[0]!.results! };
}

function resultsFor(results: Result[], uri: string): Result[] {
  return results.filter((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === uri);
}

describe("sarif", () => {
  test("is registered as a format", () => {
    expect(formatters.sarif).toBe(sarif);
  });

  test("validates against the SARIF 2.1.0 schema, with findings, warnings, URLs and load errors", () => {
    expectValid(run().log);
  });

  test("the schema check is live: a log with a wrong level or no version is rejected", () => {
    const { log } = run();
    expect(validate({ ...log, version: undefined })).toBe(false);
    const broken = structuredClone(log);
    broken.runs[0]!.results![0]!.level = "fatal" as never;
    expect(validate(broken)).toBe(false);
  });

  test("validates for an empty report and for a report with nothing wrong", () => {
    expectValid(run(summarize([])).log);
    expectValid(run(summarize([checkExample("wordpress-compliant.html")])).log);
  });

  test("describes the tool and every rule given, in order", () => {
    const { log } = run();
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe("republint");
    expect(driver.version).toBe(packageVersion);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules!.map((r) => r.id)).toEqual(Object.keys(ruleMetas));
    for (const rule of driver.rules!) {
      const meta = ruleMetas[rule.id]!;
      expect(rule.shortDescription!.text).toBe(meta.description);
      expect(rule.fullDescription!.text).toBe(meta.docs);
      expect(rule.help!.text).toBe(meta.docs);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(rule.defaultConfiguration!.level).toBe("error");
    }
  });

  test("one result per finding, pointing at its rule by id and index, with its level", () => {
    const report = fullReport();
    const { log, results } = run(report);
    expect(results).toHaveLength(report.summary.errorCount + report.summary.warningCount);
    const rules = log.runs[0]!.tool.driver.rules!;
    for (const r of results) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    expect(results.filter((r) => r.level === "error")).toHaveLength(report.summary.errorCount);
    const [warned] = resultsFor(results, "dist/warned.html");
    expect(warned).toMatchObject({ ruleId: "byline-affiliation", level: "warning" });
  });

  test("a finding's region is its line:column span, on the cwd-relative file", () => {
    const [hidden] = resultsFor(run().results, "examples/drupal-logo-hidden.html");
    expect(hidden!.message.text).toMatch(/^The Daily Caller News Foundation logo is not visible: display:none/);
    expect(hidden!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 424, startColumn: 163, endLine: 424, endColumn: 382 });
    expect(hidden!.locations![0]!.logicalLocations![0]).toMatchObject({ kind: "element", fullyQualifiedName: expect.stringMatching(/div\.syndication-logo > img$/) });
    expect(hidden!.properties).toMatchObject({ messageId: "hidden" });
  });

  test("a page-level finding still points at the file, at line 1", () => {
    const [missing] = resultsFor(run().results, "examples/ghost-logo-missing.html");
    expect(missing).toMatchObject({ ruleId: "logo-present", properties: { messageId: "missing" } });
    expect(missing!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1 });
    expect(missing!.locations![0]!.logicalLocations).toBeUndefined();
  });

  test("URL inputs are located by the URL itself", () => {
    const fromUrl = resultsFor(run().results, PAGE_URL);
    expect(fromUrl.map((r) => r.ruleId).sort()).toEqual(["byline-affiliation", "reporter-byline"]);
    expect(fromUrl[0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(155);
  });

  test("file URIs are relative to cwd, with forward slashes, percent-encoded; file: URIs outside cwd", () => {
    const report = summarize([
      checkExample("ghost-logo-missing.html", { input: `${ROOT}examples/ghost-logo-missing.html` }),
      checkExample("ghost-logo-missing.html", { input: "examples/news stories/ça va #1.html" }),
      checkExample("ghost-logo-missing.html", { input: "../elsewhere/story.html" }),
    ]);
    const { log, results } = run(report);
    const uris = results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri);
    expect(uris[0]).toBe("examples/ghost-logo-missing.html");
    expect(uris[1]).toBe("examples/news%20stories/%C3%A7a%20va%20%231.html");
    expect(uris[2]).toMatch(/^file:\/\/\/.*\/elsewhere\/story\.html$/);
    expectValid(log);
    // The same inputs seen from a subfolder.
    const fromExamples = run(report, { cwd: `${ROOT}examples` }).results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri);
    expect(fromExamples[0]).toBe("ghost-logo-missing.html");
  });

  test("inputs that could not be checked become error notifications and an unsuccessful invocation", () => {
    const { log } = run();
    const invocation = log.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    const notes = invocation.toolExecutionNotifications!;
    expect(notes.map((n) => n.level)).toEqual(["error", "error"]);
    expect(notes[0]!.message.text).toBe("could not check examples/missing.html: no such file or directory");
    expect(notes[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("examples/missing.html");
    expect(notes[1]!.message.text).toContain("HTTP 404 Not Found");
    expect(notes[1]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("https://partner.example/gone/");
  });

  test("when every input was checked the invocation succeeded, with no notifications", () => {
    const invocation = run(summarize(EXAMPLES.map((name) => checkExample(name)))).log.runs[0]!.invocations![0]!;
    expect(invocation).toEqual({ executionSuccessful: true });
  });

  test("--quiet leaves warnings out", () => {
    const { results } = run(fullReport(), { quiet: true });
    expect(results.every((r) => r.level === "error")).toBe(true);
    expect(resultsFor(results, "dist/warned.html")).toEqual([]);
  });

  test("a rule that reported without being described still gets a descriptor, with the level it reported at", () => {
    const report = oneFinding("page.html", { ruleId: "house-style", severity: "warning" });
    const { log, results } = run(report, { rules: {} });
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(["house-style"]);
    expect(rules[0]!.defaultConfiguration!.level).toBe("warning");
    expect(results[0]!.ruleIndex).toBe(0);
    expectValid(log);
  });

  test("a configured severity passed with the rule meta becomes its default level", () => {
    const { log } = run(summarize([]), { rules: { ...ruleMetas, "byline-affiliation": { ...ruleMetas["byline-affiliation"]!, severity: "warning" } } });
    const levels = Object.fromEntries(log.runs[0]!.tool.driver.rules!.map((r) => [r.id, r.defaultConfiguration!.level]));
    expect(levels).toEqual({ "logo-present": "error", "reporter-byline": "error", "byline-affiliation": "warning" });
  });
});
