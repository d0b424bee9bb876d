// Scanning partner sites by URL (issue #6): BENCH_SCAN_PAGES (1,000) generated pages served on
// 127.0.0.1 by a separate process, as BENCH_SCAN_HOSTS (4) partner sites (one port each) with a
// robots.txt and a sitemap, ETags on every page. Measured in this one process:
//   - the first scan (--sitemap on every host, HTTP cache empty): fetch, pre-filter, check;
//   - the weekly re-scan with the cache: every page is revalidated (304), none downloaded again;
//   - the same pages checked from disk, as the floor a scan cannot beat.
//   node bench/scan.mjs
import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check, createFetcher } from "../dist/src/index.js";
import { corpus, htmlFiles, measure, peakRssMB, row, size, writeResult } from "./lib.mjs";

const PAGES = size("BENCH_SCAN_PAGES", 1000);
const HOSTS = size("BENCH_SCAN_HOSTS", 4);

if (process.argv[2] === "--serve") {
  serve(process.argv[3], Number(process.argv[4]));
} else {
  await main();
}

/** The partner sites: page i lives on host i % HOSTS at /news/<file>/. */
async function serve(dir, hosts) {
  const { createServer } = await import("node:http");
  const files = htmlFiles(dir).slice(0, PAGES);
  const counts = { 200: 0, 304: 0, other: 0 };
  const bases = [];
  for (let h = 0; h < hosts; h++) {
    const mine = files.filter((_, i) => i % hosts === h);
    const byPath = new Map(mine.map((f) => [`/news/${f.split("/").pop().replace(/\.html$/, "")}/`, f]));
    const server = createServer((req, res) => {
      const base = `http://127.0.0.1:${server.address().port}`;
      if (req.url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end(`User-agent: *\nDisallow: /private/\nSitemap: ${base}/sitemap.xml\n`);
      if (req.url === "/sitemap.xml") {
        const urls = [...byPath.keys()].map((p) => `<url><loc>${base}${p}</loc></url>`).join("\n");
        return void res.writeHead(200, { "content-type": "application/xml" }).end(`<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`);
      }
      const file = byPath.get(req.url);
      if (!file) return void (counts.other++, res.writeHead(404).end());
      const etag = `"${statSync(file).mtimeMs.toString(36)}"`;
      if (req.headers["if-none-match"] === etag) return void (counts[304]++, res.writeHead(304, { etag }).end());
      counts[200]++;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag }).end(readFileSync(file));
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    bases.push(`http://127.0.0.1:${server.address().port}`);
  }
  process.on("message", (message) => {
    if (message === "counts") process.send({ counts: { ...counts } });
    if (message === "reset") Object.assign(counts, { 200: 0, 304: 0, other: 0 });
  });
  process.send({ bases });
}

async function main() {
  const dir = corpus(PAGES);
  const files = htmlFiles(dir).slice(0, PAGES);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const server = fork(new URL(import.meta.url), ["--serve", dir, String(HOSTS)], { stdio: "inherit" });
  const reply = () => new Promise((resolve) => server.once("message", resolve));
  const counts = async () => {
    const answer = reply();
    server.send("counts");
    const { counts } = await answer;
    server.send("reset");
    return counts;
  };
  const { bases } = await reply();
  const cacheDir = mkdtempSync(join(tmpdir(), "republint-bench-scan-"));
  const scan = async () => {
    const fetcher = createFetcher({ cacheDir });
    try {
      return await check([], { fetcher, concurrency: 8, discover: { sitemaps: bases.map((b) => `${b}/`) } });
    } finally {
      await fetcher.close();
    }
  };
  try {
    const cold = await measure(scan);
    const coldRequests = await counts();
    const warm = await measure(scan);
    const warmRequests = await counts();
    // The floor: the same pages from disk, pre-filtered the same way (found, not named).
    const disk = await measure(() => check([dir]));
    const summary = (report) => `${report.summary.checked} checked, ${report.summary.notApplicable} n/a, ${report.summary.errors} errors`;
    console.log(`scan: ${files.length} pages on ${HOSTS} local hosts (${(bytes / 1e6).toFixed(1)} MB), politeness defaults (2 per host, 8 overall)`);
    console.log(row("first scan (--sitemap, empty cache)", files.length, bytes, cold.wall, `${summary(cold.value)}; ${coldRequests[200]} pages downloaded`));
    console.log(row("re-scan with the cache (revalidation)", files.length, bytes, warm.wall, `${warmRequests[304]} × 304, ${warmRequests[200]} downloaded again`));
    console.log(row("the same pages from disk (floor)", files.length, bytes, disk.wall));
    console.log(`first scan / disk: ${(disk.wall / cold.wall).toFixed(2)}x   re-scan / first scan: ${(cold.wall / warm.wall).toFixed(2)}x faster   peak RSS ${peakRssMB().toFixed(0)} MB`);
    writeResult("scan", {
      pages: files.length,
      hosts: HOSTS,
      bytes,
      seconds: { cold: cold.wall, warm: warm.wall, disk: disk.wall },
      pagesPerSecond: { cold: files.length / cold.wall, warm: files.length / warm.wall, disk: files.length / disk.wall },
      requests: { cold: coldRequests, warm: warmRequests },
      peakRssMB: peakRssMB(),
    });
  } finally {
    server.kill();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
