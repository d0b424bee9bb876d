/**
 * The package's own folder, found by walking up from this module to republint's package.json,
 * so the same code works from `src/` (tests) and from `dist/src/` (the built CLI).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "republint") return dir;
    if (dirname(dir) === dir) throw new Error("republint's package.json not found above " + fileURLToPath(import.meta.url));
  }
}

/** Absolute path of the republint package folder. */
export const PACKAGE_ROOT: string = findRoot();

/**
 * Read a file shipped in the package.
 * @example readPackageFile("schema/republint.config.schema.json")
 */
export function readPackageFile(path: string): string {
  return readFileSync(join(PACKAGE_ROOT, path), "utf8");
}
