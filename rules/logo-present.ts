import { defineRule } from "../src/define.js";
import { fileName, hostOf, type PageImage } from "../src/page/images.js";
import { describeImage, imageHiddenReason, matchesFileName, namesLogo } from "../src/page/logos.js";
import { publisherMatchers } from "../src/page/organisations.js";
import { escapeRegExp, normalizeText } from "../src/page/text.js";

export interface LogoOptions {
  /** Text in alt / title / aria-label that names the newswire's logo (case and accents folded). */
  alt: string[];
  /** Substrings of the logo's file name (lower case), or `/regex/` strings matched against the URL. */
  src: string[];
  /** File-name substrings of look-alike organisations' logos. */
  notSrc: string[];
}

export default defineRule({
  meta: {
    id: "logo-present",
    description: "The newswire's logo is visibly shown with the article.",
    docs:
      "Looks for the logo among all images with the article (img, picture sources, amp-img, inline SVG with a title or a sprite <use href=\"#…-logo\">, " +
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
    const logoFile = (image: PageImage) => image.urls.some((url) => matchesFileName(url, options.src));
    // A look-alike's logo file is that organisation's logo, whatever its alt text claims.
    const lookAlikeFile = (image: PageImage) => !logoFile(image) && image.urls.some((url) => matchesFileName(url, options.notSrc));
    const isLogo = (image: PageImage) => (logoFile(image) || namesLogo(image.label, logoLabel)) && !lookAlikeFile(image);
    const logos = page.images.filter(isLogo);
    const withArticle = logos.filter((image) => page.zoneOf(hostOf(image)) === "article");
    const visible = withArticle.filter((image) => !imageHiddenReason(page, image));
    if (visible.length) return;
    if (withArticle.length) {
      const image = withArticle[0]!;
      return report({ messageId: "hidden", node: image.node, evidence: describeImage(image), data: { publisher, why: imageHiddenReason(page, image)! } });
    }
    const elsewhere = logos.find((image) => !imageHiddenReason(page, image));
    if (elsewhere) {
      return report({ messageId: "outsideArticle", node: elsewhere.node, evidence: describeImage(elsewhere), data: { publisher, zone: page.zoneOf(hostOf(elsewhere)).replace("-", " ") } });
    }
    const { lookAlike: lookAlikeLabel } = publisherMatchers(terms.publisher);
    const lookAlike = page.images.find(
      (image) =>
        page.zoneOf(hostOf(image)) === "article" &&
        !imageHiddenReason(page, image) &&
        (namesLogo(image.label, lookAlikeLabel) || lookAlikeFile(image)),
    );
    if (lookAlike) {
      // Name it as it names itself, unless its alt text claims to be the publisher's.
      const file = lookAlike.urls.find((url) => matchesFileName(url, options.notSrc)) ?? lookAlike.urls[0] ?? "";
      const label = namesLogo(lookAlike.label, lookAlikeLabel) ? `"${lookAlike.label}"` : `"${fileName(file)}"`;
      return report({ messageId: "wrongLogo", node: lookAlike.node, evidence: describeImage(lookAlike), data: { publisher, label } });
    }
    report({ messageId: "missing", data: { publisher } });
  },
});
