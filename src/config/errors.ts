/** A configuration mistake: the message names the file (if any), the key and what was expected. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
