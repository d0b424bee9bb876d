/** Checking on worker threads gives the very same report, in the same order, as one thread. */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { check } from "../src/check.js";
import { OriginalLibrary } from "../src/originals/library.js";
import type { TargetResult } from "../src/types.js";

test("two workers, with a config's overrides, give the report one thread gives", async () => {
  const options = {
    cwd: "examples/partner-site",
    configDir: "examples/partner-site",
    overrides: [{ files: "dist/2024/10/21/**", authors: ["Simone Adair"] }],
  };
  const seen: string[] = [];
  const parallel = await check(["dist/"], { ...options, jobs: 2, onResult: (r: TargetResult) => seen.push(r.input) });
  const serial = await check(["dist/"], { ...options, jobs: 1 });
  expect(parallel.results.length).toBeGreaterThanOrEqual(8); // enough pages for the workers to start
  expect(parallel).toEqual(serial);
  expect(seen).toEqual(serial.results.map((r) => r.input));
});

test("workers get the originals too", async () => {
  const { library } = await OriginalLibrary.load(["tests/fixtures/originals/dcnf/"]);
  const inputs = ["tests/fixtures/originals/republished/"];
  expect(await check(inputs, { originals: library, jobs: 2 })).toEqual(await check(inputs, { originals: library, jobs: 1 }));
});

test("workers load the files themselves; failures, stdin and explicit files keep their places", async () => {
  const { Readable } = await import("node:stream");
  const html = readFileSync("examples/wordpress-compliant.html", "utf8");
  const inputs = ["examples/partner-site/dist/", "missing.html", "-", "examples/wordpress-wrong-reporter.html", "examples/nothing-here/*.html"];
  const run = (jobs: number) => check(inputs, { jobs, authors: ["Laila Montgomery"], stdin: Readable.from([html]) });
  const serial = await run(1);
  const parallel = await run(2);
  expect(parallel).toEqual(serial);
  expect(serial.results.map((r) => r.status)).toContain("error");
  expect(serial.results.find((r) => r.input === "<stdin>")?.status).toBe("checked");
});

test("a shard on workers is the same shard, with the same positions", async () => {
  const options = { cwd: "examples/partner-site", shard: { index: 2, count: 2 } };
  const parallel = await check(["dist/"], { ...options, jobs: 2 });
  expect(parallel.results.length).toBeGreaterThanOrEqual(8);
  expect(parallel).toEqual(await check(["dist/"], { ...options, jobs: 1 }));
  expect(parallel.results.every((r) => typeof r.position === "number")).toBe(true);
});
