/** Turning a response that is no use into a discovery failure with its one-line cause. */
import { STATUS_CODES } from "node:http";
import type { FetchResult, FetchSuccess } from "../fetch/types.js";
import type { DiscoveryEntry } from "./types.js";

/**
 * The failure entry for a result that failed or answered with an HTTP error, else undefined.
 * A robots.txt refusal keeps its `skipped` mark, so the report can tell it from an error.
 * @example fetchFailure(url, { ok: true, url, status: 404, statusText: "Not Found", … }) // { kind: "failure", input: url, error: "HTTP 404 Not Found" }
 */
export function fetchFailure(input: string, result: FetchResult, via?: string): Extract<DiscoveryEntry, { kind: "failure" }> | undefined {
  const where = via && via !== input ? { via } : {};
  if (!result.ok) return { kind: "failure", input, error: result.error, ...(result.skipped ? { skipped: result.skipped } : {}), ...where };
  if (result.status >= 200 && result.status < 300) return undefined;
  const text = result.statusText || STATUS_CODES[result.status] || "";
  return { kind: "failure", input, error: `HTTP ${result.status} ${text}`.trim(), ...where };
}

/** The URL a response finally came from (after redirects). */
export function finalUrl(result: FetchSuccess): string {
  return result.finalUrl ?? result.url;
}
