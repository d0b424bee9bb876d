import type { RuleSetting } from "../types.js";

/** Settings for the pages an override's `files` match. */
export interface ConfigOverride {
  /** Globs relative to the config file, or URL patterns (`https://partner.example/2024/**`). */
  files: string | string[];
  rules?: Record<string, RuleSetting>;
  /** A reporter's name, or a list of names. */
  authors?: string | string[];
}

/** What a `republint.config.json` (or `.mjs` default export) holds. */
export interface UserConfig {
  $schema?: string;
  /** Presets to start from (a newswire's terms). */
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  /** Expected reporters of every page: a name or a list of names (overrides can set them per page). */
  authors?: string | string[];
  /** Inputs to check when the command line names none, relative to the config file. */
  inputs?: string[];
  /** The newswire's originals (pages, directories, feeds, sitemaps; paths relative to the config file). */
  originals?: string[];
  /** Globs (relative to the config file) that directory and glob inputs skip. */
  ignore?: string[];
  overrides?: ConfigOverride[];
}
