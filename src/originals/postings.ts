/**
 * Fingerprints are 32-bit; a Map keyed by numbers that are not V8 small integers boxes every
 * key, which made lookups the filter's main cost. Small integers are 32-bit in Node's usual
 * x64 build and 31-bit where V8 compresses pointers: 30 bits fit both, and keep collisions
 * between distinct fingerprints around one in 5,000 even for 200,000 indexed ones.
 */
const key = (print: number) => print & 0x3fffffff;

/**
 * An inverted index of fingerprints: which originals hold each one. A fingerprint held by many
 * originals (a licensing paragraph, a stock phrase) is boilerplate and never counts as shared.
 */
export class Postings {
  /** fingerprint → originals holding it (ascending, once each). */
  readonly #lists = new Map<number, number[]>();
  /** From this many originals on, a fingerprint is boilerplate. */
  readonly #common: number;

  /** @param originals how many originals will be added (sets the boilerplate threshold) */
  constructor(originals: number) {
    this.#common = Math.max(3, Math.ceil(originals / 100));
  }

  /**
   * A bit per slot of the fingerprint space, set where some original has one: most of a page's
   * fingerprints are in no original, and this answers that from a table that stays in the CPU's
   * cache, where the Map (hundreds of thousands of keys) costs a cache miss or two per lookup.
   */
  #present: Uint32Array | null = null;

  /** Index one original's fingerprints; originals are added in ascending order. */
  add(original: number, prints: Iterable<number>): void {
    this.#present = null;
    for (const h of new Set(Array.from(prints, key))) {
      const list = this.#lists.get(h);
      if (list) list.push(original);
      else this.#lists.set(h, [original]);
    }
  }

  /** False when no original has this fingerprint; true when one may (a few false "maybe"s). */
  mayHold(print: number): boolean {
    const present = (this.#present ??= this.#presence());
    const k = key(print) & (present.length * 32 - 1);
    return (present[k >>> 5]! & (1 << (k & 31))) !== 0;
  }

  /** Whether an indexed fingerprint is boilerplate. */
  isCommon(print: number): boolean {
    return (this.#lists.get(key(print))?.length ?? 0) >= this.#common;
  }

  /** How many of an original's fingerprints are not boilerplate (once all originals are added). */
  distinctive(prints: Iterable<number>): number {
    let count = 0;
    for (const h of new Set(prints)) if (!this.isCommon(h)) count++;
    return count;
  }

  /** Fingerprints (given once each), boilerplate aside, shared with each original. */
  counts(distinctPrints: Iterable<number>): Map<number, number> {
    const counts = new Map<number, number>();
    for (const h of distinctPrints) {
      if (!this.mayHold(h)) continue;
      const list = this.#lists.get(key(h));
      if (!list || list.length >= this.#common) continue;
      for (const e of list) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    return counts;
  }

  #presence(): Uint32Array {
    const present = new Uint32Array(presenceBits(this.#lists.size) / 32);
    const mask = present.length * 32 - 1;
    for (const k of this.#lists.keys()) present[(k & mask) >>> 5]! |= 1 << (k & 31);
    return present;
  }
}

/** About 8 bits per indexed fingerprint (few false "maybe"s), a power of two from 64 Kbit to 16 Mbit. */
function presenceBits(keys: number): number {
  let bits = 1 << 16;
  while (bits < keys * 8 && bits < 1 << 24) bits *= 2;
  return bits;
}

/**
 * Whether a page's fingerprints share enough with some original to be a copy of it: a tenth of
 * its distinctive fingerprints, and at least three (all of them, when it has fewer).
 */
export function sharesEnough(counts: Map<number, number>, distinctive: (original: number) => number): boolean {
  for (const [e, count] of counts) {
    const own = distinctive(e);
    if (count >= Math.min(own, Math.max(3, Math.ceil(own / 10)))) return true;
  }
  return false;
}
