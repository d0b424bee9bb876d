/** A scan spread over machines: shards are disjoint, cover everything, and merge back to the whole. */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { shardOf } from "../src/load/index.js";
import { runCli } from "./helpers/cli.js";
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
