/**
 * The polite HTTP client: robots.txt first, then the cache, then the host's queue; redirects
 * followed by hand (each hop checked against robots.txt and counted), retries with backoff.
 */
import { STATUS_CODES } from "node:http";
import type CachePolicy from "http-cache-semantics";
import { formatSeconds } from "../load/limits.js";
import { parseHttpUrl } from "../load/http-url.js";
import { DiskCache } from "./cache.js";
import { cacheRequest, conditionalHeaders, newPolicy, plainHeaders, worthStoring } from "./cache-policy.js";
import { HostLimits } from "./host-limits.js";
import { resolvePolicy, type ResolvedPolicy } from "./policy.js";
import { createTransport, exchange, type Transport, type WireResponse } from "./request.js";
import { backoffMs, isRetryableStatus, parseRetryAfter, sleep } from "./retry.js";
import { productToken, RobotsRules } from "./robots.js";
import type { CacheUse, Fetcher, FetchPolicy, FetchResult } from "./types.js";

/** Whatever the server has, unless the caller says what it prefers. */
const DEFAULT_ACCEPT = "*/*";
const ROBOTS_ACCEPT = "text/plain,*/*;q=0.1";
/** undici's fetch offers brotli only over https; the local test sites and old partners are http. */
const ACCEPT_ENCODING = "gzip, deflate, br";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A response the client settled on, before it is addressed to the URL asked for. */
type Settled = { ok: true; response: WireResponse; cache?: CacheUse } | { ok: false; error: string; status?: number; unreachable?: boolean };

/**
 * One client for a run: it holds the host queues, the robots.txt files and the cache. Close it
 * when the run is over.
 *
 * @example
 * const fetcher = createFetcher({ cacheDir: defaultCacheDir(), perHost: 2 });
 * const result = await fetcher.get("https://partner.example/story");
 * if (result.ok) console.log(result.status, result.finalUrl ?? result.url, result.cache);
 * else console.error(result.error); // e.g. "disallowed by robots.txt (https://partner.example/robots.txt)"
 * await fetcher.close();
 */
export function createFetcher(policy?: FetchPolicy): Fetcher {
  return new HttpClient(policy);
}

export class HttpClient implements Fetcher {
  readonly policy: ResolvedPolicy;
  readonly #transport: Transport;
  readonly #limits: HostLimits;
  readonly #robots: RobotsRules;
  readonly #cache: DiskCache | undefined;
  /** Each origin's robots.txt response, fetched once: for its rules, and for a caller asking for it (its `Sitemap:` lines). */
  readonly #robotsTxt = new Map<string, Promise<FetchResult>>();

  constructor(policy: FetchPolicy = {}) {
    this.policy = resolvePolicy(policy);
    this.#transport = createTransport(this.policy.connectTimeoutMs, this.policy.fetch);
    this.#limits = new HostLimits(this.policy.perHost, this.policy.concurrency);
    // robots.txt goes through the same queues, cache and retries, but is not itself checked.
    this.#robots = new RobotsRules((url) => this.#robotsFile(url.href), productToken(this.policy.userAgent));
    this.#cache = this.policy.cacheDir === false ? undefined : new DiskCache(this.policy.cacheDir);
  }

  async get(url: string, init: { accept?: string } = {}): Promise<FetchResult> {
    try {
      // robots.txt itself is always allowed (RFC 9309), and asked of the site only once a run.
      if (isRobotsFile(url)) return await this.#robotsFile(url);
      return await this.#follow(url, init.accept ?? DEFAULT_ACCEPT, this.policy.robots);
    } catch (err) {
      // Nothing below should throw; if a bug does, it stays on this URL.
      return { ok: false, url, error: `internal error: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  #robotsFile(url: string): Promise<FetchResult> {
    const key = new URL("/robots.txt", url).href;
    let response = this.#robotsTxt.get(key);
    if (!response) this.#robotsTxt.set(key, (response = this.#follow(key, ROBOTS_ACCEPT, false)));
    return response;
  }

  close(): Promise<void> {
    return this.#transport.close();
  }

  async #follow(input: string, accept: string, obeyRobots: boolean): Promise<FetchResult> {
    const parsed = parseHttpUrl(input);
    if (typeof parsed === "string") return { ok: false, url: input, error: parsed };
    const requested = withoutHash(parsed);
    const seen = new Set([requested.href]);
    const failure = (error: string, at: URL, extra: { skipped?: "robots"; status?: number; unreachable?: true } = {}): FetchResult =>
      at.href === requested.href ? { ok: false, url: requested.href, error, ...extra } : { ok: false, url: requested.href, error, finalUrl: at.href, ...extra };

    for (let current = requested, redirects = 0; ; redirects++) {
      if (obeyRobots) {
        const verdict = await this.#robots.check(current);
        if (!verdict.allowed) return failure(verdict.error, current, verdict.skipped ? { skipped: verdict.skipped } : verdict.unreachable ? { unreachable: true } : {});
      }
      const settled = await this.#fetchCached(current, this.#headers(current, requested, accept));
      if (!settled.ok) return failure(settled.error, current, settled.status !== undefined ? { status: settled.status } : settled.unreachable ? { unreachable: true } : {});

      const { response } = settled;
      const location = REDIRECTS.has(response.status) ? response.headers.location : undefined;
      if (location === undefined) {
        const success: FetchResult = { ok: true, url: requested.href, ...response };
        if (current.href !== requested.href) success.finalUrl = current.href;
        if (settled.cache) success.cache = settled.cache;
        return success;
      }
      const target = redirectTarget(location, current);
      if (typeof target === "string") return failure(target, current);
      if (seen.has(target.href)) return failure("redirect loop", target);
      if (redirects >= this.policy.maxRedirects) return failure(`too many redirects (more than ${this.policy.maxRedirects})`, target);
      seen.add(target.href);
      current = target;
    }
  }

  /**
   * Request headers for one hop. Custom headers (an Authorization for a staging site) go only
   * to the host (and port) the caller named, not to wherever it redirects; http to https on
   * the same host keeps them.
   */
  #headers(url: URL, requested: URL, accept: string): Record<string, string> {
    const headers: Record<string, string> = { "user-agent": this.policy.userAgent, accept, "accept-encoding": ACCEPT_ENCODING };
    if (url.host === requested.host) {
      for (const [name, value] of Object.entries(this.policy.headers)) headers[name.toLowerCase()] = value;
    }
    return headers;
  }

  /** Serve from the cache when fresh, revalidate when stale, fetch otherwise; store what is worth it. */
  async #fetchCached(url: URL, headers: Record<string, string>): Promise<Settled> {
    const cache = this.#cache;
    if (!cache) return this.#fetchWithRetries(url, headers);
    const request = cacheRequest(url.href, headers);
    const entry = await cache.read(url.href);
    if (entry?.policy.satisfiesWithoutRevalidation(request)) return fromCache(entry.policy, entry.bytes, "hit");

    const conditional = entry ? conditionalHeaders(entry.policy, request) : {};
    if (entry && Object.keys(conditional).length > 0) {
      const revalidation = cacheRequest(url.href, { ...headers, ...conditional });
      const settled = await this.#fetchWithRetries(url, revalidation.headers as Record<string, string>);
      if (!settled.ok || settled.response.status !== 304) return this.#store(cache, request, url, settled);
      const { policy, modified } = entry.policy.revalidatedPolicy(revalidation, { status: 304, headers: settled.response.headers });
      if (!modified) {
        await cache.write(url.href, { policy, bytes: entry.bytes });
        return fromCache(policy, entry.bytes, "revalidated");
      }
      // A 304 that does not match what we hold (another ETag): ask again, without conditions.
    }
    return this.#store(cache, request, url, await this.#fetchWithRetries(url, headers));
  }

  async #store(cache: DiskCache, request: CachePolicy.Request, url: URL, settled: Settled): Promise<Settled> {
    if (!settled.ok) return settled;
    const { status, headers, bytes } = settled.response;
    const policy = newPolicy(request, status, headers);
    if (worthStoring(policy, status)) await cache.write(url.href, { policy, bytes });
    return { ...settled, cache: "miss" };
  }

  /**
   * One request, retried after a transient network error, a 429 or a 5xx: after the server's
   * Retry-After when it gives one (the whole host waits, since the server asked), else after
   * an exponential backoff with full jitter.
   */
  async #fetchWithRetries(url: URL, headers: Record<string, string>): Promise<Settled> {
    const { retries, retryBaseMs, maxRetryAfterMs } = this.policy;
    for (let attempt = 1; ; attempt++) {
      const result = await this.#limits.run(url.host, () => exchange(this.#transport, url, headers, this.policy));
      const canRetry = attempt <= retries;
      const gaveUp = attempt > 1 ? ` (gave up after ${attempt} attempts)` : "";
      if (!result.ok) {
        if (!result.transient || !canRetry) return { ok: false, error: result.error + gaveUp, ...(result.unreachable ? { unreachable: true } : {}) };
        await sleep(backoffMs(attempt, retryBaseMs));
        continue;
      }
      const { status, statusText, headers: received } = result.response;
      if (!isRetryableStatus(status)) return result;
      const statusLine = `HTTP ${status} ${statusText || STATUS_CODES[status] || ""}`.trim();
      const retryAfter = parseRetryAfter(received["retry-after"]);
      if (retryAfter !== undefined && retryAfter > maxRetryAfterMs) {
        const error = `${statusLine} (asked to retry after ${formatSeconds(retryAfter)}, longer than the limit of ${formatSeconds(maxRetryAfterMs)})`;
        return { ok: false, error, status };
      }
      if (retryAfter !== undefined) this.#limits.pause(url.host, retryAfter);
      if (!canRetry) return { ok: false, error: statusLine + gaveUp, status };
      await sleep(retryAfter ?? backoffMs(attempt, retryBaseMs));
    }
  }
}

function fromCache(policy: CachePolicy, bytes: Uint8Array, cache: CacheUse): Settled {
  const status = policy.toObject().st;
  return { ok: true, response: { status, statusText: STATUS_CODES[status] ?? "", headers: plainHeaders(policy.responseHeaders()), bytes }, cache };
}

/** Where a Location header points (relative to the hop it came from), or why it cannot be followed. */
function redirectTarget(location: string, from: URL): URL | string {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return "redirected to an invalid URL";
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") return `redirected to an unsupported URL scheme "${target.protocol}"`;
  return withoutHash(target);
}

function withoutHash(url: URL): URL {
  const copy = new URL(url.href);
  copy.hash = "";
  return copy;
}

/** An origin's robots.txt (no query): the one file a site's robots rules cannot forbid. */
function isRobotsFile(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.pathname === "/robots.txt" && !parsed.search;
  } catch {
    return false;
  }
}
