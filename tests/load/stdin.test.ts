import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadStdin } from "../../src/load/stdin.js";

const stream = (...chunks: Array<string | number[]>): Readable =>
  Readable.from(chunks.map((c) => Buffer.from(typeof c === "string" ? c : new Uint8Array(c))));

describe("loadStdin", () => {
  it("reads the page from stdin, with no base URL", async () => {
    expect(await loadStdin({ stdin: stream("<p>", "piped</p>") })).toEqual({
      ok: true,
      page: { input: "<stdin>", source: "<p>piped</p>", url: undefined, encoding: "utf-8" },
    });
  });

  it("decodes by <meta charset>", async () => {
    const outcome = await loadStdin({ stdin: stream('<meta charset="windows-1252">', [0x93, 0x94]) });
    expect(outcome.ok && outcome.page.source).toBe('<meta charset="windows-1252">\u201C\u201D');
  });

  it("reports empty and whitespace-only input", async () => {
    expect(await loadStdin({ stdin: stream() })).toEqual({ ok: false, input: "<stdin>", error: "input is empty" });
    expect(await loadStdin({ stdin: stream(" \n\t") })).toEqual({ ok: false, input: "<stdin>", error: "input is empty" });
  });

  it("reports binary input", async () => {
    expect(await loadStdin({ stdin: stream([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]) })).toEqual({
      ok: false,
      input: "<stdin>",
      error: "binary file (PDF document), not HTML",
    });
  });

  it("stops reading past maxBytes", async () => {
    expect(await loadStdin({ stdin: stream("<p>", "x".repeat(60), "x".repeat(60)), maxBytes: 100 })).toEqual({
      ok: false,
      input: "<stdin>",
      error: "input is too large (over the limit of 100 bytes)",
    });
  });

  it("reports a failing stream without throwing", async () => {
    const broken = new Readable({
      read() {
        this.destroy(new Error("EIO: i/o error, read"));
      },
    });
    expect(await loadStdin({ stdin: broken })).toEqual({
      ok: false,
      input: "<stdin>",
      error: "could not read standard input: EIO: i/o error, read",
    });
  });
});
