// The labelled real-world corpus (tests/fixtures/real-world/<platform>/manifest.json) and how a
// checker's verdicts are scored against the human ones. Shared by the accuracy test and
// `npm run accuracy`, so both print the same table.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

export const TERMS = ["logo-present", "reporter-byline", "byline-affiliation"];

/** Every labelled page: { platform, file, path, authors, verdicts, why, encoding }. */
export function readCorpus(root) {
  const pages = [];
  for (const platform of readdirSync(root).sort()) {
    const manifestPath = join(root, platform, "manifest.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    for (const page of manifest.pages) {
      pages.push({ platform: manifest.platform ?? platform, ...page, path: join(root, platform, page.file) });
    }
  }
  return pages;
}

/**
 * Compare verdicts with the human labels. `actual` maps a page path to { term: verdict }.
 * Precision and recall are of the `fail` verdicts: a linter's job is to find breaches.
 */
export function score(pages, actual) {
  const perTerm = Object.fromEntries(TERMS.map((t) => [t, { pass: 0, fail: 0, na: 0, agree: 0, tp: 0, fp: 0, fn: 0 }]));
  const disagreements = [];
  for (const page of pages) {
    const got = actual.get(page.path) ?? {};
    for (const term of TERMS) {
      const want = page.verdicts[term];
      const have = got[term] ?? "missing";
      const s = perTerm[term];
      if (want === "pass") s.pass++;
      else if (want === "fail") s.fail++;
      else s.na++;
      if (want === have) s.agree++;
      else disagreements.push({ page: `${page.platform}/${page.file}`, term, want, have, why: page.why });
      if (have === "fail" && want === "fail") s.tp++;
      if (have === "fail" && want !== "fail") s.fp++;
      if (have !== "fail" && want === "fail") s.fn++;
    }
  }
  return { pages: pages.length, perTerm, disagreements };
}

const pct = (n, d) => (d === 0 ? "  n/a" : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/** A fixed-width table: one row per term. */
export function formatTable(title, result) {
  const rows = [
    title,
    `${"term".padEnd(20)} ${"pass".padStart(5)} ${"fail".padStart(5)} ${"n/a".padStart(5)}  ${"agreement".padStart(9)}  ${"precision".padStart(9)}  ${"recall".padStart(7)}`,
  ];
  for (const term of TERMS) {
    const s = result.perTerm[term];
    const total = s.pass + s.fail + s.na;
    rows.push(
      `${term.padEnd(20)} ${String(s.pass).padStart(5)} ${String(s.fail).padStart(5)} ${String(s.na).padStart(5)}  ${pct(s.agree, total).padStart(9)}  ${pct(s.tp, s.tp + s.fp).padStart(9)}  ${pct(s.tp, s.tp + s.fn).padStart(7)}`,
    );
  }
  return rows.join("\n");
}

/**
 * The plain text-search checker users would otherwise write: grep the HTML for the logo, the
 * reporter's name and the Foundation's name. It cannot tell a listing page from an article.
 */
export function textSearchVerdicts(html, authors) {
  const text = html.toLowerCase();
  const has = (s) => text.includes(s.toLowerCase());
  return {
    "logo-present": has("daily caller news foundation logo") || /dcnf[-_]?logo/.test(text) ? "pass" : "fail",
    "reporter-byline": authors.length === 0 || authors.every((a) => has(a)) ? "pass" : "fail",
    "byline-affiliation": has("daily caller news foundation") ? "pass" : "fail",
  };
}
