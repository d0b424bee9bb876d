import { DCNF_LOGO, wordpressPage } from "../helpers/page-builder.js";
import { ruleTester } from "../helpers/rule-tester.js";

const byline = '<span class="byline">By Laila Montgomery, Daily Caller News Foundation</span>';
const withLink = (html: string) => wordpressPage({ byline, bodyTop: DCNF_LOGO, bodyEnd: html });

ruleTester("link-to-original", {
  valid: [
    { name: "a link to a DCNF article", html: withLink('<p><em>This article was originally published by the <a href="https://dailycaller.com/2024/10/25/us-intelligence-partnerships-asia-china-cyber/">Daily Caller News Foundation</a>.</em></p>') },
    { name: "the other host, www. and utm parameters", html: withLink('<p>Originally published at <a href="http://www.dailycallernewsfoundation.org/2024/10/25/us-intelligence-partnerships-asia-china-cyber?utm_source=partner">DCNF</a>.</p>') },
  ],
  invalid: [
    { name: "no link at all", html: wordpressPage({ byline }), errors: [{ messageId: "missing", at: null }] },
    {
      name: "only the DCNF home page",
      html: withLink('<p>Republished from the <a href="https://dailycallernewsfoundation.org/">Daily Caller News Foundation</a>.</p>'),
      errors: [{ messageId: "homeOnly", at: 'href="https://dailycallernewsfoundation.org/"', message: ["https://dailycallernewsfoundation.org/"] }],
    },
    {
      name: "a RELATED cross-link is another story, not the original",
      html: withLink('<p>Officials spoke. (RELATED: <a href="https://dailycaller.com/2024/09/30/biden-ukraine/">Biden Rallies For Ukraine</a>)</p>'),
      errors: [{ messageId: "missing", at: null }],
    },
  ],
});
