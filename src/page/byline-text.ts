/**
 * How a byline reads as plain text: the words that lead into the names ("By", "By:", "Written
 * by", WordPress's "Posted on November 3, 2026 by", Drupal's "Submitted by") and what CMSs put
 * after them (Drupal's "… on Tue, 11/03/2026 - 10:15"). The bylines facet asks whether a line is
 * a byline; the credit splitter asks which words are the names.
 */
import { stripInvisible } from "./text.js";

const LEADS = "by|written by|story by|words by|posted by|reported by|reporting by|submitted by|authors?(?=\\s*:)";
// A date, then "by". The date must hold a digit, so that a story sentence ("Published reports by
// the Pentagon …") is not taken for a byline.
const DATED = "(?:posted|published|updated)(?:\\s+on)?\\s+[^|\\n]{0,40}?\\d[^|\\n]{0,20}?\\s+by";
const LEAD = new RegExp(`^\\s*(?:${DATED}|${LEADS})(?:\\s*:\\s*|\\s+)(?=\\S)`, "i");
/** Drupal's "Submitted by Name on Tue, 11/03/2026 - 10:15": the date clause after the names. */
const DATE_TAIL = /\s+on\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)[^\n]*$/i;
/** "By Name in" once a category link is left out of the text ("Posted by Name in National"). */
const DANGLING = /\s+(?:in|under|filed under)\s*$/i;

/**
 * Whether the text begins as a byline does ("By Jane Doe", "By: Jane Doe", "Posted on
 * November 3, 2026 by Jane Doe", "Submitted by Jane Doe on …").
 * @example startsWithByline("Posted on November 3, 2026 by Jane Doe") // true
 */
export function startsWithByline(text: string): boolean {
  return LEAD.test(stripInvisible(text));
}

/**
 * The part of a byline that holds the credits: its lead, a trailing date clause and a dangling
 * "in" removed.
 * @example creditsPart("Submitted by Jane Doe on Tue, 11/03/2026 - 10:15") // "Jane Doe"
 */
export function creditsPart(byline: string): string {
  const rest = byline.replace(LEAD, "").replace(/^\s*authors?\s+/i, "");
  const [first = "", ...others] = rest.split("\n");
  // The tail is cut on the first line only: later lines are separate credits or dates.
  return [first.replace(DATE_TAIL, "").replace(DANGLING, ""), ...others].join("\n");
}
