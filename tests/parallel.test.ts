/** Checking on worker threads gives the very same report, in the same order, as one thread. */
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
