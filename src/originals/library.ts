/**
 * The originals a run checks against: read once, indexed once, then asked of every page which
 * original it republishes. Pages found by expanding a directory are first asked cheaply, on
 * their raw text, whether they may hold a copy at all.
 */
import type { LoadFailure, LoadOptions } from "../load/types.js";
import type { Page } from "../page/page.js";
import type { RawText } from "../page/raw-text.js";
import type { MatchedOriginal, OriginalArticle } from "../types.js";
import { loadOriginals } from "./load.js";
import { OriginalIndex } from "./match.js";

export class OriginalLibrary {
  private readonly index: OriginalIndex;
  private readonly byUrl: Map<string, OriginalArticle>;

  constructor(readonly articles: OriginalArticle[]) {
    this.index = new OriginalIndex(articles.map((a) => ({ id: a.url, paragraphs: a.paragraphs })));
    this.byUrl = new Map(articles.map((a) => [a.url, a]));
  }

  /**
   * Read originals from pages, directories, feeds and sitemaps; failures name what could not be read.
   * @example const { library, failures } = await OriginalLibrary.load(["originals/"]);
   */
  static async load(specs: string[], options: LoadOptions = {}): Promise<{ library: OriginalLibrary; failures: LoadFailure[] }> {
    const { originals, failures } = await loadOriginals(specs, options);
    return { library: new OriginalLibrary(originals), failures };
  }

  get size(): number {
    return this.articles.length;
  }

  /**
   * The original this page republishes, with how much of it, or null.
   * @example library.match(page)?.coverage // 0.9
   */
  match(page: Page): MatchedOriginal | null {
    if (this.size === 0) return null;
    const found = this.index.match(page.paragraphs.map((p) => p.text));
    const article = found ? this.byUrl.get(found.id) : undefined;
    return found && article ? { article, coverage: found.coverage, matches: found.matches } : null;
  }

  /**
   * Whether a page's raw HTML (or its undecoded bytes, see {@link RawText}) may hold a copy of
   * an original: no DOM is built for this.
   * @example library.mayContainCopy(html) // false for a partner's own story
   */
  mayContainCopy(source: string | RawText): boolean {
    return this.size > 0 && this.index.mayContainCopy(source);
  }
}
