/**
 * robots.txt (RFC 9309): fetched once per origin and run, through the same polite client, and
 * read for republint's product token. What an answer means, following Google's reading of the
 * RFC: a 2xx is the rules; a 4xx means there are none (everything allowed); a 429 or 5xx means
 * the site cannot say, so nothing is fetched from it this run. Only a rule that disallows a page
 * makes it `skipped` (the user asked for robots.txt to be obeyed); a robots.txt that answers
 * 429/5xx, or cannot be fetched at all (no connection, a timeout, a redirect loop), leaves the
 * site's pages unchecked, so they fail with that cause rather than being fetched behind its back.
 */
import robotsParserModule from "robots-parser";
import type { FetchResult } from "./types.js";

// robots-parser is CommonJS typed as an ES module: imported from ESM, its default is the function.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** May the page be fetched? If not, why (one line) and whether that is robots.txt's rule. */
export type RobotsVerdict = { allowed: true } | { allowed: false; error: string; skipped?: "robots"; unreachable?: boolean };

type Rules = (url: URL) => RobotsVerdict;

/**
 * The product token robots.txt groups are matched against: the User-Agent's first word,
 * without its version.
 * @example productToken("republint/0.1.0 (+https://github.com/republint/republint)") // "republint"
 */
export function productToken(userAgent: string): string {
  return userAgent.trim().split(/[\s/]/, 1)[0]!.toLowerCase();
}

/**
 * @example
 * const robots = new RobotsRules((url) => fetcher.get(url.href), "republint");
 * const verdict = await robots.check(new URL("https://example.com/private/page"));
 */
export class RobotsRules {
  readonly #byOrigin = new Map<string, Promise<Rules>>();

  constructor(
    private readonly fetchRobots: (robotsUrl: URL) => Promise<FetchResult>,
    private readonly token: string,
  ) {}

  /** Whether `url` may be fetched; the origin's robots.txt is fetched on first use. */
  async check(url: URL): Promise<RobotsVerdict> {
    let rules = this.#byOrigin.get(url.origin);
    // Kept per origin for the whole run, a failure included, so a dead site is asked once.
    if (!rules) this.#byOrigin.set(url.origin, (rules = this.#load(new URL("/robots.txt", url.origin))));
    return (await rules)(url);
  }

  async #load(robotsUrl: URL): Promise<Rules> {
    const result = await this.fetchRobots(robotsUrl);
    if (!result.ok) {
      if (result.status !== undefined) {
        // RFC 9309 §2.3.1.4: assume a complete disallow while the server errs. Not the site's
        // rule for the page, so not `skipped`: the page could not be checked.
        const error = `not fetched: ${robotsUrl.href} answered ${result.error}, which means "disallow everything" until it recovers (RFC 9309)`;
        return () => ({ allowed: false, error });
      }
      // A host that cannot be reached fails every page the same way: the cause is the news, not robots.txt.
      if (result.unreachable) return () => ({ allowed: false, error: result.error, unreachable: true });
      const error = `could not fetch ${robotsUrl.href}: ${result.error}`;
      return () => ({ allowed: false, error });
    }
    if (result.status < 200 || result.status > 299) return () => ({ allowed: true });
    const robots = robotsParser(robotsUrl.href, new TextDecoder().decode(result.bytes));
    const error = `disallowed by robots.txt (${robotsUrl.href})`;
    // isAllowed is undefined only for a URL of another origin, which never reaches these rules.
    return (url) => (robots.isAllowed(url.href, this.token) === false ? { allowed: false, error, skipped: "robots" } : { allowed: true });
  }
}
