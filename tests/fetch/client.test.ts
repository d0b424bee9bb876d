import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFetcher } from "../../src/fetch/client.js";
import type { Fetcher, FetchPolicy, FetchResult } from "../../src/fetch/types.js";
import { formatBytes } from "../../src/load/limits.js";
import { ARTICLES, articleHtml, PNG, startTestSite, type TestSite } from "../helpers/test-site.js";

let site: TestSite;
let a: string;
let b: string;
const fetchers: Fetcher[] = [];

/** A client with backoff in milliseconds and no cache, closed after the file. */
function client(policy: FetchPolicy = {}): Fetcher {
  const fetcher = createFetcher({ retryBaseMs: 5, cacheDir: false, ...policy });
  fetchers.push(fetcher);
  return fetcher;
}

const text = (result: FetchResult): string => (result.ok ? Buffer.from(result.bytes).toString("utf8") : `(failed: ${result.error})`);
const hostOf = (base: string): string => base.slice("http://".length);

beforeAll(async () => {
  site = await startTestSite({ hosts: 2 });
  [a, b] = site.hosts as [string, string];
});

beforeEach(() => site.reset());

afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await site.close();
});

describe("a page", () => {
  it("comes back with its status, headers and body, after robots.txt", async () => {
    const result = await client().get(`${a}${ARTICLES[0]!.path}`);
    expect(result).toMatchObject({ ok: true, url: `${a}${ARTICLES[0]!.path}`, status: 200, statusText: "OK" });
    expect(result.ok && result.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(result.ok && result.finalUrl).toBeUndefined();
    expect(result.ok && result.cache).toBeUndefined(); // caching is off
    expect(text(result)).toBe(articleHtml(ARTICLES[0]!, a));
    expect(site.requestsTo(a).map((r) => r.path)).toEqual(["/robots.txt", ARTICLES[0]!.path]);
  });

  it("is asked for with an honest User-Agent, the caller's Accept, and gzip/deflate/brotli offered", async () => {
    await client().get(`${a}/`, { accept: "application/xml" });
    const [request] = site.requestsTo(a, "/");
    expect(request!.headers["user-agent"]).toMatch(/^republint\/\d+\.\d+\.\d+\S* \(\+https:\/\/github\.com\/republint\/republint\)$/);
    expect(request!.headers.accept).toBe("application/xml");
    expect(request!.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("sends the configured User-Agent and custom headers, but custom headers only to the host asked for", async () => {
    const fetcher = client({ userAgent: "acme-checker/2.1 (+https://acme.example/bot)", headers: { Authorization: "Bearer staging", "X-Scan": "weekly" } });
    await fetcher.get(`${a}${ARTICLES[0]!.path}`);
    const [page] = site.requestsTo(a, ARTICLES[0]!.path);
    expect(page!.headers).toMatchObject({ "user-agent": "acme-checker/2.1 (+https://acme.example/bot)", authorization: "Bearer staging", "x-scan": "weekly" });
    expect(site.requestsTo(a, "/robots.txt")[0]!.headers.authorization).toBe("Bearer staging");

    const moved = await fetcher.get(`${a}/redirect-to?url=${encodeURIComponent(`${b}${ARTICLES[1]!.path}`)}`);
    expect(moved).toMatchObject({ ok: true, status: 200, finalUrl: `${b}${ARTICLES[1]!.path}` });
    const [elsewhere] = site.requestsTo(b, ARTICLES[1]!.path);
    expect(elsewhere!.headers.authorization).toBeUndefined();
    expect(elsewhere!.headers["user-agent"]).toBe("acme-checker/2.1 (+https://acme.example/bot)");
  });

  it("is decompressed: gzip, deflate and brotli", async () => {
    const fetcher = client();
    for (const route of ["/gzip", "/deflate", "/brotli"]) {
      const result = await fetcher.get(`${a}${route}`);
      expect(result.ok && result.headers["content-encoding"]).toBeTruthy();
      expect(text(result)).toBe(articleHtml(ARTICLES[0]!, a));
    }
  });

  it("whose body does not decompress fails with one line naming the encoding, not zlib's words, and is not retried", async () => {
    const undo = [
      site.route("/bad-gzip", (_req, res) => void res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end("this is not gzip data")),
      site.route("/bad-brotli", (_req, res) => void res.writeHead(200, { "content-type": "text/html", "content-encoding": "br" }).end("this is not brotli data")),
    ];
    try {
      expect(await client().get(`${a}/bad-gzip`)).toEqual({ ok: false, url: `${a}/bad-gzip`, error: "response body could not be decompressed (Content-Encoding: gzip): corrupt data" });
      expect(await client().get(`${a}/bad-brotli`)).toMatchObject({ ok: false, error: "response body could not be decompressed (Content-Encoding: br): corrupt data" });
      expect(site.requestsTo(a, "/bad-gzip")).toHaveLength(1);
    } finally {
      for (const restore of undo) restore();
    }
  });

  it("keeps the bytes of a windows-1252 page as they are (decoding is the loader's)", async () => {
    const result = await client().get(`${a}/windows-1252`);
    expect(result.ok && result.headers["content-type"]).toBe("text/html; charset=windows-1252");
    expect(result.ok && [...result.bytes].filter((byte) => byte >= 0x80)).toEqual([0x93, 0xe9, 0x94]);
  });

  it("of the wrong type is still a response: the caller judges it", async () => {
    const result = await client().get(`${a}/wrong-type`);
    expect(result).toMatchObject({ ok: true, status: 200, headers: { "content-type": "image/png" } });
    expect(result.ok && Buffer.from(result.bytes)).toEqual(PNG);
  });

  it("never carries a cookie back", async () => {
    const fetcher = client();
    const first = await fetcher.get(`${a}/set-cookie`);
    expect(first.ok && first.headers["set-cookie"]).toBe("session=abc123; Path=/");
    await fetcher.get(`${a}/set-cookie`);
    await fetcher.get(`${a}${ARTICLES[0]!.path}`);
    expect(site.requestsTo(a).length).toBe(4);
    expect(site.requestsTo(a).map((r) => r.headers.cookie)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("that is not an http(s) URL fails without a request", async () => {
    const fetcher = client();
    expect(await fetcher.get("http://")).toEqual({ ok: false, url: "http://", error: "invalid URL" });
    expect(await fetcher.get("file:///etc/passwd")).toEqual({ ok: false, url: "file:///etc/passwd", error: 'unsupported URL scheme "file:" (use http or https)' });
    expect(site.requests).toEqual([]);
  });
});

describe("statuses and retries", () => {
  it("a 404 is a response, not retried", async () => {
    const result = await client().get(`${a}/nowhere`);
    expect(result).toMatchObject({ ok: true, status: 404, statusText: "Not Found" });
    expect(text(result)).toContain("Page not found");
    expect(site.requestsTo(a, "/nowhere")).toHaveLength(1);
  });

  it("a 500 then a 200 succeeds on the retry", async () => {
    const result = await client().get(`${a}/flaky`);
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(text(result)).toContain(ARTICLES[0]!.headline);
    expect(site.requestsTo(a, "/flaky")).toHaveLength(2);
  });

  it("a 500 that stays fails after the retries, with the status", async () => {
    expect(await client().get(`${a}/always-500`)).toEqual({
      ok: false,
      url: `${a}/always-500`,
      error: "HTTP 500 Internal Server Error (gave up after 3 attempts)",
      status: 500,
    });
    expect(site.requestsTo(a, "/always-500")).toHaveLength(3);
    expect(await client({ retries: 0 }).get(`${a}/always-503`)).toMatchObject({ error: "HTTP 503 Service Unavailable", status: 503 });
  });

  it("a reset or closed connection is retried, then named", async () => {
    const fetcher = client();
    expect(await fetcher.get(`${a}/reset`)).toEqual({ ok: false, url: `${a}/reset`, error: `connection reset by ${hostOf(a)} (ECONNRESET) (gave up after 3 attempts)` });
    expect(site.requestsTo(a, "/reset")).toHaveLength(3);
    expect(await fetcher.get(`${a}/closed`)).toMatchObject({ error: `connection closed by ${hostOf(a)} before the response was complete (gave up after 3 attempts)` });
  });

  it("a refused connection is retried with backoff, then named with its cause", async () => {
    let calls = 0;
    const refused = Object.assign(new Error("connect ECONNREFUSED 203.0.113.7:443"), { code: "ECONNREFUSED", address: "203.0.113.7", port: 443 });
    const fetch: typeof globalThis.fetch = async () => {
      calls++;
      throw new TypeError("fetch failed", { cause: refused });
    };
    expect(await client({ fetch, robots: false }).get("https://down.example/story")).toEqual({
      ok: false,
      url: "https://down.example/story",
      error: "could not connect to 203.0.113.7:443: connection refused (ECONNREFUSED) (gave up after 3 attempts)",
      unreachable: true,
    });
    expect(calls).toBe(3);
  });

  it("a refused connection or a socket hang-up that clears up succeeds on the retry", async () => {
    for (const cause of [Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), new Error("socket hang up")]) {
      let calls = 0;
      const fetch: typeof globalThis.fetch = async () => {
        if (++calls === 1) throw new TypeError("fetch failed", { cause });
        return new Response("<p>back</p>", { headers: { "content-type": "text/html" } });
      };
      const result = await client({ fetch, robots: false }).get("https://restarting.example/story");
      expect([cause.message, result.ok && result.status, text(result), calls]).toEqual([cause.message, 200, "<p>back</p>", 2]);
    }
  });

  it("a connect timeout is retried and says how long it waited", async () => {
    let calls = 0;
    const timeout = Object.assign(new Error("Connect Timeout Error"), { code: "UND_ERR_CONNECT_TIMEOUT" });
    const fetch: typeof globalThis.fetch = async () => {
      calls++;
      throw new TypeError("fetch failed", { cause: timeout });
    };
    const result = await client({ fetch, robots: false, connectTimeoutMs: 10_000 }).get("https://slow.example/story");
    expect(result).toMatchObject({ ok: false, error: "could not connect to slow.example:443 within 10 s (gave up after 3 attempts)" });
    expect(calls).toBe(3);
  });
});

describe("time and size limits", () => {
  it("a response slower than the timeout fails, and is not retried", async () => {
    const started = performance.now();
    expect(await client({ timeoutMs: 150 }).get(`${a}/slow?ms=2000`)).toEqual({ ok: false, url: `${a}/slow?ms=2000`, error: "timed out after 0.15 s" });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(site.requestsTo(a, "/slow")).toHaveLength(1);
  });

  it("the timeout covers a body that never ends", async () => {
    expect(await client({ timeoutMs: 150 }).get(`${a}/stall`)).toMatchObject({ ok: false, error: "timed out after 0.15 s" });
  });

  it("an endless body is cut off at maxBytes", async () => {
    expect(await client({ maxBytes: 100_000 }).get(`${a}/endless`)).toEqual({
      ok: false,
      url: `${a}/endless`,
      error: "response is too large (over the limit of 100 kB)",
    });
    expect(site.requestsTo(a, "/endless")).toHaveLength(1);
  });

  it("a declared Content-Length over maxBytes is refused before reading", async () => {
    const size = Buffer.byteLength(articleHtml(ARTICLES[0]!, a));
    expect(await client({ maxBytes: 500 }).get(`${a}${ARTICLES[0]!.path}`)).toMatchObject({
      ok: false,
      error: `response is too large (${formatBytes(size)}, limit 500 bytes)`,
    });
  });
});

describe("redirects", () => {
  it("are followed, and the final URL recorded", async () => {
    const result = await client().get(`${a}/redirect?n=3#top`);
    expect(result).toMatchObject({ ok: true, status: 200, url: `${a}/redirect?n=3`, finalUrl: `${a}${ARTICLES[0]!.path}` });
    expect(site.requestsTo(a).map((r) => r.path)).toEqual(["/robots.txt", "/redirect?n=3", "/redirect?n=2", "/redirect?n=1", ARTICLES[0]!.path]);
  });

  it("to another host go through that host's robots.txt", async () => {
    const result = await client().get(`${a}/redirect-to?url=${encodeURIComponent(`${b}/private/page`)}`);
    expect(result).toEqual({
      ok: false,
      url: `${a}/redirect-to?url=${encodeURIComponent(`${b}/private/page`)}`,
      finalUrl: `${b}/private/page`,
      error: `disallowed by robots.txt (${b}/robots.txt)`,
      skipped: "robots",
    });
    expect(site.requestsTo(b).map((r) => r.path)).toEqual(["/robots.txt"]);
  });

  it("stop at a loop", async () => {
    expect(await client().get(`${a}/redirect-loop`)).toEqual({ ok: false, url: `${a}/redirect-loop`, error: "redirect loop" });
    expect(site.requestsTo(a, "/redirect-loop")).toHaveLength(1);
  });

  it("stop past maxRedirects", async () => {
    expect(await client().get(`${a}/redirect?n=6`)).toEqual({
      ok: false,
      url: `${a}/redirect?n=6`,
      finalUrl: `${a}${ARTICLES[0]!.path}`, // where the sixth redirect pointed
      error: "too many redirects (more than 5)",
    });
    expect(site.requestsTo(a, "/redirect")).toHaveLength(6);
    expect(await client({ maxRedirects: 3 }).get(`${a}/redirect?n=3`)).toMatchObject({ ok: true, finalUrl: `${a}${ARTICLES[0]!.path}` });
  });
});
