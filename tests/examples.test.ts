/**
 * The bundled examples are fixtures: each page's result must equal the committed expectation
 * (examples/expected.json; regenerate with `npm run examples:update` and review the diff), the
 * CLI must agree with the library, and the library example must run.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
// @ts-expect-error plain JS module shared with scripts/update-examples.mjs
import { EXAMPLE_AUTHORS, summarizeForExpectation } from "../scripts/examples-expectation.mjs";
import { check } from "../src/check.js";
import { runCli, ROOT } from "./helpers/cli.js";

const expected = JSON.parse(readFileSync(new URL("../examples/expected.json", import.meta.url), "utf8"));

describe("examples", async () => {
  const report = await check(["examples/*.html"], { authors: EXAMPLE_AUTHORS, cwd: ROOT });

  test("every example page is there and none could not be loaded", () => {
    expect(Object.keys(summarizeForExpectation(report)).sort()).toEqual(Object.keys(expected).sort());
    expect(report.summary.errors).toBe(0);
  });

  test.each(Object.keys(expected))("%s matches its expected result", (file) => {
    expect(summarizeForExpectation(report)[file]).toEqual(expected[file]);
  });

  test("each finding's location lies in the element its selector names", async () => {
    const { Page } = await import("../src/page/page.js");
    const { nodeSpan } = await import("../src/page/parse.js");
    for (const result of report.results) {
      const source = readFileSync(new URL(`../${result.input}`, import.meta.url), "utf8");
      const page = new Page({ source });
      for (const f of result.findings) {
        if (!f.location) continue;
        const node = page.$(f.selector!)[0];
        expect(node, `${result.input}: ${f.selector}`).toBeDefined();
        const loc = nodeSpan(node!)!;
        expect(f.location.startOffset).toBeGreaterThanOrEqual(loc.start);
        expect(f.location.endOffset).toBeLessThanOrEqual(loc.end);
      }
    }
  });

  test("the CLI gives the same verdicts as the library", async () => {
    const run = await runCli(["examples/*.html", "-f", "json", ...EXAMPLE_AUTHORS.flatMap((a: string) => ["--author", a])]);
    expect(run.code).toBe(1);
    const cli = JSON.parse(run.stdout);
    expect(cli.results.map((r: { input: string; verdicts: unknown }) => [r.input, r.verdicts])).toEqual(report.results.map((r) => [r.input, r.verdicts]));
    expect(cli.summary).toEqual(report.summary);
  });

  test("examples/library-usage.mjs runs and reports what the library finds", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["examples/library-usage.mjs"], { cwd: ROOT });
    expect(stdout).toContain("✗ byline-affiliation");
    expect(stdout).toMatch(/\d+:\d+ error Daily Caller News Foundation is named only in the story text/);
    expect(stdout).toContain(`${report.summary.checked} checked, ${report.summary.failingPages} failing, exit code 1`);
  });
});
