// Cold start: `republint --version` against `node -e 0`, the floor any Node CLI pays.
// Heavy modules (cheerio, postcss, ajv) load lazily, so --version and --help stay near the floor.
//   npx tsc -p tsconfig.json && node bench/startup.mjs [runs]
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const RUNS = Number(process.argv[2] ?? 15);
const cli = fileURLToPath(new URL("../dist/src/cli.js", import.meta.url));
const median = (args) => {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    execFileSync(process.execPath, args, { stdio: "ignore" });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
};
const node = median(["-e", "0"]);
const version = median([cli, "--version"]);
console.log(`node -e 0: ${node.toFixed(0)} ms   republint --version: ${version.toFixed(0)} ms   difference: ${(version - node).toFixed(0)} ms (median of ${RUNS})`);
mkdirSync(new URL("results/", import.meta.url), { recursive: true });
writeFileSync(new URL("results/startup.json", import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), nodeMs: node, versionMs: version }, null, 2)}\n`);
