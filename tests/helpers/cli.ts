/** Run the compiled CLI as a user would, capturing stdout, stderr and the exit code. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { tempDir } from "./temp-dir.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = fileURLToPath(new URL("../../dist/src/cli.js", import.meta.url));
const TEST_CACHE = tempDir("republint-test-cache-");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    // The HTTP cache goes to a folder of the test run's own, never the user's cache directory.
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: "", XDG_CACHE_HOME: TEST_CACHE, ...options.env };
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}
