/**
 * vitest global setup: compile the TypeScript so tests can run the real CLI (`dist/src/cli.js`),
 * and type-check the tests themselves (vitest strips types without checking them).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  for (const project of ["tsconfig.json", "tsconfig.tests.json"]) {
    execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", project], { cwd: root, stdio: "inherit" });
  }
}
