import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { junit } from "../../src/formatters/junit.js";
import { summarize } from "../../src/report.js";
import type { Report } from "../../src/types.js";
import { checkExample, fullReport, oneFinding, PAGE_URL } from "./report.js";

interface Message {
  message: string;
  type?: string;
  "#text"?: string;
}
interface TestCase {
  classname: string;
  name: string;
  failure?: Message;
  error?: Message;
  skipped?: Message;
}
interface Counts {
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
}
interface Suite extends Counts {
  name: string;
  testcase?: TestCase[];
}
interface Suites extends Counts {
  testsuite?: Suite[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  htmlEntities: true, // decode numeric character references (&#10;) as any XML parser does
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === "testsuite" || name === "testcase",
});

function parse(report: Report, options = {}): Suites {
  const xml = junit(report, options);
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { testsuites: Suites }).testsuites;
}

function suite(root: Suites, name: string): Suite {
  const found = root.testsuite!.find((s) => s.name === name);
  if (!found) throw new Error(`no suite ${name}`);
  return found;
}

const counts = (c: Counts) => ({ tests: Number(c.tests), failures: Number(c.failures), errors: Number(c.errors), skipped: Number(c.skipped) });

describe("junit", () => {
  test("is well-formed XML with an XML declaration", () => {
    const xml = junit(fullReport());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("one suite per input, in input order, one test case per term named by rule id", () => {
    const report = fullReport();
    const root = parse(report);
    expect(root.testsuite!.map((s) => s.name)).toEqual(report.results.map((r) => r.input));
    const page = suite(root, "examples/wordpress-compliant.html");
    expect(page.testcase!.map((c) => [c.classname, c.name])).toEqual([
      ["examples/wordpress-compliant.html", "logo-present"],
      ["examples/wordpress-compliant.html", "reporter-byline"],
      ["examples/wordpress-compliant.html", "byline-affiliation"],
    ]);
    expect(page.testcase!.some((c) => c.failure || c.error || c.skipped)).toBe(false);
  });

  test("counts on every suite match its test cases, and the root adds them up", () => {
    const root = parse(fullReport());
    const sum = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    for (const s of root.testsuite!) {
      const cases = s.testcase ?? [];
      const own = {
        tests: cases.length,
        failures: cases.filter((c) => c.failure).length,
        errors: cases.filter((c) => c.error).length,
        skipped: cases.filter((c) => c.skipped !== undefined).length,
      };
      expect(counts(s), s.name).toEqual(own);
      for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += own[key];
    }
    expect(counts(root)).toEqual(sum);
    // 9 pages with 3 terms each, 2 inputs not loaded; 8 broken terms, 1 page not applicable.
    expect(sum).toEqual({ tests: 29, failures: 8, errors: 2, skipped: 3 });
  });

  test("a broken term is a failure typed by rule id, listing line:column, message, evidence and selector", () => {
    const wrong = suite(parse(fullReport()), "examples/wordpress-wrong-reporter.html");
    const failure = wrong.testcase!.find((c) => c.name === "reporter-byline")!.failure!;
    expect(failure.type).toBe("reporter-byline");
    expect(failure.message).toBe('The byline credits "The Daily Caller", not Laila Montgomery.');
    expect(failure["#text"]!.split("\n")).toEqual([
      '155:4 error The byline credits "The Daily Caller", not Laila Montgomery.',
      "  evidence: By The Daily Caller",
      "  selector: #post-61442 > div.article-content.clearfix > div.below-entry-meta.entry-meta > span.byline",
    ]);
    expect(wrong.testcase!.find((c) => c.name === "logo-present")!.failure).toBeUndefined();
  });

  test("a page-level finding is listed at `page`; a warning says so", () => {
    const root = parse(fullReport());
    const missing = suite(root, "examples/ghost-logo-missing.html").testcase!.find((c) => c.name === "logo-present")!;
    expect(missing.failure!["#text"]).toBe("page error No Daily Caller News Foundation logo is shown with the article.");
    const warned = suite(root, "dist/warned.html").testcase!.find((c) => c.name === "byline-affiliation")!;
    expect(warned.failure!["#text"]).toMatch(/^196:1 warning /);
  });

  test("several findings of one term: the message counts them, the body lists each", () => {
    const report = summarize([
      {
        ...checkExample("wordpress-wrong-reporter.html"),
        findings: checkExample("wordpress-wrong-reporter.html").findings.map((f) => ({ ...f, ruleId: "reporter-byline" })),
      },
    ]);
    const failure = parse(report).testsuite![0]!.testcase!.find((c) => c.name === "reporter-byline")!.failure!;
    expect(failure.message).toMatch(/^2 findings: The byline credits/);
    expect(failure["#text"]!.match(/^155:4 error/gm)).toHaveLength(2);
  });

  test("a page that is not an article skips every term, with the reason", () => {
    const listing = suite(parse(fullReport()), "examples/ghost-listing.html");
    expect(listing.testcase!.map((c) => c.skipped?.message)).toEqual(Array(3).fill("listing page (home, section, tag or author archive)"));
    expect(counts(listing)).toEqual({ tests: 3, failures: 0, errors: 0, skipped: 3 });
  });

  test("an input that could not be loaded is one errored test case", () => {
    const root = parse(fullReport());
    for (const [name, cause] of [
      ["examples/missing.html", "no such file or directory"],
      ["https://partner.example/gone/", "HTTP 404 Not Found"],
    ]) {
      const s = suite(root, name!);
      expect(counts(s)).toEqual({ tests: 1, failures: 0, errors: 1, skipped: 0 });
      expect(s.testcase![0]).toMatchObject({ classname: name, name: "could not check", error: { message: `could not check: ${cause}`, type: "load-error" } });
    }
    expect(suite(root, PAGE_URL).testcase).toHaveLength(3);
  });

  test("--quiet: a term broken only by warnings passes", () => {
    const warned = suite(parse(fullReport(), { quiet: true }), "dist/warned.html");
    expect(counts(warned)).toEqual({ tests: 3, failures: 0, errors: 0, skipped: 0 });
  });

  test("escapes markup and quotes, keeps line breaks in attributes, and strips characters XML 1.0 cannot hold", () => {
    const nasty = 'A <b>"bold"</b> & \'odd\'\u0001\u0008\u000B\u001F\uFFFE\uFFFF\uD800 text\nsecond line\ttab — 😀';
    const input = 'dist/<weird> & "quoted".html';
    const xml = junit(oneFinding(input, { message: nasty, evidence: "]]> <![CDATA[ x", selector: 'a[title="x"]' }));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const s = (parser.parse(xml) as { testsuites: Suites }).testsuites.testsuite![0]!;
    const stripped = 'A <b>"bold"</b> & \'odd\' text\nsecond line\ttab — 😀';
    expect(s.name).toBe(input);
    const failure = s.testcase!.find((c) => c.name === "reporter-byline")!.failure!;
    expect(failure.message).toBe(stripped);
    expect(failure["#text"]).toBe(`3:5 error ${stripped}\n  evidence: ]]> <![CDATA[ x\n  selector: a[title="x"]`);
  });

  test("an empty report is an empty, valid root", () => {
    const root = parse(summarize([]));
    expect(counts(root)).toEqual({ tests: 0, failures: 0, errors: 0, skipped: 0 });
    expect(root.testsuite).toBeUndefined();
  });
});
