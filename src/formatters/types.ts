import type { Report, RuleMeta } from "../types.js";

export interface FormatOptions {
  /** Use ANSI colours (the CLI decides from the terminal, NO_COLOR and FORCE_COLOR). */
  color?: boolean;
  /** Leave warnings out (`--quiet`). */
  quiet?: boolean;
  /** Metadata of the rules that ran (id → meta), for formats that describe rules (SARIF). */
  rules?: Record<string, RuleMeta>;
  /** Directory that relative input paths are relative to (default `process.cwd()`). */
  cwd?: string;
}

/** A formatter is a pure function of the report (and the context above). */
export type Formatter = (report: Report, options?: FormatOptions) => string;
