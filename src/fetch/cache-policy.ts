/**
 * What the cache keeps and when a stored response may be used, by HTTP's caching rules
 * (RFC 9111, through http-cache-semantics) with two choices of ours: the cache is private to
 * the user (`Cache-Control: private` is fine, `no-store` is not), and there is no heuristic
 * freshness, so a page without `max-age` or `Expires` is always revalidated: a compliance
 * check must see the page as it is now, and a 304 costs the site next to nothing.
 */
import CachePolicy from "http-cache-semantics";

const OPTIONS: CachePolicy.Options = { shared: false, cacheHeuristic: 0 };

/** The request as the cache sees it. */
export function cacheRequest(url: string, headers: Record<string, string>): CachePolicy.Request {
  return { url, method: "GET", headers };
}

/** The policy for a response just received. */
export function newPolicy(request: CachePolicy.Request, status: number, headers: Record<string, string>): CachePolicy {
  return new CachePolicy(request, { status, headers }, OPTIONS);
}

/**
 * Worth a file: a 200 that HTTP allows storing and that either stays fresh for a while or can
 * be revalidated cheaply (an ETag or Last-Modified). Anything else would be written and never
 * used.
 */
export function worthStoring(policy: CachePolicy, status: number): boolean {
  if (status !== 200 || !policy.storable()) return false;
  const headers = policy.responseHeaders();
  return policy.timeToLive() > 0 || headers.etag !== undefined || headers["last-modified"] !== undefined;
}

/** Only the conditional headers (If-None-Match, If-Modified-Since) of a revalidation request. */
export function conditionalHeaders(policy: CachePolicy, request: CachePolicy.Request): Record<string, string> {
  const all = policy.revalidationHeaders(request);
  const conditional: Record<string, string> = {};
  for (const name of ["if-none-match", "if-modified-since"]) {
    const value = all[name];
    if (typeof value === "string") conditional[name] = value;
  }
  return conditional;
}

/** Headers as a plain record of strings (http-cache-semantics may hold arrays, e.g. Set-Cookie). */
export function plainHeaders(headers: CachePolicy.Headers): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) plain[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return plain;
}
