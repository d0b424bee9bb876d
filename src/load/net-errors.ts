/**
 * A failed fetch as one readable line. Node's fetch (undici) throws `TypeError: fetch failed`
 * and keeps the real reason (a system error code, a socket error) in `cause`.
 */
import { formatSeconds } from "./limits.js";

interface ErrorDetails {
  message?: string;
  code?: string;
  address?: string;
  port?: number;
  hostname?: string;
  socket?: { remoteAddress?: string; remotePort?: number };
}

/** Connections that failed before anything was sent, with what each code means in words. */
const CONNECT_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  EHOSTDOWN: "host is down",
  ENETDOWN: "network is down",
  EADDRNOTAVAIL: "address not available",
};
const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NONAME", "ENODATA"]);
const CONNECT_TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "ETIMEDOUT"]);
const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

/**
 * Describe why fetching `url` failed, naming the host and the system error code.
 * `connectTimeoutMs`, when known, turns undici's connect timeout into "within 10 s".
 * @example
 * describeFetchError(fetchError, new URL("http://127.0.0.1:9/"))
 * // "could not connect to 127.0.0.1:9: connection refused (ECONNREFUSED)"
 */
export function describeFetchError(err: unknown, url: URL, connectTimeoutMs?: number): string {
  const cause = rootCause(err);
  const code = cause.code;
  const where = describeAddress(cause, url);
  // fetch refuses ports browsers block (1, 9, 25, 6000, ...) before connecting.
  if (cause.message === "bad port") return `port ${url.port} is one that fetch refuses to connect to (a blocked port)`;
  if (code && Object.hasOwn(CONNECT_CODES, code)) return `could not connect to ${where}: ${CONNECT_CODES[code]} (${code})`;
  if (code && DNS_CODES.has(code)) return `could not resolve host ${cause.hostname ?? url.hostname} (${code})`;
  switch (code) {
    case "ECONNRESET":
      return `connection reset by ${where} (ECONNRESET)`;
    case "EPIPE":
    case "UND_ERR_SOCKET":
      return `connection closed by ${where} before the response was complete`;
    case "UND_ERR_CONNECT_TIMEOUT":
      if (connectTimeoutMs !== undefined) return `could not connect to ${where} within ${formatSeconds(connectTimeoutMs)}`;
      return `could not connect to ${where} (connection timed out)`;
    case "ETIMEDOUT":
      return `could not connect to ${where} (connection timed out)`;
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
      return `${where} stopped responding (${code})`;
  }
  const message = firstLine(cause.message ?? "unknown error");
  if (code && TLS_CODE.test(code)) return `TLS error: ${message} (${code})`;
  if (message === "redirect count exceeded") return "too many redirects";
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

/**
 * Whether the failure means the server could not be reached at all (no connection, no DNS
 * answer, a connect timeout, a TLS handshake refused): every URL of that host would fail the
 * same way, so a caller may report the cause rather than the request that met it first.
 * @example isUnreachableError(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } })) // true
 */
export function isUnreachableError(err: unknown): boolean {
  const { code, message } = rootCause(err);
  if (message === "bad port") return true;
  if (!code) return false;
  return Object.hasOwn(CONNECT_CODES, code) || DNS_CODES.has(code) || CONNECT_TIMEOUT_CODES.has(code) || TLS_CODE.test(code);
}

/**
 * Whether a failure came from decompressing the body (zlib's `Z_…` codes, brotli's `ERR_…` ones)
 * rather than from the network; what went wrong, in words, when it did.
 * @example decompressionProblem(new TypeError("terminated", { cause: { code: "Z_DATA_ERROR" } })) // "corrupt data"
 */
export function decompressionProblem(err: unknown): string | undefined {
  const { code, message = "" } = rootCause(err);
  if (code === "Z_BUF_ERROR" || /unexpected end of file/i.test(message)) return "the data is cut short";
  if ((code && /^(Z_|ERR__ERROR_|ERR_BROTLI|ERR_ZSTD)/.test(code)) || /^Decompression failed$/i.test(message)) return "corrupt data";
  return undefined;
}

/**
 * The system or undici error code behind a failed fetch, if any.
 * @example fetchErrorCode(new TypeError("fetch failed", { cause: { code: "ECONNRESET" } })) // "ECONNRESET"
 */
export function fetchErrorCode(err: unknown): string | undefined {
  return rootCause(err).code;
}

/**
 * The message of the innermost error behind a failed fetch.
 * @example fetchErrorMessage(new TypeError("fetch failed", { cause: new Error("socket hang up") })) // "socket hang up"
 */
export function fetchErrorMessage(err: unknown): string | undefined {
  return rootCause(err).message;
}

/** The innermost error that says something: follow `cause`, and the first of an AggregateError. */
function rootCause(err: unknown): ErrorDetails {
  let current = asDetails(err);
  for (let depth = 0; depth < 10; depth++) {
    const raw = current as { cause?: unknown; errors?: unknown[] };
    // Happy Eyeballs (several addresses tried) reports an AggregateError; its parts have the code.
    const next = raw.cause ?? (!current.code && Array.isArray(raw.errors) ? raw.errors[0] : undefined);
    if (next === undefined || next === null || typeof next !== "object") break;
    current = asDetails(next);
  }
  return current;
}

function asDetails(err: unknown): ErrorDetails {
  if (err && typeof err === "object") return err as ErrorDetails;
  return { message: String(err) };
}

/** `address:port` from the error when the socket got that far, else from the URL. */
function describeAddress(cause: ErrorDetails, url: URL): string {
  const address = cause.address ?? cause.socket?.remoteAddress;
  const port = cause.port ?? cause.socket?.remotePort;
  if (address && port) return address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`;
  const defaultPort = url.protocol === "https:" ? "443" : "80";
  return `${url.hostname}:${url.port || defaultPort}`;
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0]!;
}
