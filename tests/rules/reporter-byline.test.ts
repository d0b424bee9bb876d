import { drupalSubmitted } from "../helpers/example-pages.js";
import { DCNF_LOGO, STORY, STORY_TOP_BLOCKS, LICENSING, wordpressPage } from "../helpers/page-builder.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** WordPress's meta line with the theme's date link, as plain text after it: no author link. */
const postedOnPlain = (after: string) =>
  `Posted on <a href="/2024/10/25/us-builds-asian-intelligence-network/" rel="bookmark"><time class="entry-date published" datetime="2024-10-25T09:12:00-05:00">October 25, 2024</time></a> by ${after}`;

const wpByline = (inner: string) => `<span class="byline">${inner}</span>`;
const laila = ["Laila Montgomery"];

ruleTester("reporter-byline", {
  valid: [
    { name: "WordPress byline with author vcard", authors: laila, html: wordpressPage({ byline: wpByline('By <span class="author vcard"><a class="url fn n" href="/author/laila-montgomery/">Laila Montgomery</a></span>, Daily Caller News Foundation') }) },
    { name: "DCNF's own form Name//Daily Caller News Foundation", authors: laila, html: wordpressPage({ byline: wpByline("Laila Montgomery//Daily Caller News Foundation") }) },
    { name: "\"By\" line pasted as the first paragraph of the story", authors: laila, html: wordpressPage({ bodyTop: "<p><strong>By Laila Montgomery, Daily Caller News Foundation</strong></p>" }) },
    { name: "case, accents and entities folded", authors: ["José Ramírez-Ortiz"], html: wordpressPage({ byline: wpByline("BY JOS&Eacute; RAM&#205;REZ-ORTIZ | DCNF") }) },
    { name: "apostrophe as a typographic entity", authors: ["Seán O'Connell"], html: wordpressPage({ byline: wpByline("By Se&aacute;n O&#8217;Connell, Daily Caller News Foundation") }) },
    { name: "dropped middle initial", authors: ["Maya R. Collins"], html: wordpressPage({ byline: wpByline("By Maya Collins, DCNF") }) },
    { name: "added middle initial", authors: ["Maya Collins"], html: wordpressPage({ byline: wpByline("By Maya R. Collins, DCNF") }) },
    { name: "two authors", authors: ["Laila Montgomery", "Owen Hartley"], html: wordpressPage({ byline: wpByline("By Laila Montgomery and Owen Hartley, Daily Caller News Foundation") }) },
    { name: "three authors", authors: ["Laila Montgomery", "Owen Hartley", "Priya Nair"], html: wordpressPage({ byline: wpByline("By Laila Montgomery, Owen Hartley &amp; Priya Nair, Daily Caller News Foundation") }) },
    { name: "no expected author: a personal byline exists", html: wordpressPage({ byline: wpByline("By Laila Montgomery, Daily Caller News Foundation") }) },
    { name: "\"By:\" with a colon, pasted at the top of the story", authors: laila, html: wordpressPage({ bodyTop: "<p><strong>By:</strong> Laila Montgomery, DCNF</p>" }) },
    { name: "WordPress meta line in plain text: \"Posted on <date> by Name | DCNF\"", authors: laila, html: wordpressPage({ entryMeta: postedOnPlain("Laila Montgomery | Daily Caller News Foundation") }) },
    { name: "Drupal 7 \"Submitted by Name on <date>\"", authors: laila, html: drupalSubmitted },
    { name: "no expected author: Drupal's \"Submitted by\" credits a person", html: drupalSubmitted },
    {
      name: "DCNF's \"By\" line at the top of the story, after an ad slot, a photo, share buttons and the logo",
      authors: laila,
      html: wordpressPage({ bodyTop: `${STORY_TOP_BLOCKS}<p><em>By Laila Montgomery, Daily Caller News Foundation</em></p>` }),
    },
    { name: "soft hyphens from a hyphenation plugin inside the name", authors: laila, html: wordpressPage({ byline: wpByline("By Laila Mont&shy;gom&shy;ery, Daily Caller News Foun&shy;da&shy;tion") }) },
    { name: "zero-width characters pasted inside the name", authors: laila, html: wordpressPage({ byline: wpByline("By La&#8203;ila Mont&#x2060;gomery&#xFEFF;, DCNF") }) },
  ],
  invalid: [
    {
      name: "By The Daily Caller",
      authors: laila,
      html: wordpressPage({ byline: '<span class="byline">By <a href="/author/dailycaller/" rel="author">The Daily Caller</a></span>', bodyTop: DCNF_LOGO }),
      errors: [{ messageId: "wrongCredit", at: '<span class="byline">By <a href="/author/dailycaller/"', message: ['"The Daily Caller"', "Laila Montgomery"] }],
    },
    {
      name: "partner staff as the byline",
      authors: laila,
      html: wordpressPage({ byline: wpByline('By <a href="/author/staff/">Prairie Post Staff</a>') }),
      errors: [{ messageId: "wrongCredit", at: '<span class="byline">By <a href="/author/staff/">', message: ["Prairie Post Staff"] }],
    },
    {
      name: "name only in the story text",
      authors: laila,
      html: wordpressPage({ paragraphs: [...STORY, "<em>Laila Montgomery contributed to this report.</em>", LICENSING] }),
      errors: [{ messageId: "elsewhere", at: "<em>Laila Montgomery contributed", message: ["the story text"] }],
    },
    {
      name: "name only in a photo credit",
      authors: laila,
      html: wordpressPage({ bodyTop: '<figure class="wp-block-image"><img src="/uploads/quad.jpg" alt="Quad leaders"><figcaption class="wp-element-caption">Photo: Laila Montgomery/DCNF</figcaption></figure>' }),
      errors: [{ messageId: "elsewhere", at: '<figcaption class="wp-element-caption">', message: ["a photo caption"] }],
    },
    {
      name: "name only in a teaser for another story",
      authors: laila,
      html: wordpressPage({ sidebar: '<section class="widget related-posts"><article class="related-post"><h3><a href="/other/">Border crossings hit record</a></h3><span class="byline">By Laila Montgomery</span></article></section>' }),
      errors: [{ messageId: "elsewhere", at: '<span class="byline">By Laila Montgomery</span>', message: ["a related-stories list"] }],
    },
    {
      name: "name only in JSON-LD",
      authors: laila,
      html: wordpressPage({ jsonLdAuthor: "Laila Montgomery" }),
      errors: [{ messageId: "elsewhere", at: '<script type="application/ld+json">', message: ["metadata"] }],
    },
    {
      name: "name only in an HTML comment",
      authors: laila,
      html: wordpressPage({ byline: "<!-- byline: Laila Montgomery, DCNF -->" }),
      errors: [{ messageId: "elsewhere", at: "<!-- byline: Laila Montgomery", message: ["an HTML comment"] }],
    },
    {
      name: "byline hidden with display:none in the page's <style>",
      authors: laila,
      html: wordpressPage({ byline: wpByline("By Laila Montgomery, Daily Caller News Foundation"), style: ".entry-meta .byline{display:none}" }),
      errors: [{ messageId: "hidden", at: '<span class="byline">By Laila', message: ["display:none"] }],
    },
    {
      name: "byline in a screen-reader-only clip class",
      authors: laila,
      html: wordpressPage({ byline: '<span class="byline vh">By Laila Montgomery, DCNF</span>', style: ".vh{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}" }),
      errors: [{ messageId: "hidden", at: '<span class="byline vh">', message: ["clipped"] }],
    },
    {
      name: "one of two authors dropped",
      authors: ["Laila Montgomery", "Owen Hartley"],
      html: wordpressPage({ byline: wpByline("By Laila Montgomery, Daily Caller News Foundation") }),
      errors: [{ messageId: "wrongCredit", at: '<span class="byline">By Laila', message: ["Owen Hartley"] }],
    },
    {
      name: "no expected author, an organisation account",
      html: wordpressPage({ byline: wpByline('By <a href="/author/admin/">Admin</a>') }),
      errors: [{ messageId: "noPersonalByline", at: '<span class="byline">By <a href="/author/admin/">', message: ['"Admin"'] }],
    },
    {
      name: "DCNF's \"By\" line at the end of the story is story text, not a byline",
      authors: laila,
      html: wordpressPage({ bodyEnd: "<p><em>By Laila Montgomery, Daily Caller News Foundation</em></p>" }),
      errors: [{ messageId: "elsewhere", at: "<em>By Laila Montgomery", message: ["the story text"] }],
    },
    {
      name: "name only in the article header's standfirst: said so, not \"the story text\"",
      authors: laila,
      html: wordpressPage({ byline: '<p class="entry-subtitle">Laila Montgomery reports on a quiet intelligence build-up across Asia.</p>' }),
      errors: [{ messageId: "elsewhere", at: '<p class="entry-subtitle">', message: ["the article header"] }],
    },
    {
      name: "a short story paragraph beginning \"By\" below the first blocks is no byline",
      html: wordpressPage({
        paragraphs: ["Five drones crossed the line.", "The Pentagon said nothing.", "Officials were briefed.", "Then came the calls.", "By Thursday, Bloomberg had confirmed five.", ...STORY, LICENSING],
      }),
      errors: [{ messageId: "noByline", at: null }],
    },
    {
      name: "\"By the end of the year, officials said\" above the first long paragraph is no byline",
      html: wordpressPage({ bodyTop: STORY_TOP_BLOCKS + "<p>By the end of the year, officials said.</p>" }),
      errors: [{ messageId: "noByline", at: null }],
    },
    { name: "no byline and no expected author", html: wordpressPage({}), errors: [{ messageId: "noByline", at: null }] },
    { name: "name nowhere", authors: laila, html: wordpressPage({}), errors: [{ messageId: "missing", at: null }] },
  ],
});
