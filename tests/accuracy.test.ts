/**
 * The accuracy test: every labelled real-world page must get the human verdict on every term.
 * Prints the per-term table (same as `npm run accuracy`).
 */
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
// @ts-expect-error plain JS module shared with scripts/accuracy.mjs
import { formatTable, readCorpus, score } from "../scripts/corpus.mjs";
import { checkFile } from "../src/check.js";

const root = fileURLToPath(new URL("fixtures/real-world/", import.meta.url));

test("republint agrees with every human verdict on the real-world corpus", async () => {
  const pages = readCorpus(root) as { path: string; authors: string[] }[];
  expect(pages.length).toBeGreaterThanOrEqual(60);
  const actual = new Map<string, Record<string, string>>();
  for (const page of pages) actual.set(page.path, (await checkFile(page.path, { authors: page.authors })).verdicts);
  const result = score(pages, actual);
  console.log(formatTable(`republint on ${pages.length} labelled pages`, result));
  expect(result.disagreements).toEqual([]);
}, 60_000);
