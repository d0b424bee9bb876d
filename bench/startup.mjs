// Cold start: `republint --version` against `node -e 0`, the floor any Node CLI pays, alternating
// run by run so both see the same machine. Heavy modules (cheerio, postcss, ajv) load lazily, so
// --version and --help stay near the floor.
//   node bench/startup.mjs [runs]   (15)
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { target, targetLine, writeResult } from "./lib.mjs";

const RUNS = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 15);
const cli = fileURLToPath(new URL("../dist/src/cli.js", import.meta.url));
const once = (args) => {
  const start = performance.now();
  execFileSync(process.execPath, args, { stdio: "ignore" });
  return performance.now() - start;
};
const node = [];
const version = [];
once(["-e", "0"]); // the file cache, untimed
once([cli, "--version"]);
for (let i = 0; i < RUNS; i++) {
  node.push(once(["-e", "0"]));
  version.push(once([cli, "--version"]));
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const difference = median(version) - median(node);
console.log(`startup: node -e 0 ${median(node).toFixed(0)} ms, republint --version ${median(version).toFixed(0)} ms (medians of ${RUNS})`);
const targets = [target("republint --version over node -e 0", difference, "atMost", 80, " ms")];
for (const t of targets) console.log(targetLine(t));
writeResult("startup", { runs: RUNS, nodeMs: median(node), versionMs: median(version), differenceMs: difference, samples: { node, version }, targets });
