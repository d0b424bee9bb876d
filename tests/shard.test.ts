/** A scan spread over machines: shards are disjoint, cover everything, and merge back to the whole. */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { shardOf } from "../src/load/index.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp-dir.js";

const CONFIG = ["-c", "examples/partner-site/republint.config.json"];
const withoutPositions = (report: { results: Record<string, unknown>[] }) => ({ ...report, results: report.results.map(({ position: _, ...rest }) => rest) });

test("three shards merged equal the unsharded run", async () => {
  const dir = tempDir("republint-shards-");
  const whole = JSON.parse((await runCli([...CONFIG, "-f", "json"])).stdout);
  const shards = [];
  for (const i of [1, 2, 3]) {
    const run = await runCli([...CONFIG, "--shard", `${i}/3`, "-f", `json=${dir}/shard-${i}.json`]);
    expect(run.stderr).toBe("");
    shards.push(JSON.parse(readFileSync(`${dir}/shard-${i}.json`, "utf8")));
  }
  const inputs = shards.map((s) => s.results.map((r: { input: string }) => r.input));
  expect(inputs.flat().sort()).toEqual(whole.results.map((r: { input: string }) => r.input).sort()); // disjoint and complete
  expect(inputs.every((list) => list.length > 0)).toBe(true);
  const merged = await runCli(["merge", `${dir}/shard-1.json`, `${dir}/shard-2.json`, `${dir}/shard-3.json`, "-f", "json"]);
  expect(merged.code).toBe(1);
  expect(withoutPositions(JSON.parse(merged.stdout))).toEqual(whole);
  const stylish = await runCli(["merge", `${dir}/shard-1.json`, `${dir}/shard-2.json`, `${dir}/shard-3.json`]);
  expect(stylish.stdout).toContain("26 pages: 7 checked, 19 not applicable");
});

describe("merge: a shard given twice is exit 2, naming the file", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("republint-twice-");
    for (const i of [1, 2]) await runCli([...CONFIG, "--shard", `${i}/2`, "-f", `json=${dir}/shard-${i}.json`]);
  });

  test("the same path twice, under any spelling", async () => {
    const same = await runCli(["merge", `${dir}/shard-1.json`, `${dir}/shard-2.json`, `${dir}/shard-1.json`]);
    expect([same.code, same.stdout]).toEqual([2, ""]);
    expect(same.stderr).toBe(`republint: merge: ${dir}/shard-1.json: given twice; each shard's report counts once\n`);
    const spelled = await runCli(["merge", "shard-1.json", "./shard-1.json", "shard-2.json"], { cwd: dir });
    expect(spelled.code).toBe(2);
    expect(spelled.stderr).toBe("republint: merge: ./shard-1.json: given twice (also as shard-1.json); each shard's report counts once\n");
  });

  test("a copy of a shard under another name, or a report repeating a shard's pages", async () => {
    copyFileSync(join(dir, "shard-2.json"), join(dir, "copy.json"));
    const copy = await runCli(["merge", "shard-1.json", "shard-2.json", "copy.json"], { cwd: dir });
    expect([copy.code, copy.stderr]).toEqual([2, "republint: merge: copy.json: the same report as shard-2.json; each shard's report counts once\n"]);
    const shard = JSON.parse(readFileSync(join(dir, "shard-1.json"), "utf8"));
    writeFileSync(join(dir, "rerun.json"), JSON.stringify({ ...shard, results: shard.results.slice(0, 1) }));
    const rerun = await runCli(["merge", "shard-1.json", "rerun.json"], { cwd: dir });
    expect(rerun.code).toBe(2);
    expect(rerun.stderr).toBe(`republint: merge: rerun.json: ${shard.results[0].input} (position ${shard.results[0].position}) is in shard-1.json already: the same shard given twice, or shards of different runs\n`);
  });

  test("two empty shards are not duplicates", async () => {
    const empty = JSON.stringify({ results: [], summary: { inputs: 0, checked: 0, notApplicable: 0, skipped: 0, errors: 0, errorCount: 0, warningCount: 0, failingPages: 0 } });
    writeFileSync(join(dir, "empty-a.json"), empty);
    writeFileSync(join(dir, "empty-b.json"), empty);
    const run = await runCli(["merge", "shard-1.json", "shard-2.json", "empty-a.json", "empty-b.json", "-q"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("26 pages: 7 checked, 19 not applicable");
  });

  test("merge takes the main command's output options: --no-color, --color, -q, --max-warnings", async () => {
    const shards = [`${relative(ROOT, dir)}/shard-1.json`, `${relative(ROOT, dir)}/shard-2.json`];
    const plain = await runCli(["merge", ...shards, "--no-color"]);
    expect([plain.code, plain.stderr]).toEqual([1, ""]);
    expect(plain.stdout).not.toContain("\u001b[");
    expect((await runCli(["merge", ...shards, "--color"])).stdout).toContain("\u001b[");
    const quiet = JSON.parse((await runCli(["merge", ...shards, "-q", "-f", "json"])).stdout);
    expect(quiet.summary.warningCount).toBe(0);
    const bad = await runCli(["merge", ...shards, "--max-warnings", "lots"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^republint: .*--max-warnings must be a whole number ≥ 0\.\n$/);
  });
});

test("merge names a file that is not a report", async () => {
  const run = await runCli(["merge", "package.json"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe('republint: merge: package.json: not a republint JSON report (no "results")\n');
});

test("--shard takes i/n", async () => {
  const run = await runCli(["x.html", "--shard", "4/3"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--shard takes i\/n/);
});

test("inputs spread over every shard", () => {
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 400; i++) counts[shardOf(`dist/2024/10/${i}/index.html`, 4)]!++;
  for (const count of counts) expect(count).toBeGreaterThan(60);
});
