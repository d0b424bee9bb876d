/** SARIF 2.1.0, as GitHub code scanning accepts it (github/codeql-action/upload-sarif). */
import type { Location, Log, Notification, Region, ReportingDescriptor, Result } from "sarif";
import { errorsOnly } from "../report.js";
import type { Finding, Report, RuleMeta, Severity } from "../types.js";
import { VERSION } from "../version.js";
import { artifactOf, artifactUri } from "./artifact.js";
import type { FormatOptions, Formatter } from "./types.js";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://www.npmjs.com/package/republint";

/** `RuleMeta` carries no severity; a caller may add the configured one (else: seen, else error). */
type MetaWithSeverity = RuleMeta & { severity?: Severity };

/**
 * The report as a SARIF log: one run, every rule in `options.rules`, one result per finding.
 * Inputs that could not be checked become tool execution notifications.
 * @example
 * const log = JSON.parse(sarif(report, { rules: { [rule.meta.id]: rule.meta }, cwd: process.cwd() }));
 * log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri // "dist/story.html"
 */
export const sarif: Formatter = (given: Report, options: FormatOptions = {}) => {
  const report = options.quiet ? errorsOnly(given) : given;
  const cwd = options.cwd ?? process.cwd();
  const rules = describeRules(report, options.rules ?? {});
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const results: Result[] = [];
  const notifications: Notification[] = [];
  for (const target of report.results) {
    const uri = artifactUri(artifactOf(target.input, cwd));
    if (target.status === "error") {
      notifications.push({
        level: "error",
        message: { text: `could not check ${target.input}: ${target.error ?? "unknown error"}` },
        locations: [{ physicalLocation: { artifactLocation: { uri } } }],
      });
      continue;
    }
    if (target.status === "skipped") {
      notifications.push({ level: "note", message: { text: `skipped ${target.input}: ${target.reason ?? "not requested"}` }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] });
      continue;
    }
    for (const finding of target.findings) results.push(toResult(finding, uri, ruleIndex.get(finding.ruleId)!));
  }
  const log: Log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "republint", version: VERSION, informationUri: INFORMATION_URI, rules } },
        invocations: [
          {
            executionSuccessful: !notifications.some((n) => n.level === "error"),
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        // parse5's columns count UTF-16 code units, SARIF's default: said explicitly for readers.
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** The rules given, then any rule that reported without being described (so ruleIndex always resolves). */
function describeRules(report: Report, metas: Record<string, MetaWithSeverity>): ReportingDescriptor[] {
  const seen = new Map<string, Severity>();
  for (const target of report.results) for (const f of target.findings) if (!seen.has(f.ruleId)) seen.set(f.ruleId, f.severity);
  const ids = [...new Set([...Object.keys(metas), ...seen.keys()])];
  return ids.map((id) => {
    const meta = metas[id];
    const description = meta?.description ?? id;
    const docs = meta?.docs ?? description;
    return {
      id,
      name: id.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase()), // SARIF wants a readable identifier: LogoPresent
      shortDescription: { text: description },
      fullDescription: { text: docs },
      help: { text: docs },
      defaultConfiguration: { level: level(meta?.severity ?? seen.get(id) ?? "error") },
    };
  });
}

function toResult(finding: Finding, uri: string, ruleIndex: number): Result {
  const loc = finding.location;
  // A page-level absence ("no logo anywhere") has no span, but GitHub rejects results without a
  // location: point at the file's first line.
  const region: Region = loc
    ? { startLine: loc.line, startColumn: loc.column, endLine: loc.endLine, endColumn: loc.endColumn }
    : { startLine: 1 };
  const location: Location = { physicalLocation: { artifactLocation: { uri }, region } };
  if (finding.selector) location.logicalLocations = [{ fullyQualifiedName: finding.selector, kind: "element" }];
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: level(finding.severity),
    message: { text: finding.message },
    locations: [location],
    properties: { messageId: finding.messageId, ...(finding.evidence !== null ? { evidence: finding.evidence } : {}) },
  };
}

function level(severity: Severity): "error" | "warning" {
  return severity === "error" ? "error" : "warning";
}
