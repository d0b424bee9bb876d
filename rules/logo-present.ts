import { defineRule } from "../src/define.js";
import { fileName, hostOf, type PageImage } from "../src/page/images.js";
import { publisherMatchers } from "../src/page/organisations.js";
import type { Page } from "../src/page/page.js";
import { escapeRegExp, normalizeText } from "../src/page/text.js";

export interface LogoOptions {
  /** Text in alt / title / aria-label that names the newswire's logo (case and accents folded). */
  alt: string[];
  /** Substrings of the logo's file name (lower case), or `/regex/` strings matched against the URL. */
  src: string[];
  /** File-name substrings of look-alike organisations' logos. */
  notSrc: string[];
}

const TINY = 1; // px: tracking-pixel sized

export default defineRule({
  meta: {
    id: "logo-present",
    description: "The newswire's logo is visibly shown with the article.",
    docs:
      "Looks for the logo among all images with the article (img, picture sources, amp-img, inline SVG with a title, " +
      "CSS background images, lazy-load attributes and <noscript> fallbacks), recognised by alt/title text or file name. " +
      "Fails when none is there, when every copy is hidden (hidden attribute, display:none, visibility:hidden, a class hidden " +
      "by the page's own <style>, 0 or 1 px), when it is only outside the article (site header, sidebar, footer), or when " +
      "only a look-alike organisation's logo is shown.",
    messages: {
      missing: "No {{publisher}} logo is shown with the article.",
      hidden: "The {{publisher}} logo is not visible: {{why}}.",
      outsideArticle: "The {{publisher}} logo appears only outside the article ({{zone}}), not with the story.",
      wrongLogo: "The logo shown is {{label}}, not the {{publisher}} logo.",
    },
  },
  defaultOptions: { alt: [], src: [], notSrc: [] } as LogoOptions,
  check({ page, terms, options, report }) {
    const publisher = terms.publisher.name;
    const altNames = options.alt.length ? options.alt : [publisher, ...terms.publisher.aliases];
    const logoLabel = new RegExp(`(?<![\\p{L}\\p{N}])(?:${altNames.map((n) => escapeRegExp(normalizeText(n))).join("|")})(?![\\p{L}\\p{N}])`, "u");
    const isLogo = (image: PageImage) => namesLogo(image.label, logoLabel) || image.urls.some((url) => matchesSrc(url, options.src));
    const logos = page.images.filter(isLogo);
    const withArticle = logos.filter((image) => page.zoneOf(hostOf(image)) === "article");
    const visible = withArticle.filter((image) => !hiddenWhy(page, image));
    if (visible.length) return;
    if (withArticle.length) {
      const image = withArticle[0]!;
      return report({ messageId: "hidden", node: image.node, evidence: describeImage(image), data: { publisher, why: hiddenWhy(page, image)! } });
    }
    const elsewhere = logos.find((image) => !hiddenWhy(page, image));
    if (elsewhere) {
      return report({ messageId: "outsideArticle", node: elsewhere.node, evidence: describeImage(elsewhere), data: { publisher, zone: page.zoneOf(hostOf(elsewhere)).replace("-", " ") } });
    }
    const { lookAlike: lookAlikeLabel } = publisherMatchers(terms.publisher);
    const lookAlike = page.images.find(
      (image) =>
        page.zoneOf(hostOf(image)) === "article" &&
        !hiddenWhy(page, image) &&
        (namesLogo(image.label, lookAlikeLabel) || image.urls.some((url) => matchesSrc(url, options.notSrc))),
    );
    if (lookAlike) {
      const label = lookAlike.label ? `"${lookAlike.label}"` : `"${fileName(lookAlike.urls[0] ?? "")}"`;
      return report({ messageId: "wrongLogo", node: lookAlike.node, evidence: describeImage(lookAlike), data: { publisher, label } });
    }
    report({ messageId: "missing", data: { publisher } });
  },
});

/** The label names the organisation and little else: a photo caption crediting it is not its logo. */
function namesLogo(label: string, name: RegExp): boolean {
  const text = normalizeText(label);
  const found = name.exec(text);
  if (!found) return false;
  if (/\blogo\b/.test(text)) return true;
  const rest = (text.slice(0, found.index) + " " + text.slice(found.index + found[0].length))
    .replace(/\b(the|image|icon|of|a|an|official|by|from)\b/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return rest.split(" ").filter(Boolean).length <= 2;
}

function matchesSrc(url: string, patterns: string[]): boolean {
  const name = fileName(url);
  return patterns.some((pattern) => {
    const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
    return regex ? new RegExp(regex[1]!, regex[2]).test(url) : name.includes(pattern.toLowerCase());
  });
}

/** A compact description for the report: `<img alt="…" src="…/dcnf-logo.png">`. */
function describeImage(image: PageImage): string {
  const url = image.urls[0];
  const src = url ? ` ${image.urlAttributes[0]}="…/${fileName(url)}"` : "";
  return `<${image.node.name}${image.label ? ` alt="${image.label}"` : ""}${src}>`;
}

/** Hidden by CSS or markup, or rendered at tracking-pixel size. */
function hiddenWhy(page: Page, image: PageImage): string | null {
  const why = page.hiddenReason(image.noscript ? image.noscript.parent ?? image.noscript : image.node);
  if (why) return why;
  const { width, height } = image;
  if ((width !== null && width <= TINY) || (height !== null && height <= TINY)) {
    return `it is ${width ?? "?"}×${height ?? "?"} px`;
  }
  return null;
}
