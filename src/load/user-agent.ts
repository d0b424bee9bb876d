/** The User-Agent republint sends: honest about what it is and where to read about it. */
import { readFileSync } from "node:fs";

const HOMEPAGE = "https://github.com/republint/republint";

let cached: string | undefined;

/**
 * `republint/<version> (+<homepage>)`, the version read once from republint's own package.json.
 * @example defaultUserAgent() // "republint/0.1.0 (+https://github.com/republint/republint)"
 */
export function defaultUserAgent(): string {
  cached ??= `republint/${readVersion()} (+${HOMEPAGE})`;
  return cached;
}

/** Walk up from this module: it runs from `src/load/` under vitest and `dist/src/load/` when built. */
function readVersion(): string {
  for (let dir = new URL("./", import.meta.url); ; ) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "republint" && pkg.version) return pkg.version;
    } catch {
      // No package.json here (or unreadable): keep walking up.
    }
    const parent = new URL("../", dir);
    if (parent.href === dir.href) return "0.0.0";
    dir = parent;
  }
}
