/**
 * Runs the enabled rules over one page and records a verdict per rule. No I/O here, so the
 * engine can run in a worker or a browser build.
 */
import type { ResolvedConfig } from "./config/resolve.js";
import type { Page } from "./page/page.js";
import { truncate } from "./page/text.js";
import type { EnabledRule, Finding, Note, ReportDescriptor, RuleVerdict, TargetResult } from "./types.js";

/**
 * Check one parsed page.
 * @example checkPage(new Page({ source }), "story.html", resolveConfig()).verdicts // { "logo-present": "pass", ... }
 */
export function checkPage(page: Page, input: string, config: ResolvedConfig): TargetResult {
  const verdicts: Record<string, RuleVerdict> = {};
  const findings: Finding[] = [];
  const notes: Note[] = [];
  const article = page.article;
  if (!article.found) {
    for (const { rule } of config.rules) verdicts[rule.meta.id] = "not-applicable";
    return { input, status: "not-applicable", reason: article.reason, verdicts, findings, notes };
  }
  for (const enabled of config.rules) {
    const outcome = runRule(page, config, enabled);
    verdicts[enabled.rule.meta.id] = outcome.verdict;
    findings.push(...outcome.findings);
    notes.push(...outcome.notes);
  }
  findings.sort((a, b) => (a.location?.startOffset ?? -1) - (b.location?.startOffset ?? -1) || a.ruleId.localeCompare(b.ruleId));
  return { input, status: "checked", verdicts, findings, notes };
}

function runRule(page: Page, config: ResolvedConfig, { rule, severity, options }: EnabledRule) {
  const id = rule.meta.id;
  const findings: Finding[] = [];
  const notes: Note[] = [];
  let notApplicable: string | null = null;
  rule.check({
    page,
    terms: config.terms,
    options,
    report: (descriptor: ReportDescriptor) => findings.push(toFinding(page, id, severity, rule.meta.messages, descriptor)),
    notApplicable: (reason: string) => {
      notApplicable = reason;
    },
    note: (message: string) => notes.push({ ruleId: id, message: detached(message) }),
  });
  // The checklist's "–" says a rule did not apply; the reason stays with the rule's docs.
  const verdict: RuleVerdict = findings.length ? "fail" : notApplicable !== null ? "not-applicable" : "pass";
  return { verdict, findings, notes };
}

function toFinding(page: Page, ruleId: string, severity: Finding["severity"], messages: Record<string, string>, d: ReportDescriptor): Finding {
  const template = messages[d.messageId];
  if (template === undefined) throw new Error(`rule "${ruleId}" reported unknown messageId "${d.messageId}"`);
  const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(d.data?.[key] ?? `{{${key}}}`));
  const node = d.node;
  return {
    ruleId,
    severity,
    messageId: d.messageId,
    message: detached(message),
    location: node ? page.locate(node, d.attribute, d.span) : null,
    selector: node ? detached(page.selectorOf(node)) : null,
    evidence: detachedOrNull(d.evidence ?? (node ? evidenceOf(page, node) : null)),
  };
}

/** The node's visible text, or its start tag when it has none (an image, a hidden element). */
/**
 * A copy of `text` that shares no memory with the page. V8 keeps a slice of a string (and a
 * concatenation of slices) as a pointer into the whole original, so a finding's evidence cut
 * from the page would keep the page's entire source alive for as long as the report lives:
 * 10,000 pages' sources in a scan's report. Copying through UTF-8 bytes makes a flat string.
 */
function detached(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

function detachedOrNull(text: string | null): string | null {
  return text === null ? null : detached(text);
}

function evidenceOf(page: Page, node: NonNullable<ReportDescriptor["node"]>): string | null {
  if (node.type === "comment") return truncate(`<!--${node.data}-->`);
  const text = page.textOf(node, true);
  if (text && !(node.type === "script")) return truncate(text);
  const loc = page.locate(node);
  return loc ? truncate(page.source.slice(loc.startOffset, loc.endOffset)) : null;
}
