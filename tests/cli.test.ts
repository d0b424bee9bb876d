import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CLEAN_STORY, DCNF_LOGO, wordpressPage } from "./helpers/page-builder.js";
import { runCli } from "./helpers/cli.js";
import { check, checkFile, checkUrl } from "../src/check.js";
import { ConfigError } from "../src/config/resolve.js";
import { tempDir } from "./helpers/temp-dir.js";

const good = wordpressPage({ byline: '<span class="byline">By Laila Montgomery, Daily Caller News Foundation</span>', bodyTop: DCNF_LOGO, paragraphs: CLEAN_STORY });
const bad = wordpressPage({ byline: '<span class="byline">By The Daily Caller</span>' });
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

let dir: string;
let server: Server;
let base: string;
let closedPort: number;

beforeAll(async () => {
  dir = tempDir("republint-cli-");
  writeFileSync(join(dir, "good.html"), good);
  writeFileSync(join(dir, "bad.html"), bad);
  writeFileSync(join(dir, "empty.html"), "");
  writeFileSync(join(dir, "image.png"), PNG);
  writeFileSync(join(dir, "big.html"), good);
  mkdirSync(join(dir, "no-html"));
  writeFileSync(join(dir, "no-html", "notes.txt"), "nothing here");
  server = createServer((req, res) => {
    if (req.url === "/story") return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(good);
    if (req.url === "/missing") return void res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    if (req.url === "/broken") return void res.writeHead(500, { "content-type": "text/html" }).end("oops");
    if (req.url === "/feed.json") return void res.writeHead(200, { "content-type": "application/json" }).end("{}");
    if (req.url === "/slow") return; // never answers: the client's timeout must end it
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("exit codes and output", () => {
  test("a compliant page: exit 0 and a checklist of ticks", async () => {
    const run = await runCli([join(dir, "good.html"), "--author", "Laila Montgomery"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✓ logo-present  ✓ reporter-byline  ✓ byline-affiliation  – unattributed-copy  ✓ link-to-original  ✓ copy-artifacts");
    expect(run.stdout).toContain("✔ no problems");
  });

  test("a violation: exit 1, ESLint-like lines with line:column and rule id", async () => {
    const run = await runCli([join(dir, "bad.html"), "--author", "Laila Montgomery"]);
    expect(run.code).toBe(1);
    const line = bad.slice(0, bad.indexOf('<span class="byline">')).split("\n").length;
    expect(run.stdout).toMatch(new RegExp(`\\n  ${line}:\\d+\\s+error\\s+The byline credits "The Daily Caller", not Laila Montgomery\\.\\s+reporter-byline`));
    expect(run.stdout).toContain("✗ logo-present  ✗ reporter-byline  ✗ byline-affiliation");
    expect(run.stdout).toMatch(/✖ \d+ problems \(3 errors, \d+ warnings\) on 1 page/);
    expect(run.stdout).toMatch(/\d+:\d+\s+warning\s+A "\(RELATED: …\)" cross-link lost its link/);
  });

  test("json output follows the documented contract", async () => {
    const run = await runCli([join(dir, "bad.html"), "-f", "json", "--author", "Laila Montgomery"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["results", "summary"]);
    const [result] = report.results;
    expect(result).toMatchObject({ status: "checked", verdicts: { "logo-present": "fail", "reporter-byline": "fail", "byline-affiliation": "fail" } });
    for (const finding of result.findings) {
      expect(Object.keys(finding)).toEqual(["ruleId", "severity", "messageId", "message", "line", "column", "endLine", "endColumn", "selector", "evidence"]);
    }
    const logo = result.findings.find((f: { ruleId: string }) => f.ruleId === "logo-present");
    expect(logo).toMatchObject({ line: null, column: null, selector: null, messageId: "missing" });
    expect(report.summary).toMatchObject({ inputs: 1, checked: 1, errorCount: 3, failingPages: 1 });
    expect(report.summary.warningCount).toBe(result.findings.filter((f: { severity: string }) => f.severity === "warning").length);
  });

  test("-o writes the report to a file and keeps stdout empty", async () => {
    const out = join(dir, "report.json");
    const run = await runCli([join(dir, "good.html"), "-f", "json", "-o", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).results[0].status).toBe("checked");
  });

  test("without --author the reporter is not verified, and the note says so", async () => {
    const run = await runCli([join(dir, "good.html")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("the reporter was not verified");
    const quiet = await runCli([join(dir, "good.html"), "--quiet"]);
    expect(quiet.stdout).not.toContain("not verified");
  });

  test("stdin with -", async () => {
    const run = await runCli(["-", "--author", "Laila Montgomery"], { stdin: good });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("<stdin>");
  });

  test("a URL is fetched and checked", async () => {
    const run = await runCli([`${base}/story`, "--author", "Laila Montgomery", "-f", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ input: `${base}/story`, status: "checked" });
  });

  test("inside GitHub Actions the default output adds annotations", async () => {
    const run = await runCli([join(dir, "bad.html"), "--author", "Laila Montgomery"], { env: { GITHUB_ACTIONS: "true" } });
    expect(run.stdout).toContain("✗ logo-present");
    expect(run.stdout).toMatch(/^::error file=[^,]*bad\.html,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=republint%3A reporter-byline::/m);
    const plain = await runCli([join(dir, "bad.html"), "--author", "Laila Montgomery"], { env: { GITHUB_ACTIONS: "" } });
    expect(plain.stdout).not.toContain("::error");
  });

  test("several formats in one run; name=path writes a file", async () => {
    const out = join(dir, "several.json");
    const run = await runCli([join(dir, "bad.html"), "-f", `stylish,json=${out}`]);
    expect(run.stdout).toContain("✗ logo-present");
    expect(JSON.parse(readFileSync(out, "utf8")).summary.inputs).toBe(1);
    const both = await runCli([join(dir, "bad.html"), "-f", "stylish,json", "-o", out]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--output: give exactly one format without a file/);
  });

  test("--urls reads one input per line, with comments", async () => {
    const list = join(dir, "urls.txt");
    writeFileSync(list, `# partner pages to check\n${base}/story\n\n${join(dir, "good.html")}   # a saved copy\n`);
    const run = await runCli(["--urls", list, "-f", "json", "--author", "Laila Montgomery"]);
    expect(JSON.parse(run.stdout).results.map((r: { input: string; status: string }) => r.status)).toEqual(["checked", "checked"]);
    expect(run.code).toBe(0);
    const missing = await runCli(["--urls", join(dir, "nope.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^republint: --urls .*nope\.txt: no such file\n$/);
  });

  test("--urls - reads the list from stdin", async () => {
    const run = await runCli(["--urls", "-", "-f", "json", "--author", "Laila Montgomery"], { stdin: `${base}/story\n# done\n${join(dir, "good.html")}\n` });
    expect(JSON.parse(run.stdout).results.map((r: { input: string }) => r.input)).toEqual([`${base}/story`, join(dir, "good.html")]);
    expect(run.code).toBe(0);
  });

  test("--quiet: every format shows errors only, and --max-warnings does not count the warnings left out", async () => {
    // The compliant example has one warning (no link to the original) and no error.
    const page = ["examples/wordpress-compliant.html", "--author", "Laila Montgomery"];
    const loud = await runCli([...page, "--max-warnings", "0"]);
    expect(loud.code).toBe(1);
    expect(loud.stdout).toContain("✗ link-to-original");
    const quiet = await runCli([...page, "--max-warnings", "0", "-q"]);
    expect([quiet.code, quiet.stderr]).toEqual([0, ""]);
    expect(quiet.stdout).toContain("✓ link-to-original");
    expect(quiet.stdout).not.toContain("✗");
    expect(quiet.stdout).toContain("✔ no problems");
    const json = JSON.parse((await runCli([...page, "-q", "-f", "json"])).stdout);
    expect(json.results[0].verdicts["link-to-original"]).toBe("pass");
    expect(json.summary).toMatchObject({ errorCount: 0, warningCount: 0 });
    const csv = (await runCli([...page, "-q", "-f", "csv"])).stdout;
    expect(csv).toContain("examples/wordpress-compliant.html,checked,link-to-original,pass,0,0,,,,");
    const markdown = (await runCli([...page, "-q", "-f", "markdown"])).stdout;
    expect(markdown).not.toMatch(/❌|⚠️/);
  });

  test("--color colours even a pipe (NO_COLOR is set here); --no-color never does", async () => {
    const page = [join(dir, "good.html"), "--author", "Laila Montgomery"];
    expect((await runCli([...page, "--color"])).stdout).toContain("\u001b[");
    const off = await runCli([...page, "--no-color"]);
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain("\u001b[");
  });

  test("--version, --help and --list-rules exit 0", async () => {
    expect((await runCli(["--version"])).stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--author <name>");
    const list = await runCli(["--list-rules"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("logo-present (error)");
  });
});

describe("bad usage and config: exit 2 with one line", () => {
  test.each([
    [["--format", "xml", "x.html"], /--format: unknown format "xml"/],
    [["--bogus"], /unknown option '--bogus'/],
    [["--max-warnings", "lots", "x.html"], /--max-warnings must be a whole number/],
    [[], /no inputs given/],
    [["--preset", "nope", "x.html"], /unknown preset "nope"/],
  ])("%j", async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe("bad inputs: one line naming the input and the cause, exit 2, the rest still checked", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a path that does not exist", () => join(dir, "nope.html"), /nope\.html: no such file or directory/],
    ["a directory with no HTML", () => join(dir, "no-html"), /no-html: directory contains no \.html or \.htm files/],
    ["an empty file", () => join(dir, "empty.html"), /empty\.html: file is empty/],
    ["a binary file", () => join(dir, "image.png"), /image\.png: binary file \(PNG image\), not HTML/],
    ["an invalid URL", () => "http://exa mple.com/", /invalid URL/],
    // robots.txt is asked for first, but a host that cannot be reached is the cause, whichever request met it (retried first).
    ["an unreachable host", () => `http://127.0.0.1:${closedPort}/story`, /\/story: could not connect to 127\.0\.0\.1:\d+: connection refused \(ECONNREFUSED\) \(gave up after 2 attempts\)$/],
    ["HTTP 404", () => `${base}/missing`, /\/missing: HTTP 404 Not Found/],
    ["HTTP 500", () => `${base}/broken`, /\/broken: HTTP 500 Internal Server Error/],
    ["a non-HTML content type", () => `${base}/feed.json`, /\/feed\.json: .*application\/json/],
    ["a timeout", () => `${base}/slow`, /\/slow: timed out/],
  ];
  test.each(cases)("%s", async (_, input, message) => {
    // One retry (its backoff is up to 1 s): enough to see retries happen, short enough for a test.
    const run = await runCli([input(), join(dir, "good.html"), "--author", "Laila Montgomery", "--timeout", "500", "--retries", "1"]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^republint: /);
    expect(lines[0]).toMatch(message);
    expect(run.stdout).toContain("✓ logo-present  ✓ reporter-byline  ✓ byline-affiliation"); // the good page was still checked
    expect(run.stdout).toContain("1 could not be checked");
  });

  test("a file over --max-bytes", async () => {
    const run = await runCli([join(dir, "big.html"), "--max-bytes", "1000"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/big\.html: .*1000|big\.html: .*limit/);
  });

  test.each([["-1"], ["0"], ["1.5"], ["lots"]])("--max-bytes %s is a usage error", async (value) => {
    const run = await runCli([join(dir, "good.html"), `--max-bytes=${value}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^republint: .*--max-bytes must be a whole number ≥ 1\.\n$/);
    expect(run.stdout).toBe("");
  });

  test("the library refuses a limit of -1 rather than calling every page too large", async () => {
    const good = join(dir, "good.html");
    await expect(check([good], { maxBytes: -1 })).rejects.toThrow(new ConfigError("maxBytes: must be a whole number ≥ 1, not -1"));
    await expect(checkFile(good, { maxBytes: 0 })).rejects.toThrow(new ConfigError("maxBytes: must be a whole number ≥ 1, not 0"));
    await expect(checkUrl(`${base}/story`, { timeoutMs: -1 })).rejects.toThrow(new ConfigError("timeoutMs: must be a whole number ≥ 1, not -1"));
    expect((await checkFile(good, { maxBytes: 1_000_000 })).status).toBe("checked");
  });
});
