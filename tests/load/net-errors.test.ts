import { describe, expect, it } from "vitest";
import { decompressionProblem, describeFetchError, isUnreachableError } from "../../src/load/net-errors.js";

/** Shaped like undici's: `TypeError: fetch failed` with the system error as `cause`. */
const fetchFailed = (cause: object): TypeError => new TypeError("fetch failed", { cause });
const sysError = (message: string, fields: object): Error => Object.assign(new Error(message), fields);
const url = new URL("https://news.example/story");

describe("describeFetchError", () => {
  it("names the host that does not resolve", () => {
    const err = fetchFailed(sysError("getaddrinfo ENOTFOUND news.example", { code: "ENOTFOUND", hostname: "news.example" }));
    expect(describeFetchError(err, url)).toBe("could not resolve host news.example (ENOTFOUND)");
  });

  it("digs the code out of an AggregateError (several addresses tried)", () => {
    const refused = (address: string): Error =>
      sysError(`connect ECONNREFUSED ${address}:443`, { code: "ECONNREFUSED", address, port: 443 });
    const err = fetchFailed(new AggregateError([refused("::1"), refused("127.0.0.1")], "connect failed"));
    expect(describeFetchError(err, url)).toBe("could not connect to [::1]:443: connection refused (ECONNREFUSED)");
  });

  it("says in words why a connection failed", () => {
    const err = (code: string) => fetchFailed(sysError(`connect ${code} 10.0.0.1:443`, { code, address: "10.0.0.1", port: 443 }));
    expect(describeFetchError(err("ECONNREFUSED"), url)).toBe("could not connect to 10.0.0.1:443: connection refused (ECONNREFUSED)");
    expect(describeFetchError(err("EHOSTUNREACH"), url)).toBe("could not connect to 10.0.0.1:443: host unreachable (EHOSTUNREACH)");
  });

  it("uses the URL's host and default port when the error has no address", () => {
    const err = fetchFailed(sysError("connect ETIMEDOUT", { code: "ETIMEDOUT" }));
    expect(describeFetchError(err, url)).toBe("could not connect to news.example:443 (connection timed out)");
  });

  it("says how long a connect timeout waited, when it knows", () => {
    const err = fetchFailed(sysError("Connect Timeout Error", { code: "UND_ERR_CONNECT_TIMEOUT" }));
    expect(describeFetchError(err, url, 10_000)).toBe("could not connect to news.example:443 within 10 s");
    expect(describeFetchError(err, url)).toBe("could not connect to news.example:443 (connection timed out)");
  });

    it("reports TLS problems with their code", () => {
    const err = fetchFailed(sysError("certificate has expired", { code: "CERT_HAS_EXPIRED" }));
    expect(describeFetchError(err, url)).toBe("TLS error: certificate has expired (CERT_HAS_EXPIRED)");
  });

  it("falls back to the innermost message, on one line", () => {
    expect(describeFetchError(fetchFailed(new Error("something odd\n  at somewhere")), url)).toBe("something odd");
    expect(describeFetchError(new TypeError("fetch failed"), url)).toBe("fetch failed");
  });
});

describe("isUnreachableError", () => {
  it("is a failure to reach the host at all, not one during the exchange", () => {
    const err = (code: string) => fetchFailed(sysError(code, { code }));
    for (const code of ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT", "CERT_HAS_EXPIRED"]) expect([code, isUnreachableError(err(code))]).toEqual([code, true]);
    for (const code of ["ECONNRESET", "UND_ERR_SOCKET", "UND_ERR_HEADERS_TIMEOUT"]) expect([code, isUnreachableError(err(code))]).toEqual([code, false]);
    expect(isUnreachableError(new Error("boom"))).toBe(false);
  });
});

describe("decompressionProblem", () => {
  /** Shaped like undici's when the body does not decompress: `TypeError: terminated` with zlib's error as `cause`. */
  const terminated = (cause: object): TypeError => new TypeError("terminated", { cause });

  it("recognises zlib's and brotli's errors, in words", () => {
    expect(decompressionProblem(terminated(sysError("incorrect header check", { code: "Z_DATA_ERROR", errno: -3 })))).toBe("corrupt data");
    expect(decompressionProblem(terminated(sysError("Decompression failed", { code: "ERR__ERROR_FORMAT_PADDING_1" })))).toBe("corrupt data");
    expect(decompressionProblem(terminated(sysError("unexpected end of file", { code: "Z_BUF_ERROR", errno: -5 })))).toBe("the data is cut short");
  });

  it("leaves network errors alone", () => {
    expect(decompressionProblem(fetchFailed(sysError("read ECONNRESET", { code: "ECONNRESET" })))).toBeUndefined();
    expect(decompressionProblem(terminated(sysError("other side closed", { code: "UND_ERR_SOCKET" })))).toBeUndefined();
  });
});
