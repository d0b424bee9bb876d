#!/usr/bin/env node
// Cross-check the corpus's logo labels in a real browser. Each page is served from a local
// server on 127.0.0.1 to headless Chromium (Debian's `chromium`: `bash scripts/install-chromium.sh`),
// with every host mapped to that server: image requests get a 300×80 placeholder, so images
// render at the size the page's markup and CSS give them; scripts, fonts and external
// stylesheets get 404, as republint itself reads only the page. The browser then says whether
// any DCNF logo has a rendered box (wider and taller than 1 px, displayed, not visibility:hidden).
// Opacity is ignored: lazy-load libraries fade images in with a script that does not load here.
// AMP pages need the AMP runtime to lay out amp-img, so they are skipped.
//   node scripts/browser-audit.mjs [corpus-dir]
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { readCorpus } from "./corpus.mjs";

const root = process.argv[2] ?? fileURLToPath(new URL("../tests/fixtures/real-world/", import.meta.url));
const profile = mkdtempSync(join(tmpdir(), "republint-audit-"));
const PLACEHOLDER = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"><rect width="300" height="80" fill="#c00"/></svg>';
const probe = `<script>addEventListener("load", () => setTimeout(() => {
  const logo = /daily caller news foundation|dcnf|daily-caller-news-foundation|dailycallernewsfoundation/i;
  // Every image renders as the same placeholder here, so identity comes from the markup: The
  // Daily Caller's own logo files are never the Foundation's, whatever the alt (terms catalogue §1.2).
  const lookAlike = /dailycaller\\.com\\/files\\/images\\/(logo-white\\.png|sub-logo\\.svg)/i; // backslashes doubled: the probe is a template literal
  // Backgrounds as the browser computes them: inline, from the page's <style>, or on ::before/::after.
  const backgrounds = (el) => [el, "::before", "::after"].map((pseudo) => getComputedStyle(el, pseudo === el ? null : pseudo).backgroundImage).filter((b) => b && b !== "none").join(" ");
  const seen = [...document.querySelectorAll("body *")].filter((el) => el.matches("img, svg") || backgrounds(el)).filter((el) => {
    const label = ["alt", "aria-label", "title", "src", "data-src", "data-lazy-src", "srcset", "data-srcset", "style"].map((a) => el.getAttribute(a)).join(" ")
      + (el.querySelector("title")?.textContent ?? "") + " " + backgrounds(el);
    if (!logo.test(label) || lookAlike.test(label)) return false;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 1 && r.height > 1 && s.visibility !== "hidden" && s.display !== "none";
  });
  document.documentElement.setAttribute("data-audit-logo", seen.length ? "pass" : "fail");
}, 50));</script>`;

let current = Buffer.alloc(0);
const server = createServer((req, res) => {
  const path = (req.url ?? "/").split("?")[0];
  if (path === "/__page") return void res.writeHead(200, { "content-type": "text/html" }).end(current);
  // Lazy-load attributes are not swapped in without their scripts: serve the real URL paths too.
  if (/\.(png|jpe?g|gif|webp|svg|avif)$/i.test(path) || /image/.test(req.headers.accept ?? "")) {
    return void res.writeHead(200, { "content-type": "image/svg+xml" }).end(PLACEHOLDER);
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = server.address().port;

const pages = readCorpus(root).filter((p) => p.verdicts["logo-present"] !== "not-applicable");
let disagreements = 0;
let skipped = 0;
for (const page of pages) {
  const html = readFileSync(page.path);
  if (/<html[^>]*(⚡|\bamp\b)/i.test(html.toString("utf8").slice(0, 2000))) {
    skipped++;
    console.log(`  ${page.platform}/${page.file}: skipped (AMP)`);
    continue;
  }
  // https → http: the local server speaks plain HTTP for every host.
  current = Buffer.concat([Buffer.from(html.toString("latin1").replace(/https:\/\//g, "http://"), "latin1"), Buffer.from(probe)]);
  const { stdout } = await promisify(execFile)("chromium", [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
    "--virtual-time-budget=5000", "--window-size=1280,2000", "--dump-dom", `http://partner.test/__page`,
  ], { encoding: "latin1", timeout: 60_000, maxBuffer: 64 << 20 });
  const seen = /data-audit-logo="(pass|fail)"/.exec(stdout)?.[1] ?? "no answer";
  const agree = seen === page.verdicts["logo-present"];
  if (!agree) disagreements++;
  console.log(`${agree ? "  " : "✗ "}${page.platform}/${page.file}: label ${page.verdicts["logo-present"]}, browser ${seen}`);
}
server.close();
console.log(`\n${pages.length - skipped - disagreements}/${pages.length - skipped} logo labels agree with the browser (${skipped} AMP pages skipped)`);
process.exitCode = disagreements ? 1 : 0;
