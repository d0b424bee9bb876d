/** GitHub Actions workflow commands: each finding becomes an annotation on the page's file. */
import { errorsOnly } from "../report.js";
import type { Finding, Report } from "../types.js";
import { artifactOf, type Artifact } from "./artifact.js";
import type { FormatOptions, Formatter } from "./types.js";

/**
 * One `::error` / `::warning` command per finding, one `::error` per input that could not be
 * checked. URLs are not files in the checkout, so their annotations carry the URL in the message.
 * @example
 * github(report, { cwd: process.cwd() })
 * // ::error file=dist/story.html,line=155,col=4,endLine=155,endColumn=25,title=republint%3A reporter-byline::The byline credits …
 */
export const github: Formatter = (given: Report, options: FormatOptions = {}) => {
  const report = options.quiet ? errorsOnly(given) : given;
  const lines: string[] = [];
  for (const result of report.results) {
    const artifact = artifactOf(result.input, options.cwd);
    const file = artifact.kind === "file" ? artifact.path : null;
    if (result.status === "error") {
      const cause = result.error ?? "unknown error";
      lines.push(command("error", file ? { file } : {}, file ? `could not check: ${cause}` : `could not check ${result.input}: ${cause}`));
      continue;
    }
    if (result.status === "skipped") {
      lines.push(command("notice", {}, `skipped ${result.input}: ${result.reason ?? "not requested"}`));
      continue;
    }
    for (const f of result.findings) lines.push(annotation(f, artifact));
  }
  return lines.map((line) => `${line}\n`).join("");
};

function annotation(f: Finding, artifact: Artifact): string {
  const properties: Record<string, string | number> = {};
  let prefix = "";
  if (artifact.kind === "file") {
    properties.file = artifact.path;
    // A page-level absence: the annotation goes on the file, with no line.
    if (f.location) {
      Object.assign(properties, { line: f.location.line, col: f.location.column, endLine: f.location.endLine, endColumn: f.location.endColumn });
    }
  } else {
    const name = artifact.kind === "url" ? artifact.url : artifact.name;
    prefix = f.location ? `${name} (${f.location.line}:${f.location.column}): ` : `${name}: `;
  }
  properties.title = `republint: ${f.ruleId}`;
  const where = [f.evidence ? `"${f.evidence}"` : null, f.selector ? `at ${f.selector}` : null].filter(Boolean).join(" ");
  return command(f.severity, properties, `${prefix}${f.message}${where ? `\n${where}` : ""}`);
}

function command(kind: "error" | "warning" | "notice", properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${kind}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

/** GitHub's escaping for a command's message (actions/toolkit, `escapeData`). */
function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values also escape the separators `:` and `,` (actions/toolkit, `escapeProperty`). */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
