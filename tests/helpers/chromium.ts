/**
 * Headless Chromium for the tests that must see a page as a browser does. Debian's `chromium`
 * is installed by the project's own script when missing (`scripts/install-chromium.sh`).
 */
import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./cli.js";
import { tempDir } from "./temp-dir.js";

/** Make sure `chromium` is on the PATH (installing it can take a minute the first time). */
export function ensureChromium(): void {
  try {
    execFileSync("sh", ["-c", "command -v chromium"], { stdio: "ignore" });
  } catch {
    execFileSync("bash", [join(ROOT, "scripts/install-chromium.sh")], { stdio: "inherit" });
  }
}

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,2000"];

async function chromium(args: string[]): Promise<string> {
  const profile = tempDir("republint-chromium-");
  const { stdout } = await promisify(execFile)("chromium", [...FLAGS, `--user-data-dir=${profile}`, ...args], { timeout: 60_000, maxBuffer: 64 << 20 });
  return stdout;
}

/** The DOM the browser built from `url` (a file: or http: URL), serialised after load. */
export function dumpDom(url: string): Promise<string> {
  return chromium(["--virtual-time-budget=2000", "--dump-dom", url]);
}

/** A PNG screenshot of `url` written to `path`. */
export async function screenshot(url: string, path: string): Promise<void> {
  await chromium([`--screenshot=${path}`, url]);
}
