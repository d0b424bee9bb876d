/** Where an input lives, as CI formats need it: a file under the checkout, a URL, or neither. */
import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

export type Artifact =
  /** `path`: relative to cwd, forward slashes; starts with `../` when the file is outside cwd. */
  | { kind: "file"; path: string; absolute: string }
  | { kind: "url"; url: string }
  /** A pseudo-input with no place on disk: `<stdin>`, `<html>`. */
  | { kind: "other"; name: string };

/**
 * Classify a report's `input` and make file paths relative to `cwd` with forward slashes (CI
 * tools match annotations against repository paths, which never use `\`).
 * @example artifactOf("dist\\news\\story.html", "C:\\site") // { kind: "file", path: "dist/news/story.html", ... } on Windows
 * @example artifactOf("https://partner.example/story/") // { kind: "url", url: "https://partner.example/story/" }
 */
export function artifactOf(input: string, cwd: string = process.cwd()): Artifact {
  if (/^https?:\/\//i.test(input)) return { kind: "url", url: input };
  if (/^<[^<>]*>$/.test(input)) return { kind: "other", name: input };
  const absolute = resolve(cwd, input);
  return { kind: "file", path: relative(cwd, absolute).split(sep).join("/"), absolute };
}

/**
 * A URI reference for the artifact: a percent-encoded relative path for files under cwd, a
 * `file:` URI for files outside it, the URL itself for URLs, the encoded name otherwise.
 * @example artifactUri(artifactOf("news/a b.html", "/site")) // "news/a%20b.html"
 */
export function artifactUri(artifact: Artifact): string {
  switch (artifact.kind) {
    case "url":
      return artifact.url;
    case "other":
      return encodeURIComponent(artifact.name);
    case "file":
      // Outside cwd (or on another Windows drive): no relative path can name it.
      if (/^(\.\.(\/|$)|\/|[a-z]:)/i.test(artifact.path)) return pathToFileURL(artifact.absolute).href;
      return artifact.path.split("/").map(encodeURIComponent).join("/");
  }
}
