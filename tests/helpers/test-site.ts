/**
 * A partner site on 127.0.0.1 for network tests: several hosts (one `node:http` server per
 * port, so each is its own host to a client), all serving the same routes: DCNF-style
 * republished articles, robots.txt, sitemaps (plain, gzipped, an index), an RSS feed, and fault
 * routes (slow, hanging, 429, 500-then-200, reset, redirect loop, endless body, wrong type,
 * gzip / brotli / deflate, windows-1252, ETag and Last-Modified with 304s). It records every
 * request and the most requests each host had in flight at once.
 *
 * @example
 * const site = await startTestSite();
 * const [a, b] = site.hosts; // "http://127.0.0.1:40123", "http://127.0.0.1:40125"
 * await fetch(`${a}/flaky`); // 500 the first time, 200 after
 * site.requestsTo(a, "/flaky").length; // 1
 * site.maxConcurrent(a); // 1
 * await site.close();
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { CLEAN_STORY } from "./page-builder.js";

/** One request as the server saw it. */
export interface RecordedRequest {
  /** The host's base URL, e.g. "http://127.0.0.1:40123". */
  host: string;
  method: string;
  /** Path and query string, e.g. "/rate-limited?after=1". */
  path: string;
  headers: IncomingHttpHeaders;
  /** It carried If-None-Match or If-Modified-Since (a cache revalidation). */
  conditional: boolean;
  /** When it arrived (epoch ms). */
  at: number;
}

/** An article every host serves at `path`, DCNF-style: headline, reporter byline, DCNF logo. */
export interface TestArticle {
  path: string;
  headline: string;
  author: string;
}

/** What a route handler gets besides the request and response. */
export interface RouteContext {
  /** The base URL of the host answering. */
  base: string;
  /** The host's place in `TestSite.hosts`. */
  hostIndex: number;
  url: URL;
  /** How many times this host has been asked for this path and query, this one included. */
  hits: number;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, context: RouteContext) => void;

export interface TestSiteOptions {
  /** How many hosts to start (default 3). */
  hosts?: number;
  /**
   * robots.txt per host index: a body (`{base}` is replaced by the host's base URL), or a
   * status to answer with (404: there is none, 503: the server cannot say). Hosts given
   * `undefined`, or past the end of the list, serve {@link ROBOTS_TXT}.
   */
  robots?: (string | number | undefined)[];
  /** How long `/slow` takes, in ms (default 100); `/slow?ms=N` overrides it per request. */
  slowMs?: number;
}

export interface TestSite {
  /** Base URLs, one per host, e.g. "http://127.0.0.1:40123" (no trailing slash). */
  hosts: string[];
  /** The articles every host serves (also listed in its sitemaps and feed). */
  articles: TestArticle[];
  /** Every request so far, in arrival order. */
  requests: RecordedRequest[];
  /** The requests one host received, for one path (with or without its query) if given. */
  requestsTo(host: string, path?: string): RecordedRequest[];
  /** The most requests in flight at once on one host, or across all hosts when none is named. */
  maxConcurrent(host?: string): number;
  /** Add or replace a route (an exact pathname) on every host; the function returned undoes it. */
  route(path: string, handler: RouteHandler): () => void;
  /** Forget the requests, the hit counters and the concurrency peaks (routes stay). */
  reset(): void;
  /** Stop every host, cutting the connections that are still open (hanging routes). */
  close(): Promise<void>;
}

/** The default robots.txt: `/private/` is off limits to every robot, `/no-republint/` to republint. */
export const ROBOTS_TXT = `User-agent: *
Disallow: /private/

User-agent: republint
Disallow: /private/
Disallow: /no-republint/

Sitemap: {base}/sitemap-index.xml
`;

export const ARTICLES: TestArticle[] = [
  { path: "/news/coast-guard-rescue/", headline: "Coast Guard Rescues Four Fishermen Off Alaska", author: "Laila Montgomery" },
  { path: "/news/border-wall-funding/", headline: "Senate Spars Over Border Funding Bill", author: "Laila Montgomery" },
  { path: "/news/school-choice-vote/", headline: "State Lawmakers Pass School Choice Expansion", author: "Laila Montgomery" },
];

/** Small but a real PNG signature, so sniffing calls it an image. */
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** Last-Modified of `/last-modified`. */
export const LAST_MODIFIED = "Mon, 06 May 2024 10:00:00 GMT";

/** `/windows-1252`'s body decoded: the bytes 0x93 0x94 are smart quotes, 0xE9 is é. */
export const WINDOWS_1252_TEXT = "\u201CCaf\u00E9 owners\u201D say";

/**
 * A republished DCNF article that meets every term: headline, "By <reporter>, Daily Caller News
 * Foundation", the DCNF logo, the seed story as a careful partner copies it (links kept, the
 * licensing paragraph, a link to the original).
 * @example articleHtml(ARTICLES[0]!, "http://127.0.0.1:40123")
 */
export function articleHtml(article: TestArticle, base: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${article.headline} – Partner News</title>
<link rel="canonical" href="${base}${article.path}"></head>
<body><header><a href="/">Partner News</a></header>
<main><article>
<h1>${article.headline}</h1>
<p class="byline">By ${article.author}, Daily Caller News Foundation</p>
<img src="/dcnf-logo.png" alt="Daily Caller News Foundation logo" width="300" height="80">
${CLEAN_STORY.map((text) => `<p>${text}</p>`).join("\n")}
</article></main>
<footer>© Partner News</footer></body></html>
`;
}

/**
 * Start the hosts; every route is served by each of them.
 * @example const site = await startTestSite({ hosts: 2, robots: [404, 503] });
 */
export async function startTestSite(options: TestSiteOptions = {}): Promise<TestSite> {
  const count = Math.max(1, options.hosts ?? 3);
  const slowMs = options.slowMs ?? 100;
  const requests: RecordedRequest[] = [];
  const hits = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const peaks = new Map<string, number>();
  let inFlightAll = 0;
  let peakAll = 0;
  const routes = new Map<string, RouteHandler>(Object.entries(defaultRoutes(slowMs)));
  routes.set("/robots.txt", (_req, res, { base, hostIndex }) => serveRobots(res, options.robots?.[hostIndex] ?? ROBOTS_TXT, base));
  const servers: Server[] = [];
  const hosts: string[] = [];

  for (let hostIndex = 0; hostIndex < count; hostIndex++) {
    const server = createServer((req, res) => {
      const base = hosts[hostIndex]!;
      const url = new URL(req.url ?? "/", base);
      const path = url.pathname + url.search;
      const conditional = req.headers["if-none-match"] !== undefined || req.headers["if-modified-since"] !== undefined;
      requests.push({ host: base, method: req.method ?? "GET", path, headers: req.headers, conditional, at: Date.now() });
      const key = `${base}${path}`;
      const hit = (hits.get(key) ?? 0) + 1;
      hits.set(key, hit);
      // In flight from arrival until the response is finished or the connection is cut.
      const now = (inFlight.get(base) ?? 0) + 1;
      inFlight.set(base, now);
      peaks.set(base, Math.max(peaks.get(base) ?? 0, now));
      peakAll = Math.max(peakAll, ++inFlightAll);
      res.once("close", () => {
        inFlight.set(base, inFlight.get(base)! - 1);
        inFlightAll--;
      });
      const context: RouteContext = { base, hostIndex, url, hits: hit };
      (routes.get(url.pathname) ?? notFound)(req, res, context);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    hosts.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }

  return {
    hosts,
    articles: ARTICLES,
    requests,
    requestsTo: (host, path) =>
      requests.filter((r) => r.host === host && (path === undefined || r.path === path || r.path.split("?")[0] === path)),
    maxConcurrent: (host) => (host === undefined ? peakAll : (peaks.get(host) ?? 0)),
    route: (path, handler) => {
      const previous = routes.get(path);
      routes.set(path, handler);
      return () => void (previous ? routes.set(path, previous) : routes.delete(path));
    },
    reset: () => {
      requests.length = 0;
      hits.clear();
      peaks.clear();
      peakAll = 0;
    },
    close: async () => {
      await Promise.all(
        servers.map((server) => {
          server.closeAllConnections();
          return new Promise((resolve) => server.close(resolve));
        }),
      );
    },
  };
}

function serveRobots(res: ServerResponse, robots: string | number, base: string): void {
  if (typeof robots === "number") return void res.writeHead(robots, { "content-type": "text/plain" }).end(`status ${robots}`);
  res.writeHead(200, { "content-type": "text/plain" }).end(robots.replaceAll("{base}", base));
}

/** An HTML response with its Content-Length (of the bytes sent: compressed, when they are). */
const html = (res: ServerResponse, body: string | Buffer, headers: Record<string, string> = {}, status = 200): void =>
  void res.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-length": String(Buffer.byteLength(body)), ...headers }).end(body);

const notFound: RouteHandler = (_req, res) => html(res, "<!doctype html><title>Not found</title><h1>Page not found</h1>", {}, 404);

const article = (index: number): RouteHandler => (_req, res, { base }) => html(res, articleHtml(ARTICLES[index]!, base));

function urlset(base: string, articles: TestArticle[]): string {
  const urls = articles.map((a) => `  <url><loc>${base}${a.path}</loc><lastmod>2024-05-06</lastmod></url>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

function defaultRoutes(slowMs: number): Record<string, RouteHandler> {
  const last = ARTICLES.length - 1;
  return {
    ...Object.fromEntries(ARTICLES.map((a, i) => [a.path, article(i)])),
    "/": (_req, res) => html(res, `<!doctype html><title>Partner News</title><ul>${ARTICLES.map((a) => `<li><a href="${a.path}">${a.headline}</a></li>`).join("")}</ul><a href="/feed.xml">Feed</a>`),
    // Pages robots.txt forbids: served like any article, so a test can tell they were never asked for.
    "/private/page": article(0),
    "/no-republint/page": article(0),
    "/dcnf-logo.png": (_req, res) => void res.writeHead(200, { "content-type": "image/png" }).end(PNG),

    // Discovery: sitemaps (the last article only in the gzipped one) and a feed.
    "/sitemap.xml": (_req, res, { base }) => void res.writeHead(200, { "content-type": "application/xml" }).end(urlset(base, ARTICLES.slice(0, last))),
    "/sitemap.xml.gz": (_req, res, { base }) => void res.writeHead(200, { "content-type": "application/gzip" }).end(gzipSync(urlset(base, ARTICLES.slice(last)))),
    "/sitemap-index.xml": (_req, res, { base }) => {
      const maps = ["/sitemap.xml", "/sitemap.xml.gz"].map((p) => `  <sitemap><loc>${base}${p}</loc></sitemap>`).join("\n");
      res.writeHead(200, { "content-type": "application/xml" }).end(`<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${maps}\n</sitemapindex>\n`);
    },
    "/feed.xml": (_req, res, { base }) => {
      const items = ARTICLES.map((a) => `<item><title>${a.headline}</title><link>${base}${a.path}</link><dc:creator>${a.author}</dc:creator><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate></item>`).join("\n");
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Partner News</title><link>${base}/</link>\n${items}\n</channel></rss>\n`);
    },

    // Slow and stuck servers.
    "/slow": (_req, res, { url, base }) => {
      const timer = setTimeout(() => html(res, articleHtml(ARTICLES[0]!, base)), Number(url.searchParams.get("ms") ?? slowMs));
      res.once("close", () => clearTimeout(timer));
    },
    "/hang": () => {}, // never answers
    "/stall": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<!doctype html><p>"); // and never finishes
    },
    "/endless": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(16_384, "a");
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
      };
      res.on("drain", pump);
      pump();
    },

    // Servers that ask to be left alone, or fail for a while. `?after=N` sets Retry-After.
    "/rate-limited": (_req, res, { hits, url, base }) => {
      if (hits === 1) return void res.writeHead(429, { "retry-after": url.searchParams.get("after") ?? "1", "content-type": "text/plain" }).end("slow down");
      html(res, articleHtml(ARTICLES[0]!, base));
    },
    "/always-429": (_req, res, { url }) => void res.writeHead(429, { "retry-after": url.searchParams.get("after") ?? "1", "content-type": "text/plain" }).end("slow down"),
    "/flaky": (_req, res, { hits, base }) => (hits === 1 ? html(res, "<p>oops</p>", {}, 500) : html(res, articleHtml(ARTICLES[0]!, base))),
    "/always-500": (_req, res) => html(res, "<p>oops</p>", {}, 500),
    "/always-503": (_req, res) => html(res, "<p>down for maintenance</p>", {}, 503),
    "/status": (_req, res, { url }) => html(res, "<p>status</p>", {}, Number(url.searchParams.get("code") ?? 200)),

    // Broken connections.
    "/reset": (req) => req.socket.resetAndDestroy(), // a TCP RST
    "/closed": (req) => req.socket.destroy(), // a FIN before any response

    // Redirects: a loop, a chain of `?n=` hops ending on the first article, and to anywhere.
    "/redirect-loop": (_req, res) => void res.writeHead(302, { location: "/redirect-loop" }).end(),
    "/redirect": (_req, res, { url }) => {
      const n = Number(url.searchParams.get("n") ?? 1);
      res.writeHead(n > 1 ? 302 : 301, { location: n > 1 ? `/redirect?n=${n - 1}` : ARTICLES[0]!.path }).end();
    },
    "/redirect-to": (_req, res, { url }) => void res.writeHead(302, { location: url.searchParams.get("url") ?? "/" }).end(),

    // Bodies that need decoding, or are not HTML at all.
    "/wrong-type": (_req, res) => void res.writeHead(200, { "content-type": "image/png" }).end(PNG),
    "/gzip": (_req, res, { base }) => html(res, gzipSync(articleHtml(ARTICLES[0]!, base)), { "content-encoding": "gzip" }),
    "/brotli": (_req, res, { base }) => html(res, brotliCompressSync(articleHtml(ARTICLES[0]!, base)), { "content-encoding": "br" }),
    "/deflate": (_req, res, { base }) => html(res, deflateSync(articleHtml(ARTICLES[0]!, base)), { "content-encoding": "deflate" }),
    "/windows-1252": (_req, res) => {
      const body = Buffer.concat([
        Buffer.from("<!doctype html><title>Cafes</title><p>"),
        Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x77, 0x6e, 0x65, 0x72, 0x73, 0x94, 0x20, 0x73, 0x61, 0x79]),
        Buffer.from("</p>"),
      ]);
      res.writeHead(200, { "content-type": "text/html; charset=windows-1252" }).end(body);
    },

    // Caching: validators answered with 304, a fresh-for-an-hour page, one that must not be stored.
    "/etag": (req, res, { base }) => {
      const etag = '"v1"';
      if (req.headers["if-none-match"]?.split(/\s*,\s*/).includes(etag)) return void res.writeHead(304, { etag, "cache-control": "no-cache" }).end();
      html(res, articleHtml(ARTICLES[0]!, base), { etag, "cache-control": "no-cache" });
    },
    "/last-modified": (req, res, { base }) => {
      const since = Date.parse(req.headers["if-modified-since"] ?? "");
      if (since >= Date.parse(LAST_MODIFIED)) return void res.writeHead(304, { "last-modified": LAST_MODIFIED }).end();
      html(res, articleHtml(ARTICLES[1]!, base), { "last-modified": LAST_MODIFIED });
    },
    "/max-age": (_req, res, { base }) => html(res, articleHtml(ARTICLES[2]!, base), { "cache-control": "max-age=3600" }),
    "/no-store": (_req, res, { base }) => html(res, articleHtml(ARTICLES[0]!, base), { etag: '"v1"', "cache-control": "no-store" }),

    // A server that hands out a cookie (the client must never send it back).
    "/set-cookie": (_req, res, { base }) => html(res, articleHtml(ARTICLES[0]!, base), { "set-cookie": "session=abc123; Path=/" }),
  };
}
