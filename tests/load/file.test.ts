import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFile } from "../../src/load/file.js";

let dir: string;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "republint-file-"));
  await mkdir(join(dir, "news"));
  await writeFile(join(dir, "news", "story.html"), "<!doctype html><title>Story</title>");
  await writeFile(join(dir, "empty.html"), "");
  await writeFile(join(dir, "blank.html"), " \n\t\r\n  ");
  await writeFile(join(dir, "logo.html"), PNG);
  await writeFile(join(dir, "big.html"), `<p>${"x".repeat(200)}</p>`);
  await writeFile(
    join(dir, "cp1252.html"),
    Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x93, 0xe9, 0x94]), Buffer.from("</p>")]),
  );
  await writeFile(
    join(dir, "latin1.html"),
    Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>caf'), Buffer.from([0xe9]), Buffer.from("</p>")]),
  );
  await writeFile(join(dir, "bom.html"), Buffer.from("\uFEFF<p>é</p>", "utf8"));
  await writeFile(join(dir, "bom-blank.html"), Buffer.from("\uFEFF \n", "utf8"));
  // Valid UTF-8 bytes, a UTF-8 declaration commented out, and the real one: windows-1252.
  await writeFile(
    join(dir, "comment-charset.html"),
    Buffer.concat([Buffer.from('<!-- <meta charset="utf-8"> --><meta charset="windows-1252"><p>'), Buffer.from([0xc3, 0xa9]), Buffer.from("</p>")]),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("loadFile", () => {
  it("loads a file, keeping the relative path as given and a file: URL as base", async () => {
    const outcome = await loadFile("news/story.html", { cwd: dir });
    expect(outcome).toEqual({
      ok: true,
      page: {
        input: "news/story.html",
        source: "<!doctype html><title>Story</title>",
        url: pathToFileURL(join(dir, "news", "story.html")).href,
        encoding: "utf-8",
      },
    });
  });

  it("reports a missing path", async () => {
    expect(await loadFile("nope.html", { cwd: dir })).toEqual({
      ok: false,
      input: "nope.html",
      error: "no such file or directory",
    });
  });

  it("reports a directory", async () => {
    expect(await loadFile("news", { cwd: dir })).toMatchObject({ ok: false, error: "is a directory, not a file" });
  });

  it("reports an empty file", async () => {
    expect(await loadFile("empty.html", { cwd: dir })).toEqual({ ok: false, input: "empty.html", error: "file is empty" });
  });

  it("reports a whitespace-only file as empty", async () => {
    expect(await loadFile("blank.html", { cwd: dir })).toEqual({ ok: false, input: "blank.html", error: "file is empty" });
  });

  it("reports a PNG, whatever its name", async () => {
    expect(await loadFile("logo.html", { cwd: dir })).toEqual({
      ok: false,
      input: "logo.html",
      error: "binary file (PNG image), not HTML",
    });
  });

  it("refuses a file over maxBytes", async () => {
    expect(await loadFile("big.html", { cwd: dir, maxBytes: 100 })).toEqual({
      ok: false,
      input: "big.html",
      error: "file is too large (207 bytes, limit 100 bytes)",
    });
  });

  it("decodes windows-1252 with a meta charset", async () => {
    const outcome = await loadFile("cp1252.html", { cwd: dir });
    expect(outcome.ok && outcome.page.source).toBe('<meta charset="windows-1252"><p>\u201Cé\u201D</p>');
    expect(outcome.ok && outcome.page.encoding).toBe("windows-1252");
  });

  it("decodes ISO-8859-1 with a meta charset", async () => {
    const outcome = await loadFile("latin1.html", { cwd: dir });
    expect(outcome.ok && outcome.page.source).toBe('<meta charset="iso-8859-1"><p>café</p>');
  });

  it("decodes a UTF-8 page when its text is first read, and keeps its bytes only until then", async () => {
    const outcome = await loadFile(join(dir, "bom.html"));
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.page.utf8).toBeInstanceOf(Uint8Array);
    expect(Object.keys(outcome.page)).not.toContain("utf8");
    expect(outcome.page.source).toBe("<p>é</p>");
    expect(outcome.page.utf8).toBeUndefined();
    expect(outcome.page.source).toBe("<p>é</p>");
  });

  it("reports a file of a byte order mark and white space as empty", async () => {
    expect(await loadFile("bom-blank.html", { cwd: dir })).toEqual({ ok: false, input: "bom-blank.html", error: "file is empty" });
  });

  it("a charset mentioned in a comment does not hide the page's real one", async () => {
    const outcome = await loadFile("comment-charset.html", { cwd: dir });
    expect(outcome.ok && outcome.page.encoding).toBe("windows-1252");
    expect(outcome.ok && outcome.page.source.endsWith("<p>\u00c3\u00a9</p>")).toBe(true);
  });

  it("drops a UTF-8 BOM", async () => {
    const outcome = await loadFile(join(dir, "bom.html"));
    expect(outcome.ok && outcome.page.source).toBe("<p>é</p>");
    expect(outcome.ok && outcome.page.input).toBe(join(dir, "bom.html"));
  });
});
