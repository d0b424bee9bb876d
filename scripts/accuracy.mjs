#!/usr/bin/env node
// `npm run accuracy`: republint's verdicts on the labelled corpus against the human ones, next
// to a plain text-search checker's, per term (precision and recall of "fail").
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkFile } from "../dist/src/index.js";
import { formatTable, readCorpus, score, textSearchVerdicts } from "./corpus.mjs";

const root = fileURLToPath(new URL("../tests/fixtures/real-world/", import.meta.url));
const pages = readCorpus(root);
const republint = new Map();
const grep = new Map();
for (const page of pages) {
  const result = await checkFile(page.path, { authors: page.authors });
  republint.set(page.path, result.verdicts);
  const html = new TextDecoder(page.encoding ?? "utf-8").decode(readFileSync(page.path));
  grep.set(page.path, textSearchVerdicts(html, page.authors));
}
const platforms = new Set(pages.map((p) => p.platform)).size;
const ours = score(pages, republint);
console.log(`${pages.length} pages on ${platforms} platforms\n`);
console.log(formatTable("republint", ours));
console.log();
console.log(formatTable("plain text search (grep for the logo, the name, the Foundation)", score(pages, grep)));
if (ours.disagreements.length) {
  console.log(`\n${ours.disagreements.length} disagreements with the human verdicts:`);
  for (const d of ours.disagreements) console.log(`  ${d.page}  ${d.term}: human ${d.want}, republint ${d.have}  (${d.why})`);
  process.exitCode = 1;
}
