/**
 * Configuration files: found from the working directory upward (or named with `-c`), read as
 * JSON or as an ES module's default export, and validated against the shipped JSON Schema.
 * Any problem is a ConfigError naming the file and the key.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, parse, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError } from "./errors.js";
import { validateConfigOptions } from "./resolve.js";
import { validateConfig } from "./validate.js";
import type { UserConfig } from "./types.js";

export const CONFIG_FILES = ["republint.config.json", "republint.config.mjs"];

export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string;
  /** Directory the file's globs and inputs are relative to. */
  dir: string;
  config: UserConfig;
}

/**
 * The nearest config file from `cwd` upward, or null.
 * @example findConfigFile("/site/dist") // "/site/republint.config.json"
 */
export function findConfigFile(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dir === parse(dir).root) return null;
  }
}

/**
 * Read and validate a config file: its shape against the JSON Schema, then what the schema
 * cannot say (rule options, the overrides' settings whatever pages they match). Every mistake
 * is one ConfigError starting with the file's name, whether JSON or `.mjs`.
 * @example (await loadConfigFile("republint.config.json")).config.extends // ["dcnf"]
 */
export async function loadConfigFile(path: string, cwd = process.cwd()): Promise<LoadedConfig> {
  const absolute = resolve(cwd, path);
  const shown = relative(cwd, absolute) || absolute;
  if (!existsSync(absolute)) throw new ConfigError(`${shown}: config file not found`);
  if (statSync(absolute).isDirectory()) throw new ConfigError(`${shown}: is a directory, not a config file`);
  let data: unknown;
  if (absolute.endsWith(".mjs") || absolute.endsWith(".js")) {
    try {
      data = ((await import(pathToFileURL(absolute).href)) as { default?: unknown }).default;
    } catch (error) {
      throw new ConfigError(`${shown}: could not load: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
    if (data === undefined) throw new ConfigError(`${shown}: must have a default export (the configuration object)`);
  } else {
    try {
      data = JSON.parse(readFileSync(absolute, "utf8"));
    } catch (error) {
      throw new ConfigError(`${shown}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const config = validateConfig(data, shown);
  try {
    validateConfigOptions({ extends: config.extends, rules: config.rules, authors: config.authors, overrides: config.overrides });
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${shown}: ${error.message}`);
    throw error;
  }
  return { path: absolute, dir: dirname(absolute), config };
}
