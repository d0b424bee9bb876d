/** The links of an HTML page, read with htmlparser2's streaming parser (no DOM is built). */
import { Parser } from "htmlparser2";

export interface PageLink {
  /** The href as written (entities decoded), not yet resolved. */
  href: string;
  /** `rel="nofollow"` on the link, or a `<meta name="robots">` that says nofollow for the page. */
  nofollow: boolean;
}

export interface PageLinks {
  links: PageLink[];
  /** The first `<base href>`, which relative links resolve against. */
  base?: string;
}

/**
 * The `<a href>` and `<area href>` links of a page, in document order.
 * @example pageLinks('<a href="/a" rel="nofollow">A</a>').links // [{ href: "/a", nofollow: true }]
 */
export function pageLinks(html: string): PageLinks {
  const links: PageLink[] = [];
  let base: string | undefined;
  let pageNofollow = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if ((name === "a" || name === "area") && attribs.href !== undefined) {
          links.push({ href: attribs.href.trim(), nofollow: relTokens(attribs.rel).includes("nofollow") });
        } else if (name === "base" && base === undefined && attribs.href) {
          base = attribs.href.trim();
        } else if (name === "meta" && attribs.name?.toLowerCase() === "robots" && /(^|[\s,])(nofollow|none)([\s,]|$)/i.test(attribs.content ?? "")) {
          pageNofollow = true;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { links: pageNofollow ? links.map((l) => ({ ...l, nofollow: true })) : links, ...(base ? { base } : {}) };
}

function relTokens(rel: string | undefined): string[] {
  return (rel ?? "").toLowerCase().split(/\s+/);
}
