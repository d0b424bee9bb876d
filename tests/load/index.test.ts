import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAll, loadInput, type LoadOutcome } from "../../src/load/index.js";

let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "republint-index-"));
  for (const name of ["a", "b", "c", "d", "e", "f"]) await writeFile(join(cwd, `${name}.html`), `<p>${name}</p>`);
  await writeFile(join(cwd, "empty.html"), "");
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

/** Where each outcome came from, and its text or error. */
const summary = (o: LoadOutcome): string => (o.ok ? `${o.page.input}: ${o.page.source}` : `${o.input}! ${o.error}`);

async function collect(outcomes: AsyncIterable<LoadOutcome>): Promise<string[]> {
  const lines: string[] = [];
  for await (const outcome of outcomes) lines.push(summary(outcome));
  return lines;
}

describe("loadInput", () => {
  it("passes a failed expansion through", async () => {
    expect(await loadInput({ kind: "failure", input: "x.html", error: "no such file or directory" })).toEqual({
      ok: false,
      input: "x.html",
      error: "no such file or directory",
    });
  });
});

describe("loadAll", () => {
  it("yields outcomes in input order, failures in their place, whatever finishes first", async () => {
    // URLs answer slowest-first, so completion order is the reverse of input order.
    let delay = 80;
    const fetch: typeof globalThis.fetch = async (url) => {
      const wait = (delay -= 20);
      await new Promise((resolve) => setTimeout(resolve, wait));
      return new Response(`<p>${String(url).slice(-1)}</p>`, { headers: { "content-type": "text/html" } });
    };
    const specs = ["https://example.com/1", "missing.html", "https://example.com/2", "a.html", "-", "empty.html"];
    const stdin = Readable.from([Buffer.from("<p>stdin</p>")]);
    expect(await collect(loadAll(specs, { cwd, fetch, stdin, concurrency: 3 }))).toEqual([
      "https://example.com/1: <p>1</p>",
      "missing.html! no such file or directory",
      "https://example.com/2: <p>2</p>",
      "a.html: <p>a</p>",
      "<stdin>: <p>stdin</p>",
      "empty.html! file is empty",
    ]);
  });

  it("keeps at most `concurrency` loads in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const fetch: typeof globalThis.fetch = async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return new Response("<p>x</p>", { headers: { "content-type": "text/html" } });
    };
    const specs = Array.from({ length: 10 }, (_, i) => `https://example.com/${i}`);
    expect(await collect(loadAll(specs, { fetch, concurrency: 2 }))).toHaveLength(10);
    expect(most).toBe(2);
  });

  it("checks a page named and also found by discovery once, as named; spellings of a URL are one page", async () => {
    const sitemap = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://EXAMPLE.com:443/1</loc></url><url><loc>https://example.com/2#a</loc></url><url><loc>https://example.com/2#b</loc></url></urlset>`;
    const fetch: typeof globalThis.fetch = async (url) => {
      const path = new URL(String(url)).pathname;
      if (path === "/robots.txt") return new Response("", { status: 404 });
      if (path === "/sitemap.xml") return new Response(sitemap, { headers: { "content-type": "application/xml" } });
      return new Response(`<p>${path}</p>`, { headers: { "content-type": "text/html" } });
    };
    const specs = ["https://example.com/1#top", "https://Example.com/1"];
    expect(await collect(loadAll(specs, { fetch, discover: { sitemaps: ["https://example.com/sitemap.xml"] } }))).toEqual([
      "https://example.com/1#top: <p>/1</p>",
      "https://example.com/2#a: <p>/2</p>",
    ]);
  });

  it("loads a directory, sorted", async () => {
    expect(await collect(loadAll(["."], { cwd }))).toEqual([
      "a.html: <p>a</p>",
      "b.html: <p>b</p>",
      "c.html: <p>c</p>",
      "d.html: <p>d</p>",
      "e.html: <p>e</p>",
      "empty.html! file is empty",
      "f.html: <p>f</p>",
    ]);
  });
});
