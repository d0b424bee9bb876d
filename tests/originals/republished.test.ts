/**
 * Partner pages that republish the DCNF originals (faithful, edited, cut, unattributed, damaged,
 * unrelated), labelled by what a compliance officer sees: the verdicts of every rule with the
 * originals given, as a syndication desk runs it over a directory of pages.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, test } from "vitest";
import { check } from "../../src/check.js";
import { OriginalLibrary } from "../../src/originals/library.js";
import { Page } from "../../src/page/page.js";
import type { Report } from "../../src/types.js";
import { runCli } from "../helpers/cli.js";

const DIR = "tests/fixtures/originals/republished";
interface Expected {
  matches: boolean;
  coverage: number;
  [rule: string]: string | number | boolean;
}
const manifest = JSON.parse(readFileSync(`${DIR}/manifest.json`, "utf8")) as { pages: { file: string; original: string | null; authors: string[]; expected: Expected; why: string }[] };
const RULES = ["logo-present", "reporter-byline", "byline-affiliation", "unattributed-copy", "link-to-original", "copy-artifacts"];

let library: OriginalLibrary;
let report: Report;
beforeAll(async () => {
  ({ library } = await OriginalLibrary.load(["tests/fixtures/originals/dcnf/"]));
  report = await check([`${DIR}/`], { originals: library });
});

describe("pages matched to the originals", () => {
  test.each(manifest.pages.map((p) => [p.file, p] as const))("%s", (file, page) => {
    const match = library.match(new Page({ source: readFileSync(`${DIR}/${file}`, "utf8") }));
    if (!page.expected.matches) return expect(match).toBeNull();
    // A page quoting a paragraph or two is below the library's match threshold (0.2): either answer is right.
    if (page.expected.coverage < 0.25 && match === null) return;
    expect(match?.article.url).toBe(page.original);
    expect(Math.abs(match!.coverage - page.expected.coverage)).toBeLessThanOrEqual(0.1);
  });
});

describe("verdicts with the originals given", () => {
  test.each(manifest.pages.map((p) => [p.file, p] as const))("%s", (file, page) => {
    const result = report.results.find((r) => r.input === `${DIR}/${file}`)!;
    // A page that is not a DCNF republication (another newswire's story, a partner's own story
    // quoting two paragraphs, a listing) is not applicable as a whole.
    if (page.expected["logo-present"] === "not-applicable") {
      expect(result.status, result.reason).toBe("not-applicable");
      return;
    }
    expect(result.status).toBe("checked");
    expect(Object.fromEntries(RULES.map((r) => [r, result.verdicts[r]]))).toEqual(Object.fromEntries(RULES.map((r) => [r, page.expected[r]])));
  });
});

describe("the CLI with --originals", () => {
  test("the reporter comes from the original: no --author needed, and the unattributed copy is an error", async () => {
    const run = await runCli([`${DIR}/wordpress-unattributed-full-copy.html`, `${DIR}/wordpress-faithful-compliant.html`, "--originals", "tests/fixtures/originals/dcnf/", "-f", "json"]);
    const out = JSON.parse(run.stdout);
    expect(out.originals).toEqual({ loaded: 5, failures: [] });
    const [copy, faithful] = out.results;
    expect(copy.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("unattributed-copy");
    expect(copy.findings.find((f: { ruleId: string }) => f.ruleId === "unattributed-copy").message).toMatch(/copies \d+% of the paragraphs of ".+" \(https:\/\/dailycallernewsfoundation\.org\/2025\/01\/16\/coast-guard-icebreaker-fleet-arctic-russia-china\/\) without crediting/);
    expect(faithful.verdicts).toMatchObject({ "reporter-byline": "pass", "unattributed-copy": "pass" });
    expect(faithful.notes).toEqual([]); // the reporter was verified against the original
    expect(run.code).toBe(1);
  });

  test("--originals reads a feed over HTTP (a local server standing in for DCNF's site)", async () => {
    const originals = JSON.parse(readFileSync("tests/fixtures/originals/dcnf/manifest.json", "utf8")).originals as { file: string; url: string }[];
    const server = createServer((req, res) => {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      if (req.url === "/feed.xml") {
        const feed = readFileSync("tests/fixtures/originals/feed.xml", "utf8").replace(/https:\/\/(dailycaller\.com|dailycallernewsfoundation\.org)/g, base);
        return void res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" }).end(feed);
      }
      const original = originals.find((o) => new URL(o.url).pathname === req.url);
      if (original) return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(readFileSync(`tests/fixtures/originals/dcnf/${original.file}`));
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
      const run = await runCli([`${DIR}/wordpress-unattributed-full-copy.html`, "--originals", feed, "-f", "json"]);
      const out = JSON.parse(run.stdout);
      expect(out.originals).toEqual({ loaded: 5, failures: [] });
      expect(out.results[0].verdicts["unattributed-copy"]).toBe("fail");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test("an original that cannot be read is one line and exit code 2", async () => {
    const run = await runCli([`${DIR}/wordpress-faithful-compliant.html`, "--original", "no-such-original.html"]);
    expect(run.stderr).toBe("republint: original no-such-original.html: no such file or directory\n");
    expect(run.code).toBe(2);
  });
});
