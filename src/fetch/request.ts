/**
 * One HTTP exchange: a single GET, no redirects followed, no retries, the body read within the
 * time and size limits. Everything around it (queues, robots.txt, cache, redirects, retries)
 * is the client's.
 */
import { Agent, fetch as undiciFetch } from "undici";
import { formatBytes, formatSeconds } from "../load/limits.js";
import { decompressionProblem, describeFetchError, fetchErrorCode, fetchErrorMessage, isUnreachableError } from "../load/net-errors.js";
import { readCapped } from "../load/read.js";
import { isTransientError } from "./retry.js";

/** What the exchange needs of a fetch Response (undici's and the global one both fit). */
interface ResponseLike {
  status: number;
  statusText: string;
  headers: { forEach(callback: (value: string, name: string) => void): void };
  body: (AsyncIterable<Uint8Array> & { cancel(reason?: unknown): Promise<void> }) | null;
}

type FetchFn = (url: string, init: { method: "GET"; headers: Record<string, string>; redirect: "manual"; signal: AbortSignal }) => Promise<ResponseLike>;

/** The fetch function requests go through, and its connection pool. */
export interface Transport {
  fetch: FetchFn;
  close(): Promise<void>;
}

/** A response as received; `bytes` is empty for redirects, 304s and statuses worth a retry. */
export interface WireResponse {
  status: number;
  statusText: string;
  /** Names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>;
  bytes: Uint8Array;
}

/**
 * A failure says whether another try may cure it (`transient`), and whether the server could
 * not be reached at all (`unreachable`: every URL of the host would fail the same way).
 */
export type ExchangeResult = { ok: true; response: WireResponse } | { ok: false; error: string; transient: boolean; unreachable?: boolean };

export interface ExchangeLimits {
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
}

/**
 * undici's fetch over a pool with a connect timeout, or an injected fetch (tests). undici's
 * fetch keeps no cookies and decompresses gzip, deflate and brotli bodies itself.
 */
export function createTransport(connectTimeoutMs: number, injected?: typeof globalThis.fetch): Transport {
  if (injected) return { fetch: injected as unknown as FetchFn, close: async () => {} };
  const agent = new Agent({ connect: { timeout: connectTimeoutMs } });
  return {
    fetch: (url, init) => undiciFetch(url, { ...init, dispatcher: agent }) as Promise<ResponseLike>,
    close: () => agent.close(),
  };
}

/**
 * GET `url` once. The whole exchange, body included, must end within `timeoutMs`: the timer
 * races the fetch (rather than trusting the abort signal alone) so that even an injected fetch
 * that ignores the signal is bounded. Never throws.
 */
export async function exchange(transport: Transport, url: URL, headers: Record<string, string>, limits: ExchangeLimits): Promise<ExchangeResult> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<ExchangeResult>((resolve) => {
    timer = setTimeout(() => {
      resolve({ ok: false, error: `timed out after ${formatSeconds(limits.timeoutMs)}`, transient: false });
      controller.abort(new Error("timeout"));
    }, limits.timeoutMs);
  });
  try {
    return await Promise.race([receive(transport, url, headers, limits, controller.signal), timedOut]);
  } catch (err) {
    const failure: ExchangeResult = { ok: false, error: describeFetchError(err, url, limits.connectTimeoutMs), transient: isTransientError(fetchErrorCode(err), fetchErrorMessage(err)) };
    return isUnreachableError(err) ? { ...failure, unreachable: true } : failure;
  } finally {
    clearTimeout(timer);
    // Releases the connection if a body was left unread (a redirect, a 5xx, a cut-off body).
    controller.abort();
  }
}

async function receive(transport: Transport, url: URL, headers: Record<string, string>, limits: ExchangeLimits, signal: AbortSignal): Promise<ExchangeResult> {
  const response = await transport.fetch(url.href, { method: "GET", headers, redirect: "manual", signal });
  const received = headerRecord(response);
  const wire = (bytes: Uint8Array): ExchangeResult => ({ ok: true, response: { status: response.status, statusText: response.statusText, headers: received, bytes } });
  if (!wantsBody(response.status)) {
    await response.body?.cancel().catch(() => {});
    return wire(new Uint8Array());
  }
  // Known too big up front (only when not compressed: the length is then the decoded size).
  const length = Number(received["content-length"]);
  if (received["content-encoding"] === undefined && length > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, error: `response is too large (${formatBytes(length)}, limit ${formatBytes(limits.maxBytes)})`, transient: false };
  }
  const bytes = response.body ? await readBody(response.body, limits.maxBytes, received["content-encoding"]) : new Uint8Array();
  if (typeof bytes === "string") return { ok: false, error: bytes, transient: false };
  if (!bytes) return { ok: false, error: `response is too large (over the limit of ${formatBytes(limits.maxBytes)})`, transient: false };
  return wire(bytes);
}

/**
 * The body, at most `maxBytes` (undefined past it). The transport decompresses it as it comes;
 * data that does not decompress is one line naming the encoding, not zlib's own words
 * ("incorrect header check (Z_DATA_ERROR)"). Network errors are thrown on.
 */
async function readBody(body: NonNullable<ResponseLike["body"]>, maxBytes: number, encoding: string | undefined): Promise<Uint8Array | undefined | string> {
  try {
    return await readCapped(body, maxBytes);
  } catch (err) {
    const problem = encoding === undefined ? undefined : decompressionProblem(err);
    if (problem === undefined) throw err;
    return `response body could not be decompressed (Content-Encoding: ${encoding}): ${problem}`;
  }
}

/** Bodies worth reading: successes and client errors (a 404 page). Redirects and statuses that will be retried are skipped. */
function wantsBody(status: number): boolean {
  return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 429);
}

function headerRecord(response: ResponseLike): Record<string, string> {
  const record: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    const key = name.toLowerCase();
    record[key] = record[key] === undefined ? value : `${record[key]}, ${value}`;
  });
  return record;
}
