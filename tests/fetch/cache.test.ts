import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DiskCache, defaultCacheDir } from "../../src/fetch/cache.js";
import { createFetcher } from "../../src/fetch/client.js";
import type { FetchPolicy, FetchResult } from "../../src/fetch/types.js";
import { ARTICLES, articleHtml, LAST_MODIFIED, startTestSite, type TestSite } from "../helpers/test-site.js";

let site: TestSite;
let a: string;
let dir: string;

/** One run: a fresh client (as a new process would have) over the cache folder, closed after. */
async function run(url: string, policy: FetchPolicy = {}): Promise<FetchResult> {
  const fetcher = createFetcher({ retryBaseMs: 5, cacheDir: dir, ...policy });
  try {
    return await fetcher.get(url);
  } finally {
    await fetcher.close();
  }
}

const body = (result: FetchResult): string => (result.ok ? Buffer.from(result.bytes).toString("utf8") : `(failed: ${result.error})`);

beforeAll(async () => {
  site = await startTestSite({ hosts: 1 });
  [a] = site.hosts as [string];
});

beforeEach(() => {
  site.reset();
  dir = mkdtempSync(join(tmpdir(), "republint-cache-"));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

afterAll(async () => {
  await site.close();
});

describe("the HTTP cache", () => {
  it("revalidates with If-None-Match on the next run, and a 304 serves the stored body", async () => {
    const first = await run(`${a}/etag`);
    expect(first).toMatchObject({ ok: true, status: 200, cache: "miss" });
    const second = await run(`${a}/etag`);
    expect(second).toMatchObject({ ok: true, status: 200, cache: "revalidated", headers: { etag: '"v1"' } });
    expect(body(second)).toBe(body(first));
    expect(body(second)).toBe(articleHtml(ARTICLES[0]!, a));
    const requests = site.requestsTo(a, "/etag");
    expect(requests.map((r) => [r.conditional, r.headers["if-none-match"]])).toEqual([
      [false, undefined],
      [true, '"v1"'],
    ]);
  });

  it("revalidates with If-Modified-Since when there is only a Last-Modified", async () => {
    await run(`${a}/last-modified`);
    const second = await run(`${a}/last-modified`);
    expect(second).toMatchObject({ ok: true, cache: "revalidated" });
    expect(body(second)).toBe(articleHtml(ARTICLES[1]!, a));
    expect(site.requestsTo(a, "/last-modified")[1]!.headers["if-modified-since"]).toBe(LAST_MODIFIED);
  });

  it("serves a fresh max-age response without asking the server", async () => {
    expect(await run(`${a}/max-age`)).toMatchObject({ ok: true, cache: "miss" });
    const second = await run(`${a}/max-age`);
    expect(second).toMatchObject({ ok: true, status: 200, cache: "hit" });
    expect(body(second)).toBe(articleHtml(ARTICLES[2]!, a));
    expect(site.requestsTo(a, "/max-age")).toHaveLength(1);
  });

  it("is off with cacheDir: false: no conditional requests, no cache field", async () => {
    const first = await run(`${a}/etag`, { cacheDir: false });
    const second = await run(`${a}/etag`, { cacheDir: false });
    expect(first.ok && "cache" in first).toBe(false);
    expect(second).toMatchObject({ ok: true, status: 200 });
    expect(site.requestsTo(a, "/etag").map((r) => r.conditional)).toEqual([false, false]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("does not keep no-store responses, errors, or pages without validators or freshness", async () => {
    await run(`${a}/no-store`);
    expect(await run(`${a}/no-store`)).toMatchObject({ ok: true, cache: "miss" });
    expect(site.requestsTo(a, "/no-store").map((r) => r.conditional)).toEqual([false, false]);
    await run(`${a}/nowhere`);
    await run(`${a}${ARTICLES[0]!.path}`); // no ETag, Last-Modified or max-age
    const cache = new DiskCache(dir);
    for (const path of ["/no-store", "/nowhere", ARTICLES[0]!.path, "/robots.txt"]) expect(await cache.read(`${a}${path}`)).toBeUndefined();
  });

  it("takes a damaged entry for a miss, and replaces it", async () => {
    await run(`${a}/etag`);
    const cache = new DiskCache(dir);
    const file = cache.pathOf(`${a}/etag`);
    for (const garbage of ["", "not json\nbody", '{"v":1,"url":"elsewhere","size":0,"policy":{}}\n', '{"v":1}\n']) {
      writeFileSync(file, garbage);
      expect(await run(`${a}/etag`)).toMatchObject({ ok: true, status: 200, cache: "miss" });
    }
    expect(await run(`${a}/etag`)).toMatchObject({ ok: true, cache: "revalidated" });
  });

  it("that cannot be written still serves the page", async () => {
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "");
    expect(await run(`${a}/etag`, { cacheDir: file })).toMatchObject({ ok: true, status: 200, cache: "miss" });
  });

  it("lives in the user's cache directory by default", () => {
    expect(isAbsolute(defaultCacheDir())).toBe(true);
    expect(defaultCacheDir()).toMatch(/republint/i);
  });
});
