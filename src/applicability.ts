/**
 * Is this page a republication of the newswire's work at all? Asked of pages found by expanding a
 * directory or glob (a partner's built site has thousands of pages, few of them republications),
 * on the raw source, before any parsing: the newswire's name or alias, its own hosts (links, logo
 * URLs, its licensing address) anywhere in the page, visible or not.
 */
import { asRawText, isAscii, type RawText } from "./page/raw-text.js";
import { escapeRegExp } from "./page/text.js";
import type { Publisher } from "./types.js";

const cache = new WeakMap<Publisher, { text: RegExp; utf8: RegExp | null }>();

/** Unicode white space (what `\s` matches beyond ASCII) as UTF-8 bytes, one character per byte. */
const UTF8_SPACE = "\u00c2\u00a0|\u00e1\u009a\u0080|\u00e2\u0080[\u0080-\u008a\u00a8\u00a9\u00af]|\u00e2\u0081\u009f|\u00e3\u0080\u0080|\u00ef\u00bb\u00bf";

function markerPatterns(publisher: Publisher): { text: RegExp; utf8: RegExp | null } {
  let patterns = cache.get(publisher);
  if (!patterns) {
    const hosts = publisher.hosts.filter((h) => !sharedWithLookAlike(h, publisher)).map((h) => escapeRegExp(h));
    const names = [publisher.name, ...publisher.aliases].map((n) => n.split(/\s+/).map(escapeRegExp));
    // Names may be split by white space, tags' entities or line breaks in the source.
    const pattern = (space: string) =>
      new RegExp(`(?<![a-z0-9])(?:${[...names.map((words) => words.join(`(?:${space})+`)), ...hosts].join("|")})(?![a-z0-9])`, "i");
    // Case-insensitive matching of a name's non-ASCII letters needs them decoded.
    const ascii = [publisher.name, ...publisher.aliases, ...publisher.hosts].every(isAscii);
    patterns = { text: pattern("\\s|&nbsp;|&#160;"), utf8: ascii ? pattern(`\\s|&nbsp;|&#160;|${UTF8_SPACE}`) : null };
    cache.set(publisher, patterns);
  }
  return patterns;
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
export function mentionsPublisher(source: string | RawText, publisher: Publisher): boolean {
  const raw = asRawText(source);
  const patterns = markerPatterns(publisher);
  if (!raw.utf8) return patterns.text.test(raw.text);
  return patterns.utf8 ? patterns.utf8.test(raw.text) : patterns.text.test(Buffer.from(raw.text, "latin1").toString("utf8"));
}
