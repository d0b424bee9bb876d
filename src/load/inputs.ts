/** Command-line input specs → the concrete files, URLs and stdin to load, in the order given. */
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import picomatch from "picomatch";
import { glob } from "tinyglobby";
import { describeFsError } from "./fs-errors.js";
import { STDIN_INPUT } from "./stdin.js";
import { parseHttpUrl, urlKey } from "./http-url.js";
import type { LoadFailure, LoadOptions } from "./types.js";

/** One thing to load. `input` is how reports name it: a cwd-relative path, the URL, `<stdin>`. */
export interface InputSource {
  kind: "file" | "url" | "stdin";
  input: string;
  /** Named by the user (a file, a URL, stdin), not found by expanding a directory or glob. */
  explicit: boolean;
}

/** A spec that resolved to nothing is kept, in its place, as a failure naming the spec. */
export type InputRef = InputSource | ({ kind: "failure" } & LoadFailure);

const GLOB_MAGIC = /[*?[\]{}]/;
const HTML_FILE = /\.html?$/i;
const HTTP_URL = /^https?:\/\//i;
const ANY_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Expand what the user typed into inputs: `-` is stdin; `http(s)://...` a URL; a directory
 * every `.html` / `.htm` file below it (not in `node_modules` or dot-directories); a glob its
 * matching files; a file itself, whatever its extension. Results keep the order of `specs`
 * (sorted within a directory or glob) and each file appears once, as does each URL (spellings
 * that differ only in scheme or host case, a default port or a #fragment are one URL; the
 * first spelling names it). Never throws.
 *
 * @example
 * await expandInputs(["site/", "https://example.com/story", "missing.html"], { cwd: "/work" })
 * // [ { kind: "file", input: "site/a.html" }, { kind: "file", input: "site/news/b.html" },
 * //   { kind: "url", input: "https://example.com/story" },
 * //   { kind: "failure", input: "missing.html", error: "no such file or directory" } ]
 */
export async function expandInputs(specs: string[], options: LoadOptions = {}): Promise<InputRef[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const refs: InputRef[] = [];
  const seen = new Set<string>();
  const ignored = options.ignore?.length ? picomatch(options.ignore.map(toPosix), { dot: true }) : null;
  const ignoreBase = resolve(options.ignoreBase ?? cwd);
  const addFiles = async ({ files, explicit }: Expanded, spec: string): Promise<void> => {
    for (const file of files.sort(byCodeUnit)) {
      const key = await realpath(file).catch(() => file);
      if (seen.has(key)) continue;
      const input = displayPath(file, spec, cwd);
      // Ignore patterns prune what directories and globs find, never what the user named.
      if (!explicit && ignored && ignored(toPosix(relative(ignoreBase, file)))) continue;
      seen.add(key);
      refs.push({ kind: "file", input, explicit });
    }
  };
  for (const spec of specs) {
    try {
      const resolved = await expandOne(spec, cwd);
      if ("files" in resolved) await addFiles(resolved, spec);
      else if (resolved.kind === "url") {
        const key = `url:${urlKey(resolved.input)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        refs.push(resolved);
      } else if (resolved.kind !== "stdin" || !seen.has(STDIN_INPUT)) {
        // stdin can be read only once.
        if (resolved.kind === "stdin") seen.add(STDIN_INPUT);
        refs.push(resolved);
      }
    } catch (err) {
      refs.push({ kind: "failure", input: spec, error: describeFsError(err) });
    }
  }
  return refs;
}

/** Absolute file paths a spec stands for, and whether the user named them one by one. */
interface Expanded {
  files: string[];
  explicit: boolean;
}

/** One spec → an input, a failure, or files. */
async function expandOne(spec: string, cwd: string): Promise<InputRef | Expanded> {
  const failure = (error: string): InputRef => ({ kind: "failure", input: spec, error });
  if (spec === "-") return { kind: "stdin", input: STDIN_INPUT, explicit: true };
  // Most likely an unset shell variable; do not read it as "the current directory".
  if (spec.trim() === "") return failure("empty path");
  if (HTTP_URL.test(spec)) {
    const url = parseHttpUrl(spec);
    return typeof url === "string" ? failure(url) : { kind: "url", input: spec, explicit: true };
  }
  let path = spec;
  if (/^file:\/\//i.test(spec)) {
    try {
      path = fileURLToPath(spec);
    } catch {
      return failure("invalid URL");
    }
  } else if (ANY_URL.test(spec)) {
    const url = parseHttpUrl(spec);
    return failure(typeof url === "string" ? url : "invalid URL");
  }

  const absolute = resolve(cwd, path);
  const info = await stat(absolute).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT" || err.code === "ENOTDIR") return undefined;
    throw err;
  });
  if (info?.isDirectory()) {
    const files = await htmlFilesUnder(absolute);
    return files.length > 0 ? { files, explicit: false } : failure("directory contains no .html or .htm files");
  }
  // An existing file wins over glob syntax: `page[1].html` may be a real name.
  if (info) return { files: [absolute], explicit: true };
  if (!GLOB_MAGIC.test(path)) return failure("no such file or directory");
  const files = await glob(toPosix(path), {
    cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    // Skip dependencies, as for directories, unless the pattern asks for them.
    ignore: path.includes("node_modules") ? [] : ["**/node_modules/**"],
  });
  return files.length > 0 ? { files: files.map((file) => resolve(file)), explicit: false } : failure("no files match this pattern");
}

/** Every .html / .htm file below `root`, skipping `node_modules` and dot-directories. */
async function htmlFilesUnder(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, entries: Dirent[]): Promise<void> => {
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
        // An unreadable subdirectory should not lose the rest of the tree.
        const children = await readdir(full, { withFileTypes: true }).catch(() => []);
        await walk(full, children);
      } else if (HTML_FILE.test(entry.name) && (entry.isFile() || (await isLinkToFile(entry, full)))) {
        // Symlinked directories are not followed (no cycles); symlinked files are taken.
        found.push(full);
      }
    }
  };
  await walk(root, await readdir(root, { withFileTypes: true }));
  return found;
}

async function isLinkToFile(entry: Dirent, path: string): Promise<boolean> {
  if (!entry.isSymbolicLink()) return false;
  return stat(path).then((info) => info.isFile(), () => false);
}

/**
 * How a report names a file: relative to cwd when under it, forward slashes, no `./`.
 * Outside cwd it stays as the user wrote it: relative (`../x.html`) or absolute.
 */
function displayPath(file: string, spec: string, cwd: string): string {
  const rel = relative(cwd, file);
  const inside = rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  const typedRelative = !isAbsolute(spec) && !ANY_URL.test(spec);
  return toPosix(inside || typedRelative ? rel : file);
}

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
