/** vitest global setup: compile the TypeScript so tests can run the real CLI (`dist/src/cli.js`). */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"], { cwd: root, stdio: "inherit" });
}
