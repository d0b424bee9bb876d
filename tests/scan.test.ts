/**
 * The syndication desk's weekly scan, end to end through the CLI: `--sitemap` on a local partner
 * site with faults, every URL ending in the report with the right status, a re-run that only
 * revalidates, shards that merge back to the whole, and `--feed` / `--crawl`.
 */
import { load } from "cheerio";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli, type CliRun } from "./helpers/cli.js";
import { ARTICLES, articleHtml, startTestSite, type RouteHandler, type TestSite } from "./helpers/test-site.js";
import { tempDir } from "./helpers/temp-dir.js";

let site: TestSite;
let base: string;
let dir: string;

/** Serve HTML with an ETag and answer a matching If-None-Match with 304, like a CMS behind a CDN. */
const tagged = (body: (base: string) => string): RouteHandler => (req, res, { base }) => {
  const etag = `"${Buffer.from(req.url ?? "").toString("hex").slice(-16)}"`;
  if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag }).end(body(base));
};

/** Every URL of the scan and the status it must end in. */
const EXPECTED: [path: string, status: string, detail?: RegExp][] = [
  ...ARTICLES.map((a): [string, string] => [a.path, "checked"]),
  ["/scan/no-logo/", "checked"],
  ["/scan/not-dcnf/", "not-applicable", /not a Daily Caller News Foundation republication/],
  ["/private/page", "skipped", /disallowed by robots\.txt/],
  ["/scan/gone/", "error", /^HTTP 404 Not Found$/],
  ["/flaky", "checked"],
  ["/rate-limited?after=1", "checked"],
  ["/gzip", "checked"],
  ["/brotli", "checked"],
  ["/windows-1252", "not-applicable"],
  ["/slow?ms=200", "checked"],
  ["/redirect-loop", "error", /redirect loop/],
  ["/reset", "error", /reset/],
  ["/wrong-type", "error", /not an HTML page \(Content-Type: image\/png\)/],
  ["/endless", "error", /too large/],
];

beforeAll(async () => {
  site = await startTestSite({ hosts: 2 });
  base = site.hosts[0]!;
  dir = tempDir("republint-scan-");
  site.route("/scan/no-logo/", tagged((b) => articleHtml(ARTICLES[1]!, b).replace(/<img[^>]*>/, "")));
  site.route("/scan/not-dcnf/", tagged(() => "<!doctype html><title>Local news</title><article><h1>Council meets</h1><p>By Sam Reed, Staff</p><p>The council met.</p></article>"));
  for (const a of ARTICLES) site.route(a.path, tagged((b) => articleHtml(a, b)));
  site.route("/scan/gone/", (_req, res) => void res.writeHead(404, { "content-type": "text/html" }).end("<p>gone</p>"));
  const urls = EXPECTED.map(([path]) => `<url><loc>${base}${path.replaceAll("&", "&amp;")}</loc></url>`).join("\n");
  // The sitemap, with an ETag too, so a re-run revalidates it.
  site.route("/scan-sitemap.xml", (req, res) => {
    const etag = '"sitemap-v1"';
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { "content-type": "application/xml", etag }).end(`<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>`);
  });
});

afterAll(() => site.close());

const scan = (...args: string[]): Promise<CliRun> =>
  runCli(["--no-config", "--sitemap", `${base}/scan-sitemap.xml`, "--cache", join(dir, "cache"), "--max-bytes", "2000000", "--retries", "2", ...args]);

describe("republint --sitemap on a partner site with faults", () => {
  let first: CliRun;
  let report: { results: { input: string; status: string; reason?: string; error?: string; verdicts: Record<string, string> }[]; summary: Record<string, number> };

  beforeAll(async () => {
    first = await scan("-f", `stylish,html=${dir}/report.html,json=${dir}/report.json`);
    report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
  }, 60_000);

  test("every URL of the sitemap ends in the report, in order, with the right status", () => {
    expect(report.results.map((r) => r.input)).toEqual(EXPECTED.map(([path]) => `${base}${path}`));
    for (const [path, status, detail] of EXPECTED) {
      const result = report.results.find((r) => r.input === `${base}${path}`)!;
      expect([path, result.status]).toEqual([path, status]);
      if (detail) expect(result.error ?? result.reason).toMatch(detail);
    }
    expect(report.summary).toMatchObject({ inputs: EXPECTED.length, skipped: 1, errors: 5 });
  });

  test("verdicts are the terms' own: the page without the logo fails, the copies pass", () => {
    const byPath = (path: string) => report.results.find((r) => r.input === `${base}${path}`)!;
    expect(byPath("/scan/no-logo/").verdicts["logo-present"]).toBe("fail");
    for (const path of [ARTICLES[0]!.path, "/flaky", "/gzip", "/brotli", "/rate-limited?after=1"]) {
      expect([path, byPath(path).verdicts]).toEqual([path, expect.objectContaining({ "logo-present": "pass", "reporter-byline": "pass", "byline-affiliation": "pass" })]);
    }
  });

  test("stdout has the stylish report, stderr one line per URL that could not be checked, exit code 2", () => {
    expect(first.code).toBe(2);
    expect(first.stdout).toContain(`${base}/private/page\n  – skipped: disallowed by robots.txt`);
    expect(first.stdout).toMatch(new RegExp(`${EXPECTED.length} pages: 9 checked, 2 not applicable, 1 skipped, 5 could not be checked`));
    const lines = first.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(new RegExp(`^republint: ${base.replace(/[.]/g, "\\.")}/\\S+: `));
  });

  test("the HTML report lists every URL with its status, per partner site", () => {
    const $ = load(readFileSync(join(dir, "report.html"), "utf8"));
    const host = new URL(base).host;
    expect($(`tr[data-site="${host}"] td[data-col="checked"]`).text()).toBe("9");
    expect($(`tr[data-site="${host}"] td[data-col="skipped"]`).text()).toBe("1");
    expect($(`tr[data-site="${host}"] td[data-col="error"]`).text()).toBe("5");
    const statuses = $("section.page").map((_, s) => $(s).attr("data-status")).get();
    expect(statuses).toEqual(EXPECTED.map(([, status]) => status));
  });

  test("robots.txt held: the disallowed page was never requested; no host saw more than 2 requests at once", () => {
    expect(site.requestsTo(base, "/private/page")).toHaveLength(0);
    expect(site.maxConcurrent(base)).toBeLessThanOrEqual(2);
    expect(site.requestsTo(base, "/robots.txt")).toHaveLength(1);
  });

  test("a re-run revalidates the cached pages instead of downloading them again", async () => {
    const before = site.requests.length;
    const again = await scan("-f", "json");
    // The pages and the sitemap that came with validators (a 404 is never stored).
    const pages = site.requests.slice(before).filter((r) => (r.path.startsWith("/scan") && r.path !== "/scan/gone/") || ARTICLES.some((a) => a.path === r.path));
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(pages.every((r) => r.conditional)).toBe(true);
    const rerun = JSON.parse(again.stdout);
    expect(rerun.results.map((r: { status: string }) => r.status)).toEqual(EXPECTED.map(([, status]) => status));
  }, 60_000);

  test("--no-cache sends no conditional request", async () => {
    const before = site.requests.length;
    await runCli(["--no-config", "--sitemap", `${base}/scan-sitemap.xml`, "--no-cache", "--max-bytes", "2000000", "-f", "json"]);
    expect(site.requests.slice(before).filter((r) => r.conditional)).toEqual([]);
  }, 60_000);

  test("two shards merged equal the unsharded run", async () => {
    const whole = JSON.parse((await scan("-f", "json")).stdout);
    for (const i of [1, 2]) await scan("--shard", `${i}/2`, "-f", `json=${dir}/shard-${i}.json`);
    const merged = await runCli(["merge", `${dir}/shard-1.json`, `${dir}/shard-2.json`, "-f", "json"]);
    const strip = (r: { results: Record<string, unknown>[] }) => ({ ...r, results: r.results.map(({ position: _, ...rest }) => rest) });
    expect(strip(JSON.parse(merged.stdout))).toEqual(strip(whole));
  }, 120_000);
});

describe("--feed and --crawl", () => {
  test("--feed checks every page the feed links to", async () => {
    const run = await runCli(["--no-config", "--no-cache", "--feed", `${base}/feed.xml`, "-f", "json"]);
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { input: string }) => r.input)).toEqual(ARTICLES.map((a) => `${base}${a.path}`));
    expect(report.results.every((r: { status: string }) => r.status === "checked")).toBe(true);
    expect(run.code).toBe(0);
  });

  test("--crawl follows same-site links from the start page, checks each page once", async () => {
    const before = site.requests.length;
    const run = await runCli(["--no-config", "--no-cache", "--crawl", `${base}/`, "--depth", "1", "-f", "json"]);
    const report = JSON.parse(run.stdout);
    const inputs = report.results.map((r: { input: string }) => r.input);
    expect(inputs).toEqual([`${base}/`, ...ARTICLES.map((a) => `${base}${a.path}`)]);
    expect(report.results[0].status).toBe("not-applicable"); // the home page is no republication
    for (const a of ARTICLES) expect(site.requests.slice(before).filter((r) => r.path === a.path)).toHaveLength(1);
  });

  test("--sitemap on a site's root finds its sitemaps through robots.txt, asking for robots.txt once", async () => {
    const before = site.requests.length;
    const run = await runCli(["--no-config", "--no-cache", "--sitemap", `${base}/`, "-f", "json"]);
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { input: string }) => r.input).sort()).toEqual(ARTICLES.map((a) => `${base}${a.path}`).sort());
    expect(site.requests.slice(before).filter((r) => r.path === "/robots.txt")).toHaveLength(1);
  });

  test("a bad --since is one line and exit code 2", async () => {
    const run = await runCli(["--no-config", "--feed", `${base}/feed.xml`, "--since", "last tuesday"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^republint: --since last tuesday: .+\n$/);
  });
});
