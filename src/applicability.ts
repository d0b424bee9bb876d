/**
 * Is this page a republication of the newswire's work at all? Asked of pages found by expanding a
 * directory or glob (a partner's built site has thousands of pages, few of them republications),
 * on the raw source, before any parsing: the newswire's name or alias, its own hosts (links, logo
 * URLs, its licensing address) anywhere in the page, visible or not.
 */
import { escapeRegExp } from "./page/text.js";
import type { Publisher } from "./types.js";

const cache = new WeakMap<Publisher, RegExp>();

function markerPattern(publisher: Publisher): RegExp {
  let pattern = cache.get(publisher);
  if (!pattern) {
    // Names may be split by white space, tags' entities or line breaks in the source.
    const names = [publisher.name, ...publisher.aliases].map((n) => n.split(/\s+/).map(escapeRegExp).join("(?:\\s|&nbsp;|&#160;)+"));
    const hosts = publisher.hosts.filter((h) => !sharedWithLookAlike(h, publisher)).map((h) => escapeRegExp(h));
    pattern = new RegExp(`(?<![a-z0-9])(?:${[...names, ...hosts].join("|")})(?![a-z0-9])`, "i");
    cache.set(publisher, pattern);
  }
  return pattern;
}

/**
 * A host that is also a look-alike organisation's own site (dailycaller.com is The Daily
 * Caller's too) is no sign of the newswire: partners link there for the other organisation.
 */
function sharedWithLookAlike(host: string, publisher: Publisher): boolean {
  const key = (text: string) => text.toLowerCase().replace(/^the\s+/, "").replace(/[^a-z0-9]/g, "");
  const hostKey = key(host.replace(/^www\./, "").replace(/\.[a-z.]+$/, ""));
  return publisher.notTheSame.some((name) => key(name) === hostKey);
}

/**
 * Whether the page mentions the newswire in any way: cheap enough to run on every page of a site.
 * @example mentionsPublisher("<p>By A, DCNF</p>", dcnf.publisher) // true
 */
export function mentionsPublisher(source: string, publisher: Publisher): boolean {
  return markerPattern(publisher).test(source);
}
