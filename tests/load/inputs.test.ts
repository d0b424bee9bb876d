import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandInputs } from "../../src/load/inputs.js";

let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "republint-inputs-"));
  const files: Record<string, string> = {
    "site/index.html": "<p>home</p>",
    "site/b.htm": "<p>b</p>",
    "site/news/2024/story.HTML": "<p>story</p>",
    "site/news/notes.txt": "not html",
    "site/node_modules/pkg/readme.html": "<p>dependency</p>",
    "site/.cache/old.html": "<p>cached</p>",
    "nohtml/readme.md": "# hi",
    "pages/a.html": "<p>a</p>",
    "pages/c.html": "<p>c</p>",
    "pages/b.txt": "b",
    "pages/node_modules/x.html": "<p>x</p>",
    "article.txt": "<p>named explicitly</p>",
    "odd[1].html": "<p>brackets in the name</p>",
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(cwd, name, ".."), { recursive: true });
    await writeFile(join(cwd, name), text);
  }
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("expandInputs", () => {
  it("skips ignored files found in directories, never files named explicitly", async () => {
    expect(await expandInputs(["site/", "site/b.htm"], { cwd, ignore: ["site/news/**", "**/*.htm"] })).toEqual([
      { kind: "file", input: "site/index.html", explicit: false },
      { kind: "file", input: "site/b.htm", explicit: true },
    ]);
  });

  it("reports a missing path", async () => {
    expect(await expandInputs(["missing.html"], { cwd })).toEqual([
      { kind: "failure", input: "missing.html", error: "no such file or directory" },
    ]);
  });

  it("reports an empty spec rather than reading it as the current directory", async () => {
    expect(await expandInputs([""], { cwd })).toEqual([{ kind: "failure", input: "", error: "empty path" }]);
  });

  it("reports a directory with no HTML", async () => {
    expect(await expandInputs(["nohtml"], { cwd })).toEqual([
      { kind: "failure", input: "nohtml", error: "directory contains no .html or .htm files" },
    ]);
  });

  it("finds nested .html/.htm files, sorted, skipping node_modules and dot-directories", async () => {
    expect(await expandInputs(["./site/"], { cwd })).toEqual([
      { kind: "file", input: "site/b.htm", explicit: false },
      { kind: "file", input: "site/index.html", explicit: false },
      { kind: "file", input: "site/news/2024/story.HTML", explicit: false },
    ]);
  });

  it("expands a glob to sorted files, leaving out node_modules", async () => {
    expect(await expandInputs(["pages/**/*.html"], { cwd })).toEqual([
      { kind: "file", input: "pages/a.html", explicit: false },
      { kind: "file", input: "pages/c.html", explicit: false },
    ]);
  });

  it("reports a glob that matches nothing", async () => {
    expect(await expandInputs(["pages/*.xml"], { cwd })).toEqual([
      { kind: "failure", input: "pages/*.xml", error: "no files match this pattern" },
    ]);
  });

  it("takes an explicitly named file whatever its extension, and a literal name with glob characters", async () => {
    expect(await expandInputs(["article.txt", "odd[1].html"], { cwd })).toEqual([
      { kind: "file", input: "article.txt", explicit: true },
      { kind: "file", input: "odd[1].html", explicit: true },
    ]);
  });

  it("reports absolute paths under cwd relative to it", async () => {
    expect(await expandInputs([join(cwd, "pages", "a.html")], { cwd })).toEqual([{ kind: "file", input: "pages/a.html", explicit: true }]);
  });

  it("keeps the order of specs and lists each file once", async () => {
    expect(await expandInputs(["pages/c.html", "pages/*.html", "-", "https://example.com/a", "-"], { cwd })).toEqual([
      { kind: "file", input: "pages/c.html", explicit: true },
      { kind: "file", input: "pages/a.html", explicit: false },
      { kind: "stdin", input: "<stdin>", explicit: true },
      { kind: "url", input: "https://example.com/a", explicit: true },
    ]);
  });

  it("lists each URL once: case of scheme and host, a default port and a #fragment do not make another page", async () => {
    const specs = [
      "https://Example.com/news/story?id=1#comments",
      "HTTPS://EXAMPLE.COM:443/news/story?id=1",
      "https://example.com/news/story?id=1#top",
      "http://example.com:80/news/story?id=1",
      "http://example.com/news/story?id=1",
      "https://example.com/News/story?id=1",
      "https://example.com:8443/news/story?id=1",
    ];
    // The first spelling names the page; path case, scheme and a non-default port still tell pages apart.
    expect(await expandInputs(specs, { cwd })).toEqual([
      { kind: "url", input: "https://Example.com/news/story?id=1#comments", explicit: true },
      { kind: "url", input: "http://example.com:80/news/story?id=1", explicit: true },
      { kind: "url", input: "https://example.com/News/story?id=1", explicit: true },
      { kind: "url", input: "https://example.com:8443/news/story?id=1", explicit: true },
    ]);
  });

  it("reports unparseable and unsupported URLs", async () => {
    expect(await expandInputs(["http://", "https://exa mple.com", "ftp://example.com/a.html"], { cwd })).toEqual([
      { kind: "failure", input: "http://", error: "invalid URL" },
      { kind: "failure", input: "https://exa mple.com", error: "invalid URL" },
      { kind: "failure", input: "ftp://example.com/a.html", error: 'unsupported URL scheme "ftp:" (use http or https)' },
    ]);
  });

  it("accepts a file: URL as a path", async () => {
    const url = new URL(`file://${join(cwd, "pages", "a.html")}`).href;
    expect(await expandInputs([url], { cwd })).toEqual([{ kind: "file", input: "pages/a.html", explicit: true }]);
  });
});
