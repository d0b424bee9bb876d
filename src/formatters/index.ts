/** The registry of output formats. */
import { csv } from "./csv.js";
import { github } from "./github.js";
import { html } from "./html.js";
import { json, jsonChunks } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Report } from "../types.js";
import type { FormatOptions, Formatter } from "./types.js";

export const formatters: Record<string, Formatter> = { stylish, json, sarif, junit, github, markdown, csv, html };

/** Formats the command line writes piece by piece (same text as `formatters`), so a big report is never one string. */
export const chunkedFormatters: Record<string, (report: Report, options?: FormatOptions) => Iterable<string>> = { json: jsonChunks };
export type { Formatter, FormatOptions } from "./types.js";
