/** Finding the newswire's name in text, and telling it apart from look-alike organisations. */
import type { Publisher } from "../types.js";
import { escapeRegExp, needleOf, normalizeText } from "./text.js";

export interface PublisherMatchers {
  /** The newswire itself: its name or an alias, as whole words. */
  publisher: RegExp;
  /** A different organisation with a confusable name, not followed by the rest of the real one. */
  lookAlike: RegExp;
  /** The newswire's own licensing paragraph ("All content created by ..."), never an affiliation. */
  licensing: RegExp;
  /** Words one of which every text `publisher` matches contains (see Page.findNormalizedText), or undefined. */
  needles: string[] | undefined;
}

const cache = new WeakMap<Publisher, PublisherMatchers>();

/**
 * Regexes over {@link normalizeText}ed text for a publisher.
 * @example publisherMatchers(dcnf).publisher.test("laila montgomery | dcnf") // true
 */
export function publisherMatchers(publisher: Publisher): PublisherMatchers {
  const cached = cache.get(publisher);
  if (cached) return cached;
  const words = (name: string) => normalizeText(name).split(" ").map(escapeRegExp).join("[\\s.-]*");
  const names = [publisher.name, ...publisher.aliases].map(words);
  const full = words(publisher.name);
  const publisherRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "u");
  // "Daily Caller" counts as the look-alike only where it does not go on as "Daily Caller News Foundation".
  const fullTokens = normalizeText(publisher.name).split(" ");
  const lookAlikes = publisher.notTheSame.map((other) => {
    const tokens = normalizeText(other).replace(/^the /, "").split(" ");
    const prefix = tokens.every((t, i) => fullTokens[i] === t);
    const rest = prefix ? fullTokens.slice(tokens.length).map(escapeRegExp).join("[\\s.-]*") : "";
    return `${tokens.map(escapeRegExp).join("[\\s.-]*")}(?![\\p{L}\\p{N}])${rest ? `(?![\\s.-]*${rest})` : ""}`;
  });
  const lookAlike = lookAlikes.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${lookAlikes.join("|")})`, "u") : /(?!)/;
  const licensing = new RegExp(
    `(content created by (the )?${full}|republished articles must include|is available without charge|partnering with us, please contact|licensing@)`,
  );
  const needles = [publisher.name, ...publisher.aliases].map((name) => needleOf(normalizeText(name).split(" ")[0] ?? ""));
  const matchers = { publisher: publisherRe, lookAlike, licensing, needles: needles.every((n) => n !== null) ? (needles as string[]) : undefined };
  cache.set(publisher, matchers);
  return matchers;
}
