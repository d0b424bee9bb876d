import { describe, expect, it } from "vitest";
import { backoffMs, isRetryableStatus, isTransientError, MAX_BACKOFF_MS, parseRetryAfter } from "../../src/fetch/retry.js";
import { resolvePolicy } from "../../src/fetch/policy.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("Wed, 21 Oct 2015 07:27:00 GMT");

  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter("1")).toBe(1000);
    expect(parseRetryAfter(" 120 ")).toBe(120_000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now)).toBe(60_000);
  });

  it("takes a date in the past as now, and nonsense as nothing", () => {
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now)).toBe(0);
    for (const value of [undefined, "", "soon", "1.5", "-3", "Someday, 99 Foo"]) expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("backoffMs", () => {
  it("is full jitter under an exponential ceiling", () => {
    expect(backoffMs(1, 1000, () => 0)).toBe(0);
    expect(backoffMs(1, 1000, () => 1)).toBe(1000);
    expect(backoffMs(2, 1000, () => 1)).toBe(2000);
    expect(backoffMs(3, 1000, () => 0.5)).toBe(2000);
  });

  it("never grows past the cap", () => {
    expect(backoffMs(20, 1000, () => 1)).toBe(MAX_BACKOFF_MS);
  });
});

describe("what is retried", () => {
  it("429 and 5xx, not other statuses", () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 301, 304, 400, 403, 404, 410].some(isRetryableStatus)).toBe(false);
  });

  it("network errors (refused, reset, dropped, timed out, DNS timeout, socket hang up), not unknown hosts or TLS errors", () => {
    const transient = ["ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET", "ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "EHOSTUNREACH", "EAI_AGAIN"];
    expect(transient.filter((code) => !isTransientError(code))).toEqual([]);
    expect(isTransientError(undefined, "socket hang up")).toBe(true);
    expect(["ENOTFOUND", "CERT_HAS_EXPIRED", undefined].filter((code) => isTransientError(code))).toEqual([]);
    expect(isTransientError(undefined, "something odd")).toBe(false);
  });
});

describe("resolvePolicy", () => {
  it("fills in the defaults", () => {
    expect(resolvePolicy({ cacheDir: false })).toMatchObject({
      perHost: 2,
      concurrency: 8,
      retries: 2,
      retryBaseMs: 1000,
      maxRetryAfterMs: 60_000,
      connectTimeoutMs: 10_000,
      timeoutMs: 15_000,
      maxBytes: 10_000_000,
      maxRedirects: 5,
      robots: true,
      cacheDir: false,
      headers: {},
    });
  });

  it("keeps counts usable", () => {
    expect(resolvePolicy({ perHost: 0, concurrency: 2.7, retries: -1, timeoutMs: Number.NaN })).toMatchObject({ perHost: 1, concurrency: 2, retries: 0, timeoutMs: 15_000 });
  });
});
