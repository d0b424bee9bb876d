// Preloaded into a CLI run by bench/rss.mjs (node --import): writes the process's peak RSS (MB)
// to the file named by REPUBLINT_BENCH_RSS when it exits.
import { writeFileSync } from "node:fs";

const out = process.env.REPUBLINT_BENCH_RSS;
if (out) process.on("exit", () => writeFileSync(out, String(process.resourceUsage().maxRSS / 1024)));
