import { LICENSING, STORY, wordpressPage } from "../helpers/page-builder.js";
import { ruleTester } from "../helpers/rule-tester.js";

const byline = '<span class="byline">By Laila Montgomery, Daily Caller News Foundation</span>';
const related = STORY[2]!; // ends with "(RELATED: Biden Makes Time To Rally For Ukraine After Canceling China-Focused Trip)"
const linked = related.replace(/\(RELATED: ([^)]*)\)/, '(RELATED: <a href="https://dailycaller.com/2024/09/30/biden-ukraine/">$1</a>)');
const withParagraph = (index: number, html: string) => wordpressPage({ byline, paragraphs: STORY.map((p, i) => (i === index ? html : p)).concat(LICENSING.replace("[email protected]", "licensing@dailycallernewsfoundation.org")) });
const cleanLicensing = LICENSING.replace("[email protected]", '<a href="mailto:licensing@dailycallernewsfoundation.org">licensing@dailycallernewsfoundation.org</a>');

ruleTester("copy-artifacts", {
  valid: [
    { name: "a linked RELATED marker and a real address", html: wordpressPage({ byline, paragraphs: [...STORY.slice(0, 2), linked, ...STORY.slice(3), cleanLicensing] }) },
    {
      name: "the site's own share widget (with its buttons) is not an artefact",
      html: wordpressPage({
        byline,
        paragraphs: [...STORY.slice(0, 2), linked, ...STORY.slice(3), cleanLicensing],
        bodyEnd: '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-twitter" href="#">X</a></li></ul></div>',
      }),
    },
  ],
  invalid: [
    {
      name: "the seed article as DCNF publishes it: unlinked RELATED, Cloudflare address",
      html: wordpressPage({ byline }),
      errors: [
        { messageId: "unlinkedRelated", at: "(RELATED: Biden Makes Time", message: ["lost its link"] },
        { messageId: "cloudflareEmail", at: "[email protected]" },
      ],
    },
    {
      name: "Cloudflare's obfuscated link markup",
      html: withParagraph(
        0,
        'Contact <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="5a363339">[email&#160;protected]</a> for questions.',
      ),
      errors: [
        { messageId: "cloudflareEmail", at: '<a href="/cdn-cgi/l/email-protection"' },
        { messageId: "unlinkedRelated", at: "(RELATED: Biden Makes Time" },
      ],
    },
    {
      name: "share-widget text pasted as a paragraph",
      html: wordpressPage({ byline, paragraphs: [...STORY.slice(0, 2), linked, ...STORY.slice(3), "<p>Share this: Facebook Twitter Email</p>", cleanLicensing].map((p) => p.replace(/^<p>|<\/p>$/g, "")) }),
      errors: [{ messageId: "widgetText", at: "<p>Share this: Facebook", message: ["share or republish widget"] }],
    },
  ],
});
