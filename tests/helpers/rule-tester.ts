/**
 * A strict rule tester (ESLint's RuleTester, stricter): each case runs one rule alone; a valid
 * case must pass with no findings; an invalid case must list every finding, each with an
 * existing messageId and its location given by a substring of the page that must occur exactly
 * once (`at`), or `null` for a page-level absence.
 */
import { describe, expect, test } from "vitest";
import { rules } from "../../rules/index.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { checkPage } from "../../src/engine.js";
import { Page } from "../../src/page/page.js";
import type { RuleSetting } from "../../src/types.js";

export interface ValidCase {
  name: string;
  html: string;
  authors?: string[];
  options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  messageId: string;
  /** A substring of the page where the finding starts (unique in the page), or null for none. */
  at: string | null;
  /** Substrings the message must contain. */
  message?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = rules[ruleId];
  if (!rule) throw new Error(`no rule "${ruleId}"`);
  const run = (c: ValidCase) => {
    const only: Record<string, RuleSetting> = Object.fromEntries(Object.keys(rules).map((id) => [id, "off"]));
    only[ruleId] = c.options ? ["error", c.options] : "error";
    const result = checkPage(new Page({ source: c.html }), "case.html", resolveConfig({ authors: c.authors, rules: only }));
    expect(result.status, "the page must be an article for a rule case").toBe("checked");
    return result;
  };
  describe(ruleId, () => {
    describe("valid", () => {
      test.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_, c) => {
        const result = run(c);
        expect(result.findings.map((f) => `${f.messageId}: ${f.message}`)).toEqual([]);
        expect(result.verdicts[ruleId]).toBe("pass");
      });
    });
    describe("invalid", () => {
      test.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_, c) => {
        const result = run(c);
        expect(result.verdicts[ruleId]).toBe("fail");
        expect(result.findings.map((f) => f.messageId)).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((expected, i) => {
          const finding = result.findings[i]!;
          expect(Object.keys(rule.meta.messages)).toContain(expected.messageId);
          if (expected.at === null) {
            expect(finding.location).toBeNull();
          } else {
            const start = c.html.indexOf(expected.at);
            expect(start, `"${expected.at}" must occur in the page`).toBeGreaterThanOrEqual(0);
            expect(c.html.indexOf(expected.at, start + 1), `"${expected.at}" must occur once`).toBe(-1);
            expect(finding.location?.startOffset, finding.message).toBe(start);
          }
          for (const part of expected.message ?? []) expect(finding.message).toContain(part);
        });
      });
    });
  });
}
