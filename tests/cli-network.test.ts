/**
 * The command line against sites that misbehave: what could not be checked must never look
 * clean (exit 2, one line on stderr naming the input and the cause), and what is not a problem
 * of the site (a cache folder that cannot be used, a URL written twice) must not become one.
 * Local hosts on 127.0.0.1 only; `--retries 0` keeps the backoff out of the test's time.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "./helpers/cli.js";
import { ARTICLES, startTestSite, type TestSite } from "./helpers/test-site.js";
import { tempDir } from "./helpers/temp-dir.js";

let site: TestSite;
/** Host a has the usual robots.txt (`/private/` disallowed); b's robots.txt answers 503. */
let a: string, b: string;
let closedPort: number;
let dir: string;
const author = ["--author", "Laila Montgomery", "--no-config"];

beforeAll(async () => {
  site = await startTestSite({ hosts: 2, robots: [undefined, 503] });
  [a, b] = site.hosts as [string, string];
  site.route("/bad-gzip", (_req, res) => void res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end("<p>plain text sent as gzip</p>"));
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  dir = tempDir("republint-cli-network-");
  writeFileSync(join(dir, "a-file"), "not a folder");
});

afterAll(() => site.close());

const lines = (text: string): string[] => text.trim().split("\n").filter(Boolean);

describe("robots.txt", () => {
  test("that answers 5xx: the site's pages could not be checked (exit 2, a line each naming robots.txt and its status), never a clean run", async () => {
    const pages = ARTICLES.slice(0, 2).map((article) => `${b}${article.path}`);
    const run = await runCli([...pages, ...author, "--retries", "0"]);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain("no problems");
    expect(run.stdout).not.toContain("skipped");
    expect(run.stdout).toContain("2 pages: 0 checked, 0 not applicable, 2 could not be checked");
    expect(lines(run.stderr)).toEqual(
      pages.map((page) => `republint: ${page}: not fetched: ${b}/robots.txt answered HTTP 503 Service Unavailable, which means "disallow everything" until it recovers (RFC 9309)`),
    );
  });

  test("that disallows a page: still skipped, not an error (exit 0), as documented", async () => {
    const run = await runCli([`${a}/private/page`, `${a}${ARTICLES[0]!.path}`, ...author, "--retries", "0"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain(`${a}/private/page\n  – skipped: disallowed by robots.txt (${a}/robots.txt)`);
    expect(run.stdout).toContain("1 skipped");
  });
});

describe("network failures name the page and the cause", () => {
  test("a refused connection: the page, and \"connection refused\", not robots.txt", async () => {
    const page = `http://127.0.0.1:${closedPort}/story`;
    const run = await runCli([page, ...author, "--retries", "0"]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([`republint: ${page}: could not connect to 127.0.0.1:${closedPort}: connection refused (ECONNREFUSED)`]);
  });

  test("a body that does not decompress: one line naming the encoding, not zlib's words", async () => {
    const run = await runCli([`${a}/bad-gzip`, ...author, "--retries", "0"]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([`republint: ${a}/bad-gzip: response body could not be decompressed (Content-Encoding: gzip): corrupt data`]);
  });
});

describe("--sitemap on a host that cannot be reached", () => {
  test("a site root: one line, naming the URL tried (robots.txt) and the cause once", async () => {
    const run = await runCli(["--sitemap", `http://127.0.0.1:${closedPort}/`, ...author, "--retries", "0"]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([`republint: http://127.0.0.1:${closedPort}/robots.txt: could not connect to 127.0.0.1:${closedPort}: connection refused (ECONNREFUSED)`]);
  });

  test("a sitemap URL: one line naming it, the cause once, no \"listed in\"", async () => {
    const sitemap = `http://127.0.0.1:${closedPort}/sitemap_index.xml`;
    const run = await runCli(["--sitemap", sitemap, ...author, "--retries", "0"]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([`republint: ${sitemap}: could not connect to 127.0.0.1:${closedPort}: connection refused (ECONNREFUSED)`]);
  });
});

describe("--cache", () => {
  test.each([
    ["under a regular file", () => join(dir, "a-file", "cache"), "a parent is not a directory"],
    ["that is a regular file", () => join(dir, "a-file"), "it is a file, not a directory"],
  ])("%s: one warning naming the path and the cause, and the run goes on without a cache", async (_, path, cause) => {
    const run = await runCli([`${a}${ARTICLES[0]!.path}`, ...author, "--cache", path()]);
    expect(lines(run.stderr)).toEqual([`republint: --cache ${path()}: ${cause}; continuing without the cache`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 page: 1 checked");
  });
});

describe("a URL given twice", () => {
  test("under spellings that differ in case of scheme or host, a default port or a #fragment is checked once, named as first written", async () => {
    const path = ARTICLES[0]!.path;
    const port = new URL(a).port;
    const spellings = [`${a}${path}#comments`, `HTTP://127.0.0.1:${port}${path}`, `${a}${path}`];
    site.reset();
    const run = await runCli([...spellings, ...author, "-f", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results.map((r: { input: string; status: string }) => [r.input, r.status])).toEqual([[spellings[0], "checked"]]);
    expect(site.requestsTo(a, path)).toHaveLength(1);
  });
});
