import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../../src/fetch/client.js";
import { loadUrl } from "../../src/load/url.js";

const PAGE = "<!doctype html><title>Story</title><p>Hello</p>";
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  "/page": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
  },
  "/xhtml": (_req, res) => {
    res.writeHead(200, { "content-type": "application/xhtml+xml" }).end(PAGE);
  },
  "/missing": (_req, res) => {
    res.writeHead(404, { "content-type": "text/html" }).end("<p>not here</p>");
  },
  "/broken": (_req, res) => {
    res.writeHead(500, { "content-type": "text/html" }).end("<p>oops</p>");
  },
  "/moved": (_req, res) => {
    res.writeHead(301, { location: "/page" }).end();
  },
  "/loop": (_req, res) => {
    res.writeHead(302, { location: "/loop" }).end();
  },
  "/logo": (_req, res) => {
    res.writeHead(200, { "content-type": "image/png" }).end(PNG);
  },
  "/api": (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end('{"html": "<p>"}');
  },
  // Node sends no Content-Type unless told to.
  "/untyped": (_req, res) => {
    res.writeHead(200).end(`\n${PAGE}`);
  },
  "/untyped-text": (_req, res) => {
    res.writeHead(200).end("just some words");
  },
  "/untyped-png": (_req, res) => {
    res.writeHead(200).end(PNG);
  },
  "/empty": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" }).end();
  },
  "/hang": () => {
    // Never answers.
  },
  "/stall": (_req, res) => {
    // Headers, then a body that never finishes: the timeout covers reading it too.
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<p>");
  },
  "/endless": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    const chunk = Buffer.alloc(16_384, "a");
    const pump = (): void => {
      while (!res.destroyed && res.write(chunk));
    };
    res.on("drain", pump);
    res.on("close", () => endlessHungUp());
    pump();
  },
  "/declared-big": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": "5000" }).end("x".repeat(5000));
  },
  "/closed": (req) => {
    req.socket.destroy();
  },
  "/reset": (req) => {
    // A TCP RST rather than a FIN.
    req.socket.resetAndDestroy();
  },
  "/reset-mid-body": (req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<p>", () => req.socket.resetAndDestroy());
  },
  "/gzip": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(PAGE));
  },
  "/cp1252": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
    res.end(Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94])]));
  },
  "/ua": (req, res) => {
    res.writeHead(200, { "content-type": "text/html" }).end(`<p>${req.headers["user-agent"]}</p>`);
  },
};

/** Settles once the server sees the client hang up on the endless body. */
let endlessHungUp: () => void;
const endlessClosed = new Promise<void>((resolve) => (endlessHungUp = resolve));
let server: Server;
let base: string;
let closedPort: number;
/** Retries after a few ms, and no robots.txt request, for the tests of faults that are retried. */
const quick = createFetcher({ retryBaseMs: 1, robots: false, cacheDir: false });

const host = (): string => base.slice("http://".length);

function listen(s: Server): Promise<number> {
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve((s.address() as AddressInfo).port)));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  base = `http://127.0.0.1:${await listen(server)}`;
  // A port that was just free: nothing listens there now.
  const probe = createServer();
  closedPort = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  await quick.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("loadUrl", () => {
  it("loads an HTML page", async () => {
    expect(await loadUrl(`${base}/page`)).toEqual({
      ok: true,
      page: { input: `${base}/page`, source: PAGE, url: `${base}/page`, encoding: "utf-8" },
    });
  });

  it("does not take a dropped #fragment for a redirect", async () => {
    expect(await loadUrl(`${base}/page#top`)).toEqual({
      ok: true,
      page: { input: `${base}/page#top`, source: PAGE, url: `${base}/page`, encoding: "utf-8" },
    });
  });

  it("accepts application/xhtml+xml", async () => {
    expect(await loadUrl(`${base}/xhtml`)).toMatchObject({ ok: true, page: { source: PAGE } });
  });

  it("reports 404 and 500 with the status text (a 500 after retries)", async () => {
    expect(await loadUrl(`${base}/missing`)).toEqual({ ok: false, input: `${base}/missing`, error: "HTTP 404 Not Found" });
    expect(await loadUrl(`${base}/broken`, { fetcher: quick })).toEqual({
      ok: false,
      input: `${base}/broken`,
      error: "HTTP 500 Internal Server Error (gave up after 3 attempts)",
    });
  });

  it("follows a redirect and records the final URL as the base", async () => {
    expect(await loadUrl(`${base}/moved`)).toEqual({
      ok: true,
      page: { input: `${base}/moved`, source: PAGE, url: `${base}/page`, finalUrl: `${base}/page`, encoding: "utf-8" },
    });
  });

  it("gives up on a redirect loop", async () => {
    expect(await loadUrl(`${base}/loop`)).toEqual({ ok: false, input: `${base}/loop`, error: "redirect loop" });
  });

  it("refuses non-HTML content types", async () => {
    expect(await loadUrl(`${base}/logo`)).toMatchObject({ ok: false, error: "not an HTML page (Content-Type: image/png)" });
    expect(await loadUrl(`${base}/api`)).toMatchObject({
      ok: false,
      error: "not an HTML page (Content-Type: application/json)",
    });
  });

  it("sniffs a body sent without a Content-Type", async () => {
    expect(await loadUrl(`${base}/untyped`)).toMatchObject({ ok: true, page: { source: `\n${PAGE}` } });
    expect(await loadUrl(`${base}/untyped-text`)).toMatchObject({
      ok: false,
      error: "not an HTML page (no Content-Type, and the content does not look like HTML)",
    });
    expect(await loadUrl(`${base}/untyped-png`)).toMatchObject({ ok: false, error: "binary file (PNG image), not HTML" });
  });

  it("reports an empty body", async () => {
    expect(await loadUrl(`${base}/empty`)).toMatchObject({ ok: false, error: "response body is empty" });
  });

  it("times out when the server never answers", async () => {
    expect(await loadUrl(`${base}/hang`, { timeoutMs: 300 })).toEqual({
      ok: false,
      input: `${base}/hang`,
      error: "timed out after 0.3 s",
    });
  });

  it("times out while reading a body that never ends", async () => {
    expect(await loadUrl(`${base}/stall`, { timeoutMs: 300 })).toMatchObject({ ok: false, error: "timed out after 0.3 s" });
  });

  it("cuts an endless body off at maxBytes and hangs up", async () => {
    expect(await loadUrl(`${base}/endless`, { maxBytes: 100_000 })).toEqual({
      ok: false,
      input: `${base}/endless`,
      error: "response is too large (over the limit of 100 kB)",
    });
    await endlessClosed;
  });

  it("refuses a body whose Content-Length is over maxBytes before reading it", async () => {
    expect(await loadUrl(`${base}/declared-big`, { maxBytes: 1000 })).toMatchObject({
      ok: false,
      error: "response is too large (5 kB, limit 1 kB)",
    });
  });

  it("reports a refused connection, after the retries, with its cause whether robots.txt or the page met it", async () => {
    const polite = createFetcher({ retryBaseMs: 1, cacheDir: false });
    try {
      expect(await loadUrl(`http://127.0.0.1:${closedPort}/`, { fetcher: polite })).toEqual({
        ok: false,
        input: `http://127.0.0.1:${closedPort}/`,
        error: `could not connect to 127.0.0.1:${closedPort}: connection refused (ECONNREFUSED) (gave up after 3 attempts)`,
      });
    } finally {
      await polite.close();
    }
    expect(await loadUrl(`http://127.0.0.1:${closedPort}/`, { fetcher: quick })).toMatchObject({
      error: `could not connect to 127.0.0.1:${closedPort}: connection refused (ECONNREFUSED) (gave up after 3 attempts)`,
    });
  });

  it("reports a connection closed before the response", async () => {
    expect(await loadUrl(`${base}/closed`, { fetcher: quick })).toEqual({
      ok: false,
      input: `${base}/closed`,
      error: `connection closed by ${host()} before the response was complete (gave up after 3 attempts)`,
    });
  });

  it("reports a reset connection, before or during the body", async () => {
    expect(await loadUrl(`${base}/reset`, { fetcher: quick })).toEqual({
      ok: false,
      input: `${base}/reset`,
      error: `connection reset by ${host()} (ECONNRESET) (gave up after 3 attempts)`,
    });
    // Mid-body, whether the client sees the RST or the end of the stream first is up to the kernel.
    const midBody = await loadUrl(`${base}/reset-mid-body`, { fetcher: quick });
    expect(midBody.ok ? "" : midBody.error).toMatch(
      new RegExp(`^connection (reset by ${host()} \\(ECONNRESET\\)|closed by ${host()} before the response was complete)( \\(gave up after 3 attempts\\))?$`),
    );
  });

  it("decodes a gzip-encoded body", async () => {
    expect(await loadUrl(`${base}/gzip`)).toMatchObject({ ok: true, page: { source: PAGE, encoding: "utf-8" } });
  });

  it("decodes windows-1252 named by the header, which beats the meta charset", async () => {
    expect(await loadUrl(`${base}/cp1252`)).toMatchObject({
      ok: true,
      page: { source: '<meta charset="utf-8"><p>\u201Ccafé\u201D', encoding: "windows-1252" },
    });
  });

  it("sends an honest User-Agent, or the one given", async () => {
    const byDefault = await loadUrl(`${base}/ua`);
    expect(byDefault.ok && byDefault.page.source).toMatch(
      /^<p>republint\/\d+\.\d+\.\d+\S* \(\+https:\/\/github\.com\/republint\/republint\)<\/p>$/,
    );
    const custom = await loadUrl(`${base}/ua`, { userAgent: "acme-checker/2" });
    expect(custom.ok && custom.page.source).toBe("<p>acme-checker/2</p>");
  });

  it("reports invalid URLs without fetching", async () => {
    expect(await loadUrl("http://")).toEqual({ ok: false, input: "http://", error: "invalid URL" });
    expect(await loadUrl("https://exa mple.com")).toEqual({ ok: false, input: "https://exa mple.com", error: "invalid URL" });
    expect(await loadUrl("ftp://example.com/")).toMatchObject({
      error: 'unsupported URL scheme "ftp:" (use http or https)',
    });
  });

  it("uses an injected fetch, and bounds one that ignores the abort signal", async () => {
    const fake: typeof fetch = async () => new Response("<p>injected</p>", { headers: { "content-type": "text/html" } });
    expect(await loadUrl("https://example.com/story", { fetch: fake })).toMatchObject({
      ok: true,
      page: { source: "<p>injected</p>", url: "https://example.com/story" },
    });
    const never: typeof fetch = () => new Promise(() => {});
    // The first request, for robots.txt, is the one that times out.
    expect(await loadUrl("https://example.com/story", { fetch: never, timeoutMs: 50 })).toMatchObject({
      error: "could not fetch https://example.com/robots.txt: timed out after 0.05 s",
    });
  });

  it("never throws, even when an injected fetch throws something odd", async () => {
    const odd: typeof fetch = async () => {
      throw "boom";
    };
    expect(await loadUrl("https://example.com/", { fetch: odd })).toEqual({
      ok: false,
      input: "https://example.com/",
      error: "could not fetch https://example.com/robots.txt: boom",
    });
  });
});
