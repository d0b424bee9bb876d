/**
 * A tiny Fetcher for the discovery tests, on the global fetch (which, like the real client,
 * decompresses Content-Encoding but leaves a .gz file alone). With `robots`, it reads each origin's
 * robots.txt once (robots-parser) and answers a disallowed URL with `skipped: "robots"`, as the
 * real client does. It records every URL asked for.
 */
import robotsParserModule from "robots-parser";
import type { Fetcher, FetchResult } from "../../src/fetch/types.js";

const robotsParser = robotsParserModule as unknown as (url: string, text: string) => { isDisallowed(url: string, ua?: string): boolean | undefined };

export interface TestFetcher extends Fetcher {
  /** Every URL asked for, in order (robots.txt look-ups for `robots` not included). */
  requests: string[];
}

export function testFetcher(options: { robots?: boolean } = {}): TestFetcher {
  const requests: string[] = [];
  const robotsFiles = new Map<string, Promise<(url: string) => boolean>>();
  const disallowed = (url: string): Promise<boolean> => {
    const origin = new URL(url).origin;
    if (!robotsFiles.has(origin)) {
      const robotsUrl = `${origin}/robots.txt`;
      robotsFiles.set(
        origin,
        fetch(robotsUrl)
          .then(async (res) => (res.ok ? await res.text() : ""))
          .then((text) => (u: string) => robotsParser(robotsUrl, text).isDisallowed(u, "republint") === true),
      );
    }
    return robotsFiles.get(origin)!.then((test) => test(url));
  };
  return {
    requests,
    async get(url: string, init: { accept?: string } = {}): Promise<FetchResult> {
      requests.push(url);
      try {
        if (options.robots && (await disallowed(url))) return { ok: false, url, error: "disallowed by robots.txt", skipped: "robots" };
        const res = await fetch(url, { headers: init.accept ? { accept: init.accept } : {} });
        const bytes = new Uint8Array(await res.arrayBuffer());
        const headers = Object.fromEntries([...res.headers].map(([name, value]) => [name.toLowerCase(), value]));
        return { ok: true, url, ...(res.url !== url ? { finalUrl: res.url } : {}), status: res.status, statusText: res.statusText, headers, bytes };
      } catch (err) {
        return { ok: false, url, error: (err as Error).message };
      }
    },
    async close() {},
  };
}
