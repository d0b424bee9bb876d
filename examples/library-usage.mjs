// Using republint as a library: check a page before it goes live.
// Run from the repository after `npm run build`:  node examples/library-usage.mjs
import { readFile } from "node:fs/promises";
import { check, checkHtml, exitCode, formatters } from "republint";

// 1. One page, as a CMS would check it before publishing.
const html = await readFile(new URL("./wordpress-no-affiliation.html", import.meta.url), "utf8");
const result = checkHtml(html, { input: "draft-48213", authors: ["Laila Montgomery"] });
console.log(`draft-48213: ${result.status}`);
const marks = { pass: "✓", fail: "✗", "not-applicable": "–" };
for (const [rule, verdict] of Object.entries(result.verdicts)) console.log(`  ${marks[verdict]} ${rule}`);
for (const f of result.findings) {
  const at = f.location ? `${f.location.line}:${f.location.column}` : "page";
  console.log(`  ${at} ${f.severity} ${f.message} (${f.ruleId})`);
}

// 2. Many inputs at once (files, directories, globs, URLs), as the CLI does.
const report = await check([`${new URL(".", import.meta.url).pathname}*.html`], { authors: ["Laila Montgomery"] });
console.log(`\n${report.summary.checked} checked, ${report.summary.failingPages} failing, exit code ${exitCode(report)}`);
console.log(formatters.json(report).length > 0 ? "json report ready" : "");
