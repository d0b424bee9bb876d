/**
 * Offsets → 1-based line:column, numbered as parse5 numbers them: `\r\n` and a lone `\r` are one
 * line break each, a BOM or a tab is one column. All offsets index the exact decoded source.
 */
import type { SourceLocation } from "./types.js";

export class LineIndex {
  /** Offset at which each line starts; `lineStarts[0] === 0`. */
  private readonly lineStarts: number[];

  constructor(readonly source: string) {
    const starts = [0];
    if (!source.includes("\r")) {
      for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < source.length; i++) {
        const c = source.charCodeAt(i);
        if (c === 10 /* \n */) starts.push(i + 1);
        else if (c === 13 /* \r */) {
          if (source.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
  }

  /**
   * The 1-based line and column of a 0-based offset.
   * @example new LineIndex("a\r\nbc").position(4) // { line: 2, column: 2 }
   */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /**
   * A {@link SourceLocation} for the half-open span `[start, end)`.
   * @example new LineIndex("<p>hi</p>").span(0, 9) // line 1, column 1 to line 1, column 10
   */
  span(start: number, end: number): SourceLocation {
    const from = this.position(start);
    const to = this.position(end);
    return {
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      startOffset: start,
      endOffset: end,
    };
  }
}
