import { describe, expect, test } from "vitest";
import { duration, Progress, wantsProgress } from "../src/cli/progress.js";
import type { TargetResult } from "../src/types.js";

function result(status: TargetResult["status"], errors = 0): TargetResult {
  const findings = Array.from({ length: errors }, () => ({ severity: "error" }) as TargetResult["findings"][number]);
  return { input: "x", status, verdicts: {}, findings, notes: [] };
}

function recorder(isTTY = true) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 120, write: (t: string) => writes.push(t) } };
}

describe("progress line", () => {
  test("only on an interactive terminal, never in CI or a dumb terminal", () => {
    expect(wantsProgress({ isTTY: true, write() {} }, {})).toBe(true);
    expect(wantsProgress({ isTTY: false, write() {} }, {})).toBe(false);
    expect(wantsProgress({ write() {} }, {})).toBe(false);
    expect(wantsProgress({ isTTY: true, write() {} }, { CI: "true" })).toBe(false);
    expect(wantsProgress({ isTTY: true, write() {} }, { TERM: "dumb" })).toBe(false);
  });

  test("counts pages, failing pages and errors, with the rate and the time left", () => {
    let now = 0;
    const { stream } = recorder();
    const bar = new Progress(stream, { now: () => now });
    bar.start(10);
    now = 2000;
    bar.tick(result("checked", 1));
    bar.tick(result("checked"));
    bar.tick(result("error"));
    bar.tick(result("not-applicable"));
    expect(bar.line()).toBe("[########------------] 4/10 pages · 1 failing · 1 could not be checked · 2.0 pages/s · ETA 3 s");
  });

  test("while discovery still finds pages: a count and the rate, no bar and no ETA", () => {
    let now = 0;
    const bar = new Progress(recorder().stream, { now: () => now });
    bar.start(null);
    now = 1000;
    bar.tick(result("checked"));
    bar.tick(result("skipped"));
    expect(bar.line()).toBe("2 pages (finding more) · 0 failing · 0 could not be checked · 2.0 pages/s");
  });

  test("redraws at most every interval, always at the end, and erases itself on stop", () => {
    let now = 0;
    const { writes, stream } = recorder();
    const bar = new Progress(stream, { now: () => now, intervalMs: 100 });
    bar.start(3);
    expect(writes).toHaveLength(1);
    now = 50;
    bar.tick(result("checked"));
    expect(writes).toHaveLength(1); // too soon
    now = 150;
    bar.tick(result("checked"));
    expect(writes).toHaveLength(2);
    now = 160;
    bar.tick(result("checked"));
    expect(writes).toHaveLength(3); // the last page always shows
    expect(writes[2]).toMatch(/^\r\x1b\[2K\[#{20}\] 3\/3 pages/);
    bar.stop();
    expect(writes.at(-1)).toBe("\r\x1b[2K");
  });

  test("the line never wraps a narrow terminal", () => {
    const writes: string[] = [];
    const bar = new Progress({ isTTY: true, columns: 30, write: (t: string) => writes.push(t) }, { now: () => 0 });
    bar.start(5);
    expect(writes[0]!.replace("\r\x1b[2K", "").length).toBeLessThanOrEqual(29);
  });

  test("durations read as people say them", () => {
    expect(duration(4.2)).toBe("5 s");
    expect(duration(75)).toBe("1 min 15 s");
    expect(duration(3 * 3600 + 120)).toBe("3 h 2 min");
  });
});

describe("the CLI's progress line", () => {
  const run = async (env: NodeJS.ProcessEnv, isTTY: boolean) => {
    const { runCli } = await import("../src/cli/run.js");
    const err: string[] = [];
    const out: string[] = [];
    const io = {
      stdout: { write: (t: string) => out.push(t) } as unknown as NodeJS.WritableStream,
      stderr: Object.assign({ write: (t: string) => err.push(t) } as unknown as NodeJS.WritableStream, { isTTY, columns: 100 }),
      cwd: process.cwd(),
      env,
    };
    const code = await runCli(["node", "republint", "examples/*.html", "--no-config", "-f", "json"], io);
    return { code, stderr: err.join(""), stdout: out.join("") };
  };

  test("is drawn on a terminal, counts every page, and is erased before the report", async () => {
    const { stderr, stdout } = await run({}, true);
    expect(stderr).toMatch(/\r\x1b\[2K\[#{20}\] 7\/7 pages · \d+ failing · 0 could not be checked/);
    expect(stderr.endsWith("\r\x1b[2K")).toBe(true);
    expect(JSON.parse(stdout).results).toHaveLength(7);
  });

  test("stays silent in CI and when stderr is not a terminal", async () => {
    expect((await run({ CI: "true" }, true)).stderr).toBe("");
    expect((await run({}, false)).stderr).toBe("");
  });
});
