/**
 * The cheap first question for a page found by expanding a directory: may its raw HTML hold a
 * copy of one of the originals? Winnowed fingerprints of {@link rawWordHashes} (one pass over
 * the characters, no DOM), looked up in their own inverted index. A "yes" only means the page
 * gets a DOM and the real alignment ({@link OriginalIndex.match}); a "no" must never hide a copy,
 * so the test is loose: a tenth of an original's distinctive fingerprints.
 */
import { asRawText, type RawText } from "../page/raw-text.js";
import { SHINGLE_WORDS, WINNOW_WINDOW, shingleHashes, winnow } from "./fingerprint.js";
import { Postings, sharesEnough } from "./postings.js";
import { rawWordHashes } from "./raw-words.js";

/**
 * A text's distinct winnowed fingerprints, sorted; with `keep`, only those it accepts (sorting
 * the few a page shares with the originals, not all of a page's thousand).
 */
function rawPrints(text: string, utf8 = false, keep?: (print: number) => boolean): Uint32Array {
  const sorted = Uint32Array.from(winnow(shingleHashes(rawWordHashes(text, utf8), SHINGLE_WORDS), WINNOW_WINDOW, keep)).sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[count++] = sorted[i]!;
  return sorted.subarray(0, count);
}

export class CopyFilter {
  readonly #postings: Postings;
  /** Distinctive fingerprints per original. */
  readonly #distinctive: Uint32Array;

  /** @param originals each original's paragraphs */
  constructor(originals: readonly (readonly string[])[]) {
    this.#postings = new Postings(originals.length);
    const prints = originals.map((paragraphs) => rawPrints(paragraphs.join("\n")));
    prints.forEach((own, e) => this.#postings.add(e, own));
    this.#distinctive = Uint32Array.from(prints, (own) => this.#postings.distinctive(own));
  }

  /**
   * Whether raw HTML (or text) may hold a copy of an original.
   * @example filter.mayContainCopy(readFileSync("story.html", "utf8")) // false for a partner's own story
   */
  mayContainCopy(source: string | RawText): boolean {
    const raw = asRawText(source);
    const counts = this.#postings.counts(rawPrints(raw.text, raw.utf8, (h) => this.#postings.mayHold(h)));
    return sharesEnough(counts, (e) => this.#distinctive[e]!);
  }
}
