/**
 * The data republint works with, in one place: what a rule reports, what the engine records per
 * page, and what a report holds. Formatters and the JSON output read these shapes; the JSON
 * output is a stable contract (see README, "JSON output").
 */
import type { Page } from "./page/page.js";

/** How much a failed rule matters. `off` rules are not run. */
export type Severity = "error" | "warning";
export type SeveritySetting = "off" | "warn" | "error";

/** A 1-based line:column span in the checked input (parse5's numbering: `\r\n` is one break). */
export interface SourceLocation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the decoded source string. */
  startOffset: number;
  endOffset: number;
}

/** One violation of one term on one page. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Stable id of the message template inside the rule (`missing`, `hidden`, ...). */
  messageId: string;
  message: string;
  /** Where in the input; `null` for a page-level absence ("no logo anywhere"). */
  location: SourceLocation | null;
  /** CSS selector of the node the finding is about, or `null` for a page-level absence. */
  selector: string | null;
  /** A short snippet of what was seen (text or markup), for the report's reader. */
  evidence: string | null;
}

/** The checklist entry of one rule on one page. */
export type RuleVerdict = "pass" | "fail" | "not-applicable";

/** Said about a rule that passed or could not be judged fully ("reporter not verified"). */
export interface Note {
  ruleId: string;
  message: string;
}

/**
 * `skipped`: never requested, on purpose (the site's robots.txt disallows it, or a discovery
 * limit such as `--max-pages` was reached); not a failure to check, so not exit code 2.
 */
export type TargetStatus = "checked" | "not-applicable" | "skipped" | "error";

/** The result for one input (a file, a URL, stdin). */
export interface TargetResult {
  /** The input as the user named it: a path relative to the working directory, a URL, or `<stdin>`. */
  input: string;
  status: TargetStatus;
  /** Why the page was not applicable or skipped (e.g. "disallowed by robots.txt (https://…/robots.txt)"). */
  reason?: string;
  /** One verdict per enabled rule; empty when the input could not be loaded. */
  verdicts: Record<string, RuleVerdict>;
  findings: Finding[];
  notes: Note[];
  /** Set when `status` is `error`: one line naming the cause. */
  error?: string;
  /** For URLs: where the page was finally fetched from, after redirects. */
  finalUrl?: string;
  /** With `--shard`: the input's place in the whole (unsharded) run, for `republint merge`. */
  position?: number;
}

export interface ReportSummary {
  inputs: number;
  checked: number;
  notApplicable: number;
  /** Pages not requested on purpose: robots.txt disallows them, or a discovery limit was reached. */
  skipped: number;
  errors: number;
  errorCount: number;
  warningCount: number;
  /** Pages with at least one error-severity finding. */
  failingPages: number;
}

export interface Report {
  results: TargetResult[];
  summary: ReportSummary;
  /** When originals were given: how many were read, and what could not be (exit code 2). */
  originals?: { loaded: number; failures: { input: string; error: string }[] };
}

/** A newswire: who it is, and who it is not. Rules read names from here, never hard-code them. */
export interface Publisher {
  name: string;
  /** Other names that mean the same organisation ("DCNF"). */
  aliases: string[];
  /** Names of different organisations that are easily confused with this one ("The Daily Caller"). */
  notTheSame: string[];
  /** Hosts of the newswire's own site, where originals live. */
  hosts: string[];
}

/** What the checked article must honour: the newswire and, when known, its reporters. */
export interface Terms {
  publisher: Publisher;
  /** Expected reporter names (from `--author`, the matched original, or the config); empty = not verified. */
  authors: string[];
  /** The newswire original this page republishes, when originals were given and one matched. */
  original?: MatchedOriginal;
}

/** A newswire article as read from its own page (`--original`, `--originals`). */
export interface OriginalArticle {
  /** Canonical URL: the original's identity. */
  url: string;
  headline: string;
  authors: string[];
  /** ISO date, when the page states one. */
  datePublished: string | null;
  /** The story's paragraphs, as text, in order (the licensing paragraph included). */
  paragraphs: string[];
  /** Links in the story text (absolute URLs). */
  links: string[];
  /** Headlines of the story's "(RELATED: …)" cross-links that are links on the original. */
  linkedRelated: string[];
}

/** How a checked page relates to the original it republishes. */
export interface MatchedOriginal {
  article: OriginalArticle;
  /** Share of the original's paragraphs present in the page, in order (0..1). */
  coverage: number;
  /** In-order alignment: original paragraph index → page paragraph index, with similarity 0..1. */
  matches: { originalIndex: number; pageIndex: number; similarity: number }[];
}

export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

/** A newswire's terms as data: the publisher and the rule table that enforces them. */
export interface Preset {
  name: string;
  description: string;
  publisher: Publisher;
  rules: Record<string, RuleSetting>;
}

/** A rule's message templates: `{{placeholder}}` is filled from `report({ data })`. */
export type RuleMessages = Record<string, string>;

export interface RuleMeta<M extends RuleMessages = RuleMessages> {
  id: string;
  description: string;
  /** A longer explanation for the README and `--list-rules`: why the term exists, what passes. */
  docs?: string;
  messages: M;
}

/** What a rule passes to `report()`. The engine turns it into a {@link Finding}. */
export interface ReportDescriptor<M extends RuleMessages = RuleMessages> {
  messageId: keyof M & string;
  /** The node the finding is about; omitted for a page-level absence. */
  node?: import("domhandler").AnyNode;
  /** Narrow the location to this attribute of `node`. */
  attribute?: string;
  /** Narrow the location to this span of source offsets (e.g. a phrase inside a text node). */
  span?: { start: number; end: number };
  data?: Record<string, string | number>;
  /** Overrides the default evidence (the node's visible text or start tag). */
  evidence?: string;
}

export interface RuleContext<O, M extends RuleMessages = RuleMessages> {
  page: Page;
  terms: Terms;
  options: O;
  report(descriptor: ReportDescriptor<M>): void;
  /** Mark this rule not applicable to this page (e.g. nothing to check against). */
  notApplicable(reason: string): void;
  /** Say something about a passing rule (e.g. "reporter not verified"). */
  note(message: string): void;
}

export interface Rule<O = Record<string, unknown>, M extends RuleMessages = RuleMessages> {
  meta: RuleMeta<M>;
  defaultOptions: O;
  /** Say what is wrong with options beyond their kind (a range, a pattern), or null. */
  validateOptions?(options: O): string | null;
  check(context: RuleContext<O, M>): void;
}

/** A rule with its severity and options, as resolved from the preset and the user's settings. */
export interface EnabledRule {
  rule: Rule<any, any>;
  severity: Severity;
  options: Record<string, unknown>;
}
