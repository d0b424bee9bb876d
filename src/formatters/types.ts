import type { Report } from "../types.js";

export interface FormatOptions {
  /** Use ANSI colours (the CLI decides from the terminal, NO_COLOR and FORCE_COLOR). */
  color?: boolean;
  /** Leave warnings out (`--quiet`). */
  quiet?: boolean;
}

/** A formatter is a pure function of the report. */
export type Formatter = (report: Report, options?: FormatOptions) => string;
