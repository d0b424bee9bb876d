/**
 * A page robots.txt disallows is "skipped": every format shows it with the reason, it is counted
 * apart, and it neither fails the run (exit 2) nor passes for checked.
 */
import { load } from "cheerio";
import { describe, expect, test } from "vitest";
import { checkLoaded } from "../../src/check.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { csv } from "../../src/formatters/csv.js";
import { github } from "../../src/formatters/github.js";
import { html } from "../../src/formatters/html.js";
import { json } from "../../src/formatters/json.js";
import { junit } from "../../src/formatters/junit.js";
import { markdown } from "../../src/formatters/markdown.js";
import { sarif } from "../../src/formatters/sarif.js";
import { stylish } from "../../src/formatters/stylish.js";
import { exitCode, summarize } from "../../src/report.js";
import { checkExample, ruleMetas } from "./report.js";

const URL = "https://partner.example/members/story/";
const WHY = "disallowed by robots.txt (https://partner.example/robots.txt)";

function report() {
  const skipped = checkLoaded({ ok: false, input: URL, error: WHY, skipped: "robots" }, resolveConfig(), null);
  return summarize([checkExample("wordpress-compliant.html"), skipped]);
}

describe("a page skipped by robots.txt", () => {
  test("becomes a result with status skipped and the reason, and is counted apart", () => {
    const r = report();
    expect(r.results[1]).toMatchObject({ input: URL, status: "skipped", reason: WHY, findings: [] });
    expect(r.results[1]!.error).toBeUndefined();
    expect(r.summary).toMatchObject({ inputs: 2, checked: 1, skipped: 1, errors: 0 });
  });

  test("does not make the run fail or count as 'could not check'", () => {
    expect(exitCode(report())).toBe(0);
  });

  test("stylish and markdown say skipped and why", () => {
    const text = stylish(report());
    expect(text).toContain(`${URL}\n  – skipped: ${WHY}`);
    expect(text).toContain("2 pages: 1 checked, 0 not applicable, 1 skipped, 0 could not be checked");
    expect(markdown(report(), { rules: ruleMetas })).toMatch(/\| https:\/\/partner\.example\/members\/story\/ \| ➖ skipped: disallowed by robots\.txt/);
  });

  test("json keeps the status and reason; csv has one row for it", () => {
    const parsed = JSON.parse(json(report()));
    expect(parsed.results[1]).toMatchObject({ input: URL, status: "skipped", reason: WHY });
    expect(parsed.summary.skipped).toBe(1);
    expect(csv(report()).trimEnd().split("\r\n").at(-1)).toBe(`${URL},skipped,,,,,,,,${WHY}`);
  });

  test("junit marks it skipped, sarif notes it without failing the run, github gives a notice", () => {
    expect(junit(report())).toContain(`<skipped message="${WHY}"/>`);
    const log = JSON.parse(sarif(report(), { rules: ruleMetas }));
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toEqual([expect.objectContaining({ level: "note", message: { text: `skipped ${URL}: ${WHY}` } })]);
    expect(github(report())).toContain(`::notice::skipped ${URL}: ${WHY}`);
  });

  test("the html report counts it per site and shows the reason on the page", () => {
    const $ = load(html(report(), { rules: ruleMetas }));
    expect($('[data-total="skipped"] strong').text()).toBe("1");
    expect($('tr[data-site="partner.example"] td[data-col="skipped"]').text()).toBe("1");
    expect($('section[data-status="skipped"] .status').text()).toBe(`skipped: ${WHY}`);
  });
});
