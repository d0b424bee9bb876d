/** Identity helpers that give rule, preset and config authors type checking and completion. */
import type { Preset, Rule, RuleMessages } from "./types.js";

/**
 * Declare a rule. Rules only report; the engine owns severity, messages and locations.
 * @example
 * export default defineRule({
 *   meta: { id: "logo-present", description: "…", messages: { missing: "No {{publisher}} logo found." } },
 *   defaultOptions: {},
 *   check({ page, report }) { if (!page.images.length) report({ messageId: "missing" }); },
 * });
 */
export function defineRule<O extends object, M extends RuleMessages>(rule: Rule<O, M>): Rule<O, M> {
  return rule;
}

/**
 * Declare a newswire's terms as a preset.
 * @example definePreset({ name: "dcnf", description: "…", publisher, rules: { "logo-present": "error" } })
 */
export function definePreset(preset: Preset): Preset {
  return preset;
}
