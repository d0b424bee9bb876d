import type { Report, RuleMeta, Severity } from "../types.js";

export interface FormatOptions {
  /** Use ANSI colours (the CLI decides from the terminal, NO_COLOR and FORCE_COLOR). */
  color?: boolean;
  /**
   * Errors only (`--quiet`): the formatter reads `errorsOnly(report)`, without warnings or notes,
   * with the verdicts and totals counted again. (The CLI filters once, before every format.)
   */
  quiet?: boolean;
  /** The rules that ran (id → meta, with the configured severity), for formats that describe rules (SARIF). */
  rules?: Record<string, RuleMeta & { severity?: Severity }>;
  /** Directory that relative input paths are relative to (default `process.cwd()`). */
  cwd?: string;
}

/** A formatter is a pure function of the report (and the context above). */
export type Formatter = (report: Report, options?: FormatOptions) => string;
