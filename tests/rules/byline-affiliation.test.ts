import { drupalSubmitted, wrongReporterFixed } from "../helpers/example-pages.js";
import { LICENSING, STORY, STORY_TOP_BLOCKS, wordpressPage } from "../helpers/page-builder.js";
import { ruleTester } from "../helpers/rule-tester.js";

const wpByline = (inner: string) => `<span class="byline">${inner}</span>`;
const laila = ["Laila Montgomery"];
const authorLink = '<span class="author vcard"><a class="url fn n" href="/author/laila-montgomery/">Laila Montgomery</a></span>';
const postedOn = 'Posted on <a href="/2024/10/25/us-builds-asian-intelligence-network/" rel="bookmark"><time class="entry-date published" datetime="2024-10-25T09:12:00-05:00">October 25, 2024</time></a>';

ruleTester("byline-affiliation", {
  valid: [
    { name: "By A, Daily Caller News Foundation", authors: laila, html: wordpressPage({ byline: wpByline(`By ${authorLink}, Daily Caller News Foundation`) }) },
    { name: "A | DCNF", authors: laila, html: wordpressPage({ byline: wpByline(`${authorLink} | DCNF`) }) },
    { name: "A//Daily Caller News Foundation", authors: laila, html: wordpressPage({ byline: wpByline("Laila Montgomery//Daily Caller News Foundation") }) },
    { name: "lower-case alias", authors: laila, html: wordpressPage({ byline: wpByline("By Laila Montgomery, dcnf") }) },
    {
      name: "affiliation on the next line of the byline block",
      authors: laila,
      html: wordpressPage({ byline: `<div class="byline-block"><span class="byline">By ${authorLink}</span><br><span class="byline-org">Daily Caller News Foundation</span></div>` }),
    },
    {
      name: "credit line right above the byline",
      authors: laila,
      html: wordpressPage({ byline: `<p class="credit-line">From the Daily Caller News Foundation</p><span class="byline">By ${authorLink}</span>` }),
    },
    {
      name: "credit line above a \"By\" paragraph at the top of the story",
      authors: laila,
      html: wordpressPage({ bodyTop: "<p><em>From the Daily Caller News Foundation</em></p><p>By Laila Montgomery</p>" }),
    },
    {
      name: "author box in the article naming the Foundation",
      authors: laila,
      html: wordpressPage({
        byline: wpByline(`By ${authorLink}`),
        articleFooter: '<div class="author-bio"><h3 class="author-title">Laila Montgomery</h3><p class="author-description">Laila Montgomery is a national security reporter for the Daily Caller News Foundation.</p></div>',
      }),
    },
    { name: "no expected author: a personal byline with the affiliation", html: wordpressPage({ byline: wpByline("By Laila Montgomery | DCNF") }) },
    { name: "WordPress meta line in plain text: \"Posted on <date> by A | DCNF\"", authors: laila, html: wordpressPage({ entryMeta: `${postedOn} by Laila Montgomery | DCNF` }) },
    {
      name: "WordPress meta markup: posted-on, then \" by\" author vcard, then \"| Daily Caller News Foundation\"",
      authors: laila,
      html: wordpressPage({ entryMeta: `<span class="posted-on">${postedOn}</span><span class="byline"> by ${authorLink}</span> | Daily Caller News Foundation` }),
    },
    { name: "\"By: A, Daily Caller News Foundation\" pasted at the top of the story", authors: laila, html: wordpressPage({ bodyTop: "<p><strong>By:</strong> Laila Montgomery, Daily Caller News Foundation</p>" }) },
    { name: "Drupal 7 \"Submitted by A on <date>\" under the credit line", authors: laila, html: drupalSubmitted },
    {
      name: "DCNF's \"By\" line at the top of the story, after an ad slot, a photo, share buttons and the logo",
      authors: laila,
      html: wordpressPage({
        bodyTop: `${STORY_TOP_BLOCKS}<p><em>By Laila Montgomery, Daily Caller News Foundation</em></p>`,
      }),
    },
    { name: "soft hyphens inside the Foundation's name", authors: laila, html: wordpressPage({ byline: wpByline(`By ${authorLink}, Daily Caller News Foun&shy;da&shy;tion`) }) },
    { name: "zero-width characters inside the Foundation's name", authors: laila, html: wordpressPage({ byline: wpByline(`${authorLink} | Daily Cal&#8203;ler News Foun&#x2060;dation`) }) },
    {
      name: "a wrong expected name is reporter-byline's finding; the affiliation shown is still judged",
      authors: ["Evelyn Marsh"],
      html: wordpressPage({ byline: wpByline("By Laila Montgomery, Daily Caller News Foundation") }),
    },
  ],
  invalid: [
    {
      name: "byline without affiliation; DCNF only in the story text and the licensing paragraph",
      authors: laila,
      html: wordpressPage({ byline: wpByline(`By ${authorLink}`) }),
      errors: [{ messageId: "elsewhere", at: `<p>${STORY[10]!.slice(0, 40)}`, message: ["the story text and its own licensing paragraph"] }],
    },
    {
      name: "DCNF only in the licensing paragraph",
      authors: laila,
      html: wordpressPage({ byline: wpByline(`By ${authorLink}`), paragraphs: [...STORY.slice(0, 10), LICENSING] }),
      errors: [{ messageId: "elsewhere", at: `<p>${LICENSING.slice(0, 40)}`, message: ["only in its own licensing paragraph"] }],
    },
    {
      name: "DCNF only in the story text (request for comment)",
      authors: laila,
      html: wordpressPage({ byline: wpByline(`By ${authorLink}`), paragraphs: STORY }),
      errors: [{ messageId: "elsewhere", at: `<p>${STORY[10]!.slice(0, 40)}`, message: ["the story text"] }],
    },
    {
      name: "DCNF only in the site footer",
      authors: laila,
      html: wordpressPage({ byline: wpByline(`By ${authorLink}`), paragraphs: STORY.slice(0, 10), footer: '<span class="partners">Partner of the Daily Caller News Foundation</span>' }),
      errors: [{ messageId: "elsewhere", at: '<span class="partners">', message: ["the site footer"] }],
    },
    {
      name: "DCNF only in a sidebar widget",
      authors: laila,
      html: wordpressPage({ byline: wpByline(`By ${authorLink}`), paragraphs: STORY.slice(0, 10), sidebar: '<section class="widget"><p class="partner-note">We republish the DCNF.</p></section>' }),
      errors: [{ messageId: "elsewhere", at: '<p class="partner-note">', message: ["a sidebar"] }],
    },
    {
      name: "A, Daily Caller: a different organisation",
      authors: laila,
      html: wordpressPage({ byline: wpByline(`By ${authorLink}, Daily Caller`) }),
      errors: [{ messageId: "lookAlike", at: '<span class="byline">By <span class="author vcard">', message: ['"Daily Caller"'] }],
    },
    {
      name: "By The Daily Caller",
      authors: laila,
      html: wordpressPage({ byline: wpByline('By <a href="/author/dailycaller/" rel="author">The Daily Caller</a>') }),
      errors: [{ messageId: "lookAlike", at: '<span class="byline">By <a href="/author/dailycaller/"', message: ['"The Daily Caller"'] }],
    },
    {
      name: "affiliation hidden inside the byline",
      authors: laila,
      html: wordpressPage({ byline: wpByline(`By ${authorLink}<span class="org" hidden>, Daily Caller News Foundation</span>`) }),
      errors: [{ messageId: "hidden", at: '<span class="org" hidden>', message: ["hidden attribute"] }],
    },
    { name: "no byline at all", authors: laila, html: wordpressPage({ paragraphs: STORY.slice(0, 10) }), errors: [{ messageId: "noByline", at: null }] },
    {
      name: "byline without affiliation and DCNF nowhere",
      authors: laila,
      html: wordpressPage({ byline: wpByline(`By ${authorLink}`), paragraphs: STORY.slice(0, 10) }),
      errors: [{ messageId: "missing", at: `<span class="byline">By ${authorLink}` }],
    },
    {
      name: "an author box for someone else does not count",
      authors: laila,
      html: wordpressPage({
        byline: wpByline(`By ${authorLink}`),
        paragraphs: STORY.slice(0, 10),
        articleFooter: '<div class="author-bio"><p class="author-description">Owen Hartley edits partner content from the DCNF.</p></div>',
      }),
      errors: [{ messageId: "elsewhere", at: '<p class="author-description">', message: ["the article footer"] }],
    },
    {
      name: "a \"Daily Caller\" tag link beside the byline is no look-alike credit (the wrong-reporter example, byline fixed)",
      authors: laila,
      html: wrongReporterFixed,
      errors: [{ messageId: "elsewhere", at: "<p>The Office of the Director of National Intelligence", message: ["the story text and its own licensing paragraph"] }],
    },
    {
      name: "a \"Daily Caller News Foundation\" category link beside the byline is no affiliation",
      authors: laila,
      html: wordpressPage({
        entryMeta: `<span class="byline">By ${authorLink}</span> in <span class="cat-links"><a href="/category/daily-caller-news-foundation/" rel="category tag">Daily Caller News Foundation</a></span>`,
      }),
      errors: [{ messageId: "elsewhere", at: '<a href="/category/daily-caller-news-foundation/"', message: ["a tag or category link, the story text"] }],
    },
  ],
});
