/** What the loaders hand to the engine: a decoded page, or one line saying why there is none. */
import type { Fetcher } from "../fetch/types.js";

/** A page's source as text, decoded once; every location in a report indexes this string. */
export interface LoadedSource {
  /** The input as the user named it: a path relative to the working directory, a URL, or `<stdin>`. */
  input: string;
  /** The decoded HTML (for a UTF-8 page, decoded the first time it is read). */
  readonly source: string;
  /**
   * A UTF-8 page's bytes, until its `source` is first read: what a pre-filter can look at
   * without paying for decoding (see `checkLoaded`).
   */
  readonly utf8?: Uint8Array;
  /** Base URL for resolving relative URLs in the page (the final URL after redirects, or a file: URL). */
  url: string | undefined;
  /** For URLs: where the page was finally fetched from, when redirects changed it. */
  finalUrl?: string;
  /** The character encoding the bytes were decoded with (WHATWG label, e.g. "utf-8", "windows-1252"). */
  encoding: string;
  /** Named by the user, not found by expanding a directory or glob (set by `loadAll`). */
  explicit?: boolean;
}

/** An input that could not be loaded: `error` is one line naming the cause (no stack trace). */
export interface LoadFailure {
  input: string;
  error: string;
  /** Set when the URL was never requested because the site's robots.txt disallows it. */
  skipped?: "robots" | "limit";
}

/** `position`: the input's place among all expanded inputs (set by `loadAll`). */
export type LoadOutcome = ({ ok: true; page: LoadedSource } | ({ ok: false } & LoadFailure)) & { position?: number };

export interface LoadOptions {
  /** Largest accepted input, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Whole-request timeout for URLs, in milliseconds (default 15 000). */
  timeoutMs?: number;
  /** Base for relative paths (default `process.cwd()`). */
  cwd?: string;
  /**
   * The run's HTTP client (per-host limits, robots.txt, retries, cache; see `createFetcher`).
   * When given, its policy rules URLs, and `timeoutMs`, `maxBytes`, `userAgent` and `fetch`
   * are not used for them. Without one, a client is made from those options, with robots.txt
   * obeyed and no cache (a library call writes nothing to disk).
   */
  fetcher?: Fetcher;
  /** Injected for tests; defaults to undici's fetch. Ignored when `fetcher` is given. */
  fetch?: typeof globalThis.fetch;
  /** Sent with every request. Ignored when `fetcher` is given. */
  userAgent?: string;
  /** Accept XML responses too (feeds and sitemaps of originals), not only HTML. */
  acceptXml?: boolean;
  /** Globs of files that directory and glob inputs skip, relative to `ignoreBase` (default `cwd`). */
  ignore?: string[];
  /** The folder `ignore` globs are relative to (the config file's). */
  ignoreBase?: string;
  /** Read for the `-` input (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
}
