/**
 * From what the user asked for (presets, rule overrides, expected authors, per-page overrides)
 * to the rule table the engine runs for one input. Mistakes are ConfigErrors that name the key,
 * never a silent fallback.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { presets, rules as registry } from "../../rules/index.js";
import type { EnabledRule, Preset, RuleSetting, Severity, Terms } from "../types.js";
import { ConfigError } from "./errors.js";
import type { ConfigOverride } from "./types.js";

export { ConfigError } from "./errors.js";

export interface ConfigOptions {
  /** A preset's name (default `"dcnf"`) or a preset object; wins over `extends`. */
  preset?: string | Preset;
  /** Presets to start from, in order (as in the config file). */
  extends?: string | string[];
  /** Expected reporter names (one name is a list of one); empty means "check that a personal byline exists". */
  authors?: string | string[];
  /** Rule overrides: `"off" | "warn" | "error"` or `[severity, options]`. */
  rules?: Record<string, RuleSetting>;
  /** Settings for the pages whose path (relative to `configDir`) or URL matches. */
  overrides?: ConfigOverride[];
  /** What override globs are relative to: the config file's folder (default: the working directory). */
  configDir?: string;
  /** `--author` given on the command line: wins over the config file's and overrides' authors. */
  forceAuthors?: boolean;
}

export interface ResolvedConfig {
  preset: Preset;
  terms: Terms;
  rules: EnabledRule[];
}

/** Where an input is, for matching override patterns against it. */
export interface InputLocation {
  /** The input as reported: a path relative to `cwd`, a URL, or `<stdin>`. */
  input: string;
  cwd?: string;
}

/**
 * Resolve options into the enabled rules with their severities and merged options; with an
 * input, apply the overrides whose `files` match it.
 * @example resolveConfig({ authors: ["Jane Doe"] }).rules.map(r => r.rule.meta.id) // ["logo-present", ...]
 */
export function resolveConfig(options: ConfigOptions = {}, at?: InputLocation): ResolvedConfig {
  const chain = presetChain(options);
  const preset = chain[chain.length - 1]!;
  const table = new Map<string, { severity: Severity | "off"; options: Record<string, unknown> }>();
  const apply = (settings: Record<string, RuleSetting> | undefined, where: string) => {
    for (const [id, setting] of Object.entries(settings ?? {})) applySetting(table, id, setting, where);
  };
  for (const p of chain) apply(p.rules, `preset "${p.name}"`);
  apply(options.rules, "rules");
  let authors = asAuthors(options.authors, "authors");
  const matching = at ? matchingOverrides(options, at) : [];
  for (const { override, index } of matching) {
    apply(override.rules, `overrides[${index}].rules`);
    if (override.authors && !options.forceAuthors) authors = asAuthors(override.authors, `overrides[${index}].authors`);
  }
  const enabled: EnabledRule[] = [];
  for (const [id, entry] of table) {
    if (entry.severity !== "off") enabled.push({ rule: registry[id]!, severity: entry.severity, options: entry.options });
  }
  return { preset, terms: { publisher: preset.publisher, authors: authors.map((a) => a.trim()).filter(Boolean) }, rules: enabled };
}

/**
 * Check every setting, the overrides' included whatever pages they match (a mistake in an
 * override must not wait for a page it matches). Throws the ConfigError `resolveConfig` would.
 * @example validateConfigOptions({ overrides: [{ files: "x/**", rules: { "logo-present": ["error", { foo: 1 }] } }] })
 * // ConfigError: overrides[0].rules["logo-present"]: unknown option "foo" (known: alt, src, notSrc)
 */
export function validateConfigOptions(options: ConfigOptions): void {
  const chain = presetChain(options);
  const table = new Map<string, { severity: Severity | "off"; options: Record<string, unknown> }>();
  for (const p of chain) for (const [id, setting] of Object.entries(p.rules ?? {})) applySetting(table, id, setting, `preset "${p.name}"`);
  for (const [id, setting] of Object.entries(options.rules ?? {})) applySetting(table, id, setting, "rules");
  asAuthors(options.authors, "authors");
  if (options.overrides !== undefined && !Array.isArray(options.overrides)) throw new ConfigError("overrides: must be a list of { files, rules?, authors? }");
  (options.overrides ?? []).forEach((override, index) => {
    const own = new Map(table);
    for (const [id, setting] of Object.entries(override.rules ?? {})) applySetting(own, id, setting, `overrides[${index}].rules`);
    asAuthors(override.authors, `overrides[${index}].authors`);
  });
}

/** One name is a list of one; anything else that is not a list of names is a mistake. */
function asAuthors(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  throw new ConfigError(`${where}: must be a name or a list of names`);
}

function presetChain(options: ConfigOptions): Preset[] {
  if (typeof options.preset === "object") return [options.preset];
  const names = options.preset !== undefined ? [options.preset] : options.extends === undefined ? ["dcnf"] : [options.extends].flat();
  if (names.length === 0) throw new ConfigError(`extends: name at least one preset (known: ${Object.keys(presets).join(", ")})`);
  return names.map((name) => {
    const preset = presets[name];
    if (!preset) throw new ConfigError(`unknown preset "${name}" (known: ${Object.keys(presets).join(", ")})`);
    return preset;
  });
}

function applySetting(table: Map<string, { severity: Severity | "off"; options: Record<string, unknown> }>, id: string, setting: RuleSetting, where: string): void {
  const rule = registry[id];
  if (!rule) throw new ConfigError(`${where}: unknown rule "${id}" (known: ${Object.keys(registry).join(", ")})`);
  const [level, ruleOptions] = Array.isArray(setting) ? setting : [setting];
  if (level !== "off" && level !== "warn" && level !== "error") {
    throw new ConfigError(`${where}["${id}"]: must be "off", "warn", "error" or [severity, options], not ${JSON.stringify(level)}`);
  }
  if (ruleOptions !== undefined && (typeof ruleOptions !== "object" || ruleOptions === null || Array.isArray(ruleOptions))) {
    throw new ConfigError(`${where}["${id}"]: options must be an object`);
  }
  checkRuleOptions(id, rule.defaultOptions as Record<string, unknown>, ruleOptions ?? {}, where);
  const previous = table.get(id)?.options ?? (rule.defaultOptions as Record<string, unknown>);
  const problem = rule.validateOptions?.({ ...previous, ...(ruleOptions ?? {}) });
  if (problem) throw new ConfigError(`${where}["${id}"]: ${problem}`);
  table.set(id, { severity: level === "warn" ? "warning" : level, options: { ...previous, ...(ruleOptions ?? {}) } });
}

/** Options a rule does not have, or of the wrong kind, are mistakes, not silently ignored. */
function checkRuleOptions(id: string, defaults: Record<string, unknown>, given: Record<string, unknown>, where: string): void {
  for (const [key, value] of Object.entries(given)) {
    if (!(key in defaults)) {
      const known = Object.keys(defaults);
      throw new ConfigError(`${where}["${id}"]: unknown option "${key}" (${known.length ? `known: ${known.join(", ")}` : "the rule has no options"})`);
    }
    const expected = defaults[key];
    const kind = (v: unknown) => (Array.isArray(v) ? "array" : typeof v);
    if (kind(value) !== kind(expected)) throw new ConfigError(`${where}["${id}"].${key}: must be ${kind(expected) === "array" ? "a list" : `a ${kind(expected)}`}`);
  }
}

/** Overrides whose patterns match the input: file globs relative to the config folder, or URL patterns. */
function matchingOverrides(options: ConfigOptions, at: InputLocation): { override: ConfigOverride; index: number }[] {
  const isUrl = /^https?:\/\//i.test(at.input);
  const cwd = at.cwd ?? process.cwd();
  let candidate = at.input;
  if (!isUrl) {
    const rel = relative(resolve(options.configDir ?? cwd), resolve(cwd, at.input));
    candidate = isAbsolute(rel) ? rel : rel.split(sep).join("/");
  }
  return (options.overrides ?? [])
    .map((override, index) => ({ override, index }))
    .filter(({ override }) => picomatch([override.files].flat(), { dot: true })(candidate));
}
