/**
 * A self-contained HTML report for a newswire's syndication desk: totals, a summary per partner
 * site, then every page with its checklist and findings. No external assets, no scripts, and a
 * Content-Security-Policy that allows inline styles only. Every string that comes from a page
 * (inputs, messages, evidence, selectors, reasons, errors) is escaped.
 */
import { errorsOnly } from "../report.js";
import type { Finding, Report, RuleVerdict, TargetResult } from "../types.js";
import type { FormatOptions, Formatter } from "./types.js";

const MARK: Record<RuleVerdict, string> = { pass: "✓", fail: "✗", "not-applicable": "–" };
const LOCAL = "local files";

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:2rem 0 .5rem}h3{font-size:1rem;margin:0 0 .4rem;word-break:break-all}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right}
.totals{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}
section.page{border:1px solid #d0d7de;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
.status{font-weight:600}.status-checked.ok{color:#1a7f37}.status-checked.failing{color:#cf222e}.status-error{color:#9a6700}.status-not-applicable,.status-skipped{color:#57606a}
ul.verdicts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.verdict-pass .mark{color:#1a7f37}.verdict-fail .mark{color:#cf222e}.verdict-not-applicable .mark{color:#57606a}
.mark{font-weight:700;margin-right:.25rem}
.severity-error{color:#cf222e;font-weight:600}.severity-warning{color:#9a6700;font-weight:600}
code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f6f8fa;padding:.05rem .25rem;border-radius:3px;white-space:pre-wrap;word-break:break-all}
.notes{color:#57606a}.error{color:#9a6700}
`.trim();

/**
 * @example html(report) // '<!DOCTYPE html><html lang="en">…<h1>republint report</h1>…'
 */
export const html: Formatter = (given: Report, options: FormatOptions = {}) => {
  const report = options.quiet ? errorsOnly(given) : given;
  const s = report.summary;
  const out: string[] = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    "<title>republint report</title>",
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    "<h1>republint report</h1>",
    '<ul class="totals">',
    total("checked", "pages checked", s.checked),
    total("not-applicable", "not applicable", s.notApplicable),
    total("skipped", "skipped (robots.txt)", s.skipped),
    total("errors", "could not be checked", s.errors),
    total("error-count", "errors", s.errorCount),
    total("warning-count", "warnings", s.warningCount),
    "</ul>",
    "</header>",
  ];

  out.push(...siteSummary(report, options));

  out.push('<h2 id="pages">Pages</h2>');
  for (const result of report.results) out.push(...page(result));
  out.push("</body>", "</html>");
  return `${out.join("\n")}\n`;
};

function total(key: string, label: string, n: number): string {
  return `<li data-total="${key}"><strong>${n}</strong> ${label}</li>`;
}

/** The partner site of an input: the URL's host, or "local files" for paths and stdin. */
export function siteOf(input: string): string {
  const url = httpUrl(input);
  return url ? url.host : LOCAL;
}

function siteSummary(report: Report, options: FormatOptions): string[] {
  const terms = termIds(report, options);
  const sites = new Map<string, TargetResult[]>();
  for (const result of report.results) {
    const site = siteOf(result.input);
    sites.set(site, [...(sites.get(site) ?? []), result]);
  }
  if (!sites.size) return [];
  const out = [
    '<h2 id="sites">Partner sites</h2>',
    '<table class="sites">',
    `<thead><tr><th>Site</th><th>Pages checked</th><th>Pages compliant</th>${terms.map((id) => `<th data-term="${esc(id)}">${esc(id)}</th>`).join("")}<th>Not applicable</th><th>Skipped</th><th>Could not check</th></tr></thead>`,
    "<tbody>",
  ];
  for (const [site, results] of sites) {
    const checked = results.filter((r) => r.status === "checked");
    const compliant = checked.filter((r) => !r.findings.some((f) => f.severity === "error"));
    const failing = terms.map((id) => checked.filter((r) => r.findings.some((f) => f.ruleId === id)).length);
    out.push(
      `<tr data-site="${esc(site)}"><th scope="row">${esc(site)}</th><td class="num" data-col="checked">${checked.length}</td>` +
        `<td class="num" data-col="compliant">${compliant.length}</td>` +
        failing.map((n, i) => `<td class="num" data-term="${esc(terms[i]!)}">${n}</td>`).join("") +
        (["not-applicable", "skipped", "error"] as const).map((status) => `<td class="num" data-col="${status}">${results.filter((r) => r.status === status).length}</td>`).join("") +
        "</tr>",
    );
  }
  out.push("</tbody>", "</table>");
  return out;
}

function page(result: TargetResult): string[] {
  const findings = result.findings;
  const out = [`<section class="page" data-status="${esc(result.status)}">`, `<h3>${inputLink(result.input)}</h3>`];
  out.push(`<p class="${statusClass(result, findings)}">${statusText(result, findings)}</p>`);
  if (result.status === "error") {
    out.push(`<p class="error">Could not be checked: ${esc(result.error ?? "unknown error")}</p>`);
  }
  const verdicts = Object.entries(result.verdicts);
  if (verdicts.length) {
    out.push('<ul class="verdicts">');
    for (const [id, verdict] of verdicts) {
      const mark = MARK[verdict] ?? "?";
      out.push(
        `<li class="verdict-${esc(verdict)}" data-term="${esc(id)}" data-verdict="${esc(verdict)}"><span class="mark" title="${esc(verdict)}">${mark}</span>${esc(id)}</li>`,
      );
    }
    out.push("</ul>");
  }
  if (findings.length) {
    out.push('<table class="findings">', "<thead><tr><th>Severity</th><th>Where</th><th>Message</th><th>Term</th><th>Evidence</th><th>Selector</th></tr></thead>", "<tbody>");
    for (const f of findings) {
      const where = f.location ? `${f.location.line}:${f.location.column}` : "page";
      out.push(
        `<tr class="finding"><td class="severity-${esc(f.severity)}">${esc(f.severity)}</td><td>${where}</td><td class="message">${esc(f.message)}</td>` +
          `<td class="rule">${esc(f.ruleId)}</td><td class="evidence">${f.evidence ? `<code>${esc(f.evidence)}</code>` : ""}</td>` +
          `<td class="selector">${f.selector ? `<code>${esc(f.selector)}</code>` : ""}</td></tr>`,
      );
    }
    out.push("</tbody>", "</table>");
  }
  if (result.notes.length) {
    out.push('<ul class="notes">');
    for (const note of result.notes) out.push(`<li><span class="rule">${esc(note.ruleId)}</span>: ${esc(note.message)}</li>`);
    out.push("</ul>");
  }
  out.push("</section>");
  return out;
}

function statusClass(result: TargetResult, findings: Finding[]): string {
  const failing = findings.some((f) => f.severity === "error");
  return `status status-${esc(result.status)}${result.status === "checked" ? (failing ? " failing" : " ok") : ""}`;
}

function statusText(result: TargetResult, findings: Finding[]): string {
  if (result.status === "error") return "could not be checked";
  if (result.status === "not-applicable") return `not applicable${result.reason ? `: ${esc(result.reason)}` : ""}`;
  if (result.status === "skipped") return `skipped${result.reason ? `: ${esc(result.reason)}` : ""}`;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (!errors && !warnings) return "compliant";
  const parts = [errors ? plural(errors, "error") : "", warnings ? plural(warnings, "warning") : ""].filter(Boolean);
  return parts.join(", ");
}

/** An http(s) URL input becomes a link; anything else (paths, `javascript:`, `data:`) stays text. */
function inputLink(input: string): string {
  const url = httpUrl(input);
  if (!url) return esc(input);
  return `<a href="${esc(url.href)}" rel="noopener noreferrer">${esc(input)}</a>`;
}

function httpUrl(input: string): URL | null {
  if (!/^https?:\/\//i.test(input)) return null;
  try {
    const url = new URL(input);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** The rules described in the options first (their order), then any other rule with a verdict. */
function termIds(report: Report, options: FormatOptions): string[] {
  const ids = new Set(Object.keys(options.rules ?? {}));
  for (const result of report.results) for (const id of Object.keys(result.verdicts)) ids.add(id);
  return [...ids];
}

/** Text as inert HTML, for element content and double- or single-quoted attribute values. */
function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
