/**
 * From what the user asked for (a preset, rule overrides, expected authors) to the rule table
 * the engine runs. Mistakes are errors that name the key, never a silent fallback.
 */
import { presets, rules as registry } from "../../rules/index.js";
import type { EnabledRule, Preset, RuleSetting, Severity, Terms } from "../types.js";

export interface ConfigOptions {
  /** A preset's name (default `"dcnf"`) or a preset object. */
  preset?: string | Preset;
  /** Expected reporter names; empty means "check that a personal byline exists". */
  authors?: string[];
  /** Rule overrides: `"off" | "warn" | "error"` or `[severity, options]`. */
  rules?: Record<string, RuleSetting>;
}

export interface ResolvedConfig {
  preset: Preset;
  terms: Terms;
  rules: EnabledRule[];
}

/** A configuration mistake: the message names the key and what was expected. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Resolve options into the enabled rules with their severities and merged options.
 * @example resolveConfig({ authors: ["Jane Doe"] }).rules.map(r => r.rule.meta.id) // ["logo-present", ...]
 */
export function resolveConfig(options: ConfigOptions = {}): ResolvedConfig {
  const preset = typeof options.preset === "object" ? options.preset : presets[options.preset ?? "dcnf"];
  if (!preset) {
    throw new ConfigError(`unknown preset "${String(options.preset)}" (known: ${Object.keys(presets).join(", ")})`);
  }
  const authors = (options.authors ?? []).map((a) => a.trim()).filter(Boolean);
  const table = new Map<string, { severity: Severity | "off"; options: Record<string, unknown> }>();
  const apply = (id: string, setting: RuleSetting, where: string) => {
    const rule = registry[id];
    if (!rule) throw new ConfigError(`${where}: unknown rule "${id}" (known: ${Object.keys(registry).join(", ")})`);
    const [level, ruleOptions] = Array.isArray(setting) ? setting : [setting];
    if (level !== "off" && level !== "warn" && level !== "error") {
      throw new ConfigError(`${where}: rule "${id}" severity must be "off", "warn" or "error", not ${JSON.stringify(level)}`);
    }
    if (ruleOptions !== undefined && (typeof ruleOptions !== "object" || ruleOptions === null || Array.isArray(ruleOptions))) {
      throw new ConfigError(`${where}: rule "${id}" options must be an object`);
    }
    const previous = table.get(id)?.options ?? (rule.defaultOptions as Record<string, unknown>);
    table.set(id, { severity: level === "warn" ? "warning" : level, options: { ...previous, ...(ruleOptions ?? {}) } });
  };
  for (const [id, setting] of Object.entries(preset.rules)) apply(id, setting, `preset "${preset.name}"`);
  for (const [id, setting] of Object.entries(options.rules ?? {})) apply(id, setting, "rules");
  const enabled: EnabledRule[] = [];
  for (const [id, entry] of table) {
    if (entry.severity !== "off") enabled.push({ rule: registry[id]!, severity: entry.severity, options: entry.options });
  }
  return { preset, terms: { publisher: preset.publisher, authors }, rules: enabled };
}
