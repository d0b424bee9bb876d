import { defineRule } from "../src/define.js";
import { hasAttribute } from "../src/page/dom.js";
import { isArticleOnHosts, isHostOnly, sameArticle } from "../src/originals/urls.js";
import { resolveHref } from "../src/page/tree.js";

export default defineRule({
  meta: {
    id: "link-to-original",
    description: "The story links to the original article on the newswire's site.",
    docs:
      "Looks for a visible link, with the article, to the original: on either of the newswire's hosts, whatever the " +
      "scheme, www., trailing slash or utm_* parameters. A link to the newswire's home page does not count. With " +
      "originals given (--original), the link must point at the matched original; without, at any article on the " +
      "newswire's hosts. DCNF's terms do not require it, so the dcnf preset makes it a warning.",
    messages: {
      missing: "No visible link to the original article{{url}}.",
      homeOnly: "The link goes to {{href}}, not to the original article{{url}}.",
    },
  },
  defaultOptions: {},
  check({ page, terms, report }) {
    const hosts = terms.publisher.hosts;
    const original = terms.original?.article.url;
    // Only links to the newswire's hosts matter; placing them in the page is the costly part.
    const onHosts = (href: string) => hosts.some((h) => href.includes(h));
    const links = page.index.named("a").filter((a) => {
      if (!hasAttribute(a, "href")) return false;
      if (!onHosts(resolveHref(a.attribs.href!, page.url))) return false;
      const zone = page.zoneOf(a);
      return (zone === "article" || zone === "page") && !page.hiddenReason(a) && !isRelatedLink(a);
    });
    const hrefs = links.map((a) => resolveHref(a.attribs.href!, page.url));
    const ok = original ? hrefs.some((h) => sameArticle(h, original, hosts)) : hrefs.some((h) => isArticleOnHosts(h, hosts));
    if (ok) return;
    const url = original ? ` (${original})` : "";
    const home = hrefs.findIndex((h) => isHostOnly(h, hosts) || (original !== undefined && isArticleOnHosts(h, hosts)));
    if (home >= 0) return report({ messageId: "homeOnly", node: links[home], attribute: "href", data: { href: hrefs[home]!, url } });
    report({ messageId: "missing", data: { url } });
  },
});

/** "(RELATED: <a>Other story</a>)": DCNF's cross-links go to other articles, never the original. */
function isRelatedLink(a: { prev: unknown }): boolean {
  const prev = a.prev as { type?: string; data?: string } | null;
  return prev?.type === "text" && /\(RELATED:\s*$/i.test(prev.data ?? "");
}

