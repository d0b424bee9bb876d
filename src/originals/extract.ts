/**
 * Read a newswire original from its own page: headline, reporters, date, canonical URL, story
 * paragraphs and links. DCNF pages show "Name//Daily Caller News Foundation" under the headline
 * with the logo below it and end with the licensing paragraph; the byline line itself is not a
 * story paragraph.
 */
import type { Page } from "../page/page.js";
import { namesPerson } from "../page/names.js";
import { collapseSpace } from "../page/text.js";
import { isAncestor, resolveHref } from "../page/tree.js";
import type { OriginalArticle } from "../types.js";

/**
 * @example extractOriginal(new Page({ source, url })).authors // ["Laila Montgomery"]
 */
export function extractOriginal(page: Page): OriginalArticle | null {
  const article = page.article;
  if (!article.found) return null;
  const meta = page.metadata;
  const url = resolveHref(meta.canonical ?? meta.meta.get("og:url") ?? page.url ?? "", page.url);
  const headline = collapseSpace(article.region.headline ? page.$(article.region.headline).text() : (meta.meta.get("og:title") ?? page.$("title").text()));
  // The story is the text container's own paragraphs: not the section label above the
  // headline, the byline line, author boxes or "Republish our work" blocks around it.
  const body = article.region.body;
  const bylineNodes = page.bylines.map((b) => b.node);
  const people = page.bylines
    .filter((b) => b.zone === "article" && b.kind === "byline" && b.text)
    .flatMap((b) => b.credits.filter((c) => c.kind === "person").map((c) => c.text));
  // The visible byline first; JSON-LD only when the page shows none.
  const authors = dedupe(people.length ? people : meta.authorNames);
  const paragraphs = page.paragraphs
    .filter((p) => isAncestor(body, p.node) && !bylineNodes.some((b) => p.node === b || isAncestor(b, p.node)) && !authors.some((a) => p.text.length < 120 && namesPerson(p.text, a) && p.text.includes("//")))
    .map((p) => p.text);
  const links = page.$(article.region.body)
    .find("a[href]")
    .toArray()
    .map((a) => resolveHref((a as { attribs: Record<string, string> }).attribs.href ?? "", url))
    .filter((href) => /^https?:/.test(href));
  const linkedRelated = page.paragraphs
    .filter((p) => isAncestor(body, p.node) && /\(RELATED:/i.test(p.text))
    .flatMap((p) => page.$(p.node).find("a[href]").toArray().map((a) => collapseSpace(page.$(a).text())))
    .filter(Boolean);
  const date = meta.meta.get("article:published_time") ?? jsonLdDate(page) ?? page.$("time[datetime]").first().attr("datetime") ?? null;
  return { url, headline, authors, datePublished: date, paragraphs, links: dedupe(links), linkedRelated };
}

function jsonLdDate(page: Page): string | undefined {
  for (const node of page.metadata.jsonLd) if (typeof node.datePublished === "string") return node.datePublished;
  return undefined;
}

function dedupe(items: string[]): string[] {
  return [...new Set(items.map((i) => i.trim()).filter(Boolean))];
}
