import { describe, expect, it } from "vitest";
import { describeFetchError } from "../../src/load/net-errors.js";

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
    expect(describeFetchError(err, url)).toBe("could not connect to [::1]:443 (ECONNREFUSED)");
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
