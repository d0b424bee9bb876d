/** Validation against the shipped JSON Schema, with messages a person can act on. */
import { Ajv, type ErrorObject } from "ajv";
import { presets } from "../../rules/index.js";
import { readPackageFile } from "../package-root.js";
import { ConfigError } from "./errors.js";
import type { UserConfig } from "./types.js";

/** The JSON Schema shipped in the package (`schema/republint.config.schema.json`). */
export const CONFIG_SCHEMA: object = JSON.parse(readPackageFile("schema/republint.config.schema.json"));

let validator: ReturnType<Ajv["compile"]> | null = null;

/**
 * Check a config object; throw a ConfigError naming `source`, the key and what was expected.
 * @example validateConfig({ rules: { "logo-present": "loud" } }, "republint.config.json")
 * // ConfigError: republint.config.json: rules["logo-present"]: must be "off", "warn", "error" or [severity, options]
 */
export function validateConfig(data: unknown, source: string): UserConfig {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  if (validator(data)) return data as UserConfig;
  const errors = validator.errors ?? [];
  // Where an alternative (anyOf) failed as a whole, its branches' errors only add noise.
  const alternatives = errors.filter((e) => e.keyword === "anyOf" && describe(e)).map((e) => e.instancePath);
  const relevant = errors.filter((e) => e.keyword === "anyOf" || !alternatives.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)));
  const messages = [...new Set(relevant.map(describe).filter(Boolean))];
  throw new ConfigError(`${source}: ${messages.slice(0, 3).join("; ")}`);
}

/** One ajv error → `key: what was expected`, or "" for errors another message already covers. */
function describe(error: ErrorObject): string {
  const key = keyPath(error.instancePath);
  const where = key ? `${key}: ` : "";
  if (/^(rules|overrides\[\d+\]\.rules)\[/.test(key)) return `${key.replace(/\[\d+\]$/, "")}: must be "off", "warn", "error" or [severity, options]`;
  switch (error.keyword) {
    case "additionalProperties":
      return `${where}unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case "propertyNames":
      return `${where}unknown rule "${(error.params as { propertyName: string }).propertyName}"`;
    case "enum":
      if (/propertyNames/.test(error.schemaPath)) return "";
      return `${where}must be one of ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `${where}must be ${article((error.params as { type: string }).type)}`;
    case "required":
      return `${where}missing "${(error.params as { missingProperty: string }).missingProperty}"`;
    case "minLength":
      return `${where}must not be empty`;
    case "anyOf":
      if (key.startsWith("extends")) return `${where}must be a preset name (${Object.keys(presets).map((p) => JSON.stringify(p)).join(", ")}) or a list of them`;
      if (key.endsWith("files")) return `${where}must be a glob or a list of globs`;
      if (key.endsWith("authors")) return `${where}must be a name or a list of names`;
      return "";
    default:
      return `${where}${error.message ?? "is invalid"}`;
  }
}

/** `/overrides/0/rules/logo-present` → `overrides[0].rules["logo-present"]`. */
function keyPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? (path ? `${path}.${part}` : part) : `${path}[${JSON.stringify(part)}]`), "");
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
