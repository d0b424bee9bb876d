/**
 * `--original` / `--originals`: read the newswire's own articles from pages (files or URLs),
 * directories of saved pages, RSS/Atom feeds and XML sitemaps (indexes included). Whatever
 * cannot be read is returned as a failure naming it, never dropped.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { expandInputs } from "../load/inputs.js";
import { fetcherFor } from "../load/fetcher.js";
import { loadFile } from "../load/file.js";
import { loadUrl } from "../load/url.js";
import type { LoadFailure, LoadOptions, LoadOutcome } from "../load/types.js";
import { Page } from "../page/page.js";
import type { OriginalArticle } from "../types.js";
import { extractOriginal } from "./extract.js";
import { isUrlListXml, parseUrlList } from "./feeds.js";

export interface LoadedOriginals {
  originals: OriginalArticle[];
  failures: LoadFailure[];
}

const MAX_SITEMAP_DEPTH = 2; // an index of sitemaps of articles; deeper nesting is a loop or a mistake

/**
 * @example const { originals } = await loadOriginals(["https://dailycaller.com/feed/"]); originals[0].authors
 */
export async function loadOriginals(specs: string[], options: LoadOptions = {}): Promise<LoadedOriginals> {
  // One HTTP client for every feed, sitemap and page: shared host queues and robots.txt files.
  const [fetcher, own] = fetcherFor(options);
  try {
    return await loadAllOriginals(specs, { ...options, fetcher });
  } finally {
    await own?.close();
  }
}

async function loadAllOriginals(specs: string[], options: LoadOptions): Promise<LoadedOriginals> {
  const originals = new Map<string, OriginalArticle>();
  const failures: LoadFailure[] = [];
  const fail = (input: string, error: string) => failures.push({ input: `original ${input}`, error });

  /** `inFolder`: a saved page found in a directory; an index or 404 page there is skipped, not an error. */
  const readOne = async (spec: string, depth: number, inFolder = false): Promise<void> => {
    const outcome = await loadSpec(spec, options);
    if (!outcome.ok) return void fail(outcome.input, outcome.error);
    const { source, url } = outcome.page;
    if (isUrlListXml(source)) {
      const list = parseUrlList(source, url);
      if (!list) return void fail(spec, "not a feed or sitemap this tool can read");
      if (list.kind === "sitemap-index") {
        if (depth >= MAX_SITEMAP_DEPTH) return void fail(spec, "sitemap index nested too deeply");
        for (const sitemap of list.sitemaps) await readOne(sitemap, depth + 1);
        return;
      }
      if (list.urls.length === 0) return void fail(spec, `${list.kind} lists no articles`);
      for (const article of list.urls) await readOne(article, MAX_SITEMAP_DEPTH);
      return;
    }
    const original = extractOriginal(new Page({ source, url }));
    if (!original || original.paragraphs.length === 0) return inFolder ? undefined : void fail(spec, "no article found on this page");
    if (!originals.has(original.url)) originals.set(original.url, original);
  };

  for (const spec of specs) {
    if (!/^https?:\/\//i.test(spec) && (await isDirectory(resolve(options.cwd ?? process.cwd(), spec)))) {
      for (const ref of await expandInputs([spec], options)) {
        if (ref.kind === "failure") fail(ref.input, ref.error);
        else await readOne(ref.input, 0, true);
      }
    } else {
      await readOne(spec, 0);
    }
  }
  return { originals: [...originals.values()], failures };
}

function loadSpec(spec: string, options: LoadOptions): Promise<LoadOutcome> {
  return /^https?:\/\//i.test(spec) ? loadUrl(spec, { ...options, acceptXml: true }) : loadFile(spec, options);
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
