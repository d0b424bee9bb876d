import { DCNF_LOGO, wordpressPage } from "../helpers/page-builder.js";
import { ruleTester } from "../helpers/rule-tester.js";

const byline = '<span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/laila-montgomery/">Laila Montgomery</a></span>, Daily Caller News Foundation</span>';
const withLogo = (logo: string, extra: Parameters<typeof wordpressPage>[0] = {}) => wordpressPage({ byline, bodyTop: logo, ...extra });

ruleTester("logo-present", {
  valid: [
    { name: "img with DCNF's own alt text", html: withLogo(DCNF_LOGO) },
    {
      name: "WP Rocket lazy-load: placeholder src, data-lazy-src and a <noscript> fallback",
      html: withLogo(
        `<figure class="wp-block-image size-full"><img width="300" height="80" src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20300%2080'%3E%3C/svg%3E" data-lazy-src="/wp-content/uploads/2024/01/dcnf-logo.png" alt="" class="wp-image-991"><noscript><img width="300" height="80" src="/wp-content/uploads/2024/01/dcnf-logo.png" alt="" class="wp-image-991"></noscript></figure>`,
      ),
    },
    {
      name: "lazysizes data-srcset with a telling file name and empty alt",
      html: withLogo('<img class="lazyload" src="/img/blank.gif" data-srcset="/uploads/daily-caller-news-foundation-logo-300.png 300w, /uploads/daily-caller-news-foundation-logo-600.png 600w" alt="">'),
    },
    {
      name: "picture with media-query sources",
      html: withLogo('<picture><source media="(min-width: 800px)" srcset="/media/partners/dcnf-wide.webp"><source srcset="/media/partners/dcnf-narrow.webp"><img src="/media/partners/partner-badge.png" alt="Daily Caller News Foundation"></picture>'),
    },
    { name: "amp-img", html: withLogo('<amp-img src="/img/dcnf.png" width="300" height="80" layout="fixed" alt="Daily Caller News Foundation logo"></amp-img>') },
    { name: "inline SVG with a title", html: withLogo('<svg role="img" viewBox="0 0 300 80" width="300" height="80"><title>Daily Caller News Foundation</title><path d="M0 0h300v80H0z"/></svg>') },
    {
      name: "a badge drawn by the page's <style> as a background image",
      html: withLogo('<a class="partner-badge" href="https://dailycallernewsfoundation.org/" aria-label="Daily Caller News Foundation"></a>', { style: ".entry-content .partner-badge{display:block;width:240px;height:64px;background:url(/wp-content/uploads/partner-badge.png) no-repeat}" }),
    },
    {
      name: "a logo drawn by a ::before background from the page's <style>",
      html: withLogo('<div class="republish-credit"><span class="dcnf-mark"></span> Republished with permission</div>', { style: ".dcnf-mark::before{content:'';display:inline-block;width:200px;height:50px;background-image:url('/img/dcnf-logo.svg')}" }),
    },
    {
      name: "LiteSpeed lazy-load fades the image in: img[data-lazyloaded]{opacity:0} is a loading state",
      html: withLogo('<img data-lazyloaded="1" src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIzMDAiIGhlaWdodD0iODAiPjwvc3ZnPg==" data-src="/wp-content/uploads/2024/01/dcnf-logo.png" alt="Daily Caller News Foundation logo" width="300" height="80"><noscript><img src="/wp-content/uploads/2024/01/dcnf-logo.png" alt="Daily Caller News Foundation logo" width="300" height="80"></noscript>', { style: "img[data-lazyloaded]{opacity:0} img.litespeed-loaded{opacity:1;transition:opacity .5s}" }),
    },
    {
      name: "vanilla-lazyload hides images without a src until it sets one",
      html: withLogo('<img class="lazy-img" data-src="/wp-content/uploads/2024/01/dcnf-logo.png" alt="Daily Caller News Foundation logo" width="300" height="80">', { style: "img:not([src]):not([srcset]){visibility:hidden} img.lazy-img{opacity:0}" }),
    },
    {
      name: "Gatsby's main image starts at inline opacity:0",
      html: withLogo('<div class="gatsby-image-wrapper"><img data-main-image="" style="opacity:0" data-src="/static/dcnf-logo-300.png" alt="Daily Caller News Foundation logo" width="300" height="80"><noscript><img data-main-image="" style="opacity:0" src="/static/dcnf-logo-300.png" alt="Daily Caller News Foundation logo" width="300" height="80"></noscript></div>'),
    },
    {
      name: "a DCNF file name that begins like The Daily Caller's",
      html: withLogo('<img src="/wp-content/uploads/2024/01/dailycaller-news-foundation-logo.png" alt="Daily Caller News Foundation logo" width="300" height="80"><img src="/wp-content/uploads/2024/01/DailyCaller_NewsFoundation.png" alt="" width="300" height="80">'),
    },
    {
      name: "a background badge sized by the padding-ratio trick",
      html: withLogo('<a class="dcnf-badge" href="https://dailycallernewsfoundation.org/" aria-label="Daily Caller News Foundation"></a>', { style: ".dcnf-badge{display:block;width:240px;height:0;padding-bottom:26.67%;background:url(/img/partners/badge.png) no-repeat;background-size:contain}" }),
    },
    {
      name: "the same with the size in an inline style",
      html: withLogo('<a class="dcnf-badge" href="https://dailycallernewsfoundation.org/" aria-label="Daily Caller News Foundation" style="display:block;width:240px;height:0;padding-bottom:26.67%;background-image:url(/img/partners/badge.png)"></a>'),
    },
    {
      name: "an icon sprite's symbol named for the logo",
      html: withLogo('<svg class="partner-mark" width="300" height="80" aria-hidden="true"><use xlink:href="/wp-content/themes/prairie/icons.svg#dcnf-logo"></use></svg>'),
    },
    {
      name: "CSS background image on a labelled link",
      html: withLogo('<a class="dcnf-badge" href="https://dailycallernewsfoundation.org/" style="display:block;width:240px;height:64px;background-image:url(/img/partners/badge.png)" aria-label="Daily Caller News Foundation"></a>'),
    },
    { name: "logo at the end of the story", html: wordpressPage({ byline, bodyEnd: DCNF_LOGO }) },
    {
      name: "a hidden copy does not matter when a visible one is there",
      html: withLogo(`<img hidden src="/dcnf-logo-mobile.png" alt="DCNF logo">${DCNF_LOGO}`),
    },
    {
      name: "a later <style> rule shows what an earlier one hid",
      html: withLogo(DCNF_LOGO, { style: ".dcnf-logo{display:none} .entry-content img.dcnf-logo{display:block}" }),
    },
    {
      name: "hidden only on small screens (@media) is still shown",
      html: withLogo(DCNF_LOGO, { style: "@media (max-width: 600px){.dcnf-logo{display:none}}" }),
    },
    {
      name: "Squarespace: the <noscript> copy comes before its lazy twin",
      html: withLogo(
        '<div class="image-block-wrapper"><noscript><img src="https://images.squarespace-cdn.com/content/v1/8a51/1682760058794/partner-badge.png" alt="Daily Caller News Foundation logo" /></noscript><img class="thumb-image" data-src="https://images.squarespace-cdn.com/content/v1/8a51/1682760058794/partner-badge.png" data-image-dimensions="600x120" alt="Daily Caller News Foundation logo" data-load="false" data-type="image" /></div>',
      ),
    },
    {
      name: "the lazy twin wrapped in a link",
      html: withLogo('<figure class="wp-block-image"><a href="https://dailycallernewsfoundation.org/"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/uploads/partner-badge.png" alt="" width="300" height="80"></a><noscript><img src="/uploads/partner-badge.png" alt="Daily Caller News Foundation logo" width="300" height="80"></noscript></figure>'),
    },
    {
      name: "a loading polyfill's <noscript class=\"loading-lazy\"> is moved out by its script",
      html: withLogo('<noscript class="loading-lazy"><img src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo" loading="lazy" width="300" height="80"></noscript>'),
    },
    {
      name: "a child with visibility:visible shows through a visibility:hidden wrapper",
      html: withLogo('<div class="partner-credit" style="visibility:hidden"><img style="visibility:visible" src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo" width="300" height="80"></div>'),
    },
    {
      name: "an unknown lazy-loader attribute holds the URL: no placeholder finding",
      html: withLogo('<img class="js-lazy" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-lazyload="/uploads/2024/01/partner-badge.png" alt="Daily Caller News Foundation logo" width="300" height="80">'),
    },
    {
      name: "a logo drawn inline as a long data: URI is a logo, not a placeholder",
      html: withLogo(`<img src="data:image/svg+xml;base64,${"PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAzMDAgODAiPjxwYXRoIGQ9Ik0wIDBoMzAwdjgwSDB6Ii8+".repeat(6)}" alt="Daily Caller News Foundation logo" width="300" height="80">`),
    },
  ],
  invalid: [
    { name: "no logo anywhere", html: wordpressPage({ byline }), errors: [{ messageId: "missing", at: null }] },
    {
      name: "hidden by an inline style",
      html: withLogo('<img style="display: none" src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo">'),
      errors: [{ messageId: "hidden", at: '<img style="display: none"', message: ["display:none (inline style)"] }],
    },
    {
      name: "hidden attribute",
      html: withLogo('<img hidden src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo">'),
      errors: [{ messageId: "hidden", at: "<img hidden", message: ["hidden attribute"] }],
    },
    {
      name: "a class the page's own <style> hides",
      html: withLogo('<div class="syndication-logo"><img src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo"></div>', { style: ".syndication-logo { display: none; }" }),
      errors: [{ messageId: "hidden", at: '<img src="/uploads/dcnf-logo.png"', message: ['from ".syndication-logo"'] }],
    },
    {
      name: "visibility:hidden from a rule with higher specificity",
      html: withLogo(DCNF_LOGO, { style: "img.dcnf-logo{visibility:visible} .entry-content img.dcnf-logo{visibility:hidden}" }),
      errors: [{ messageId: "hidden", at: '<img class="dcnf-logo"', message: ["visibility:hidden"] }],
    },
    {
      name: "a 1x1 tracking-sized logo",
      html: withLogo('<img src="/uploads/dcnf-logo.png" alt="DCNF" width="1" height="1">'),
      errors: [{ messageId: "hidden", at: '<img src="/uploads/dcnf-logo.png" alt="DCNF"', message: ["1×1 px"] }],
    },
    {
      name: "The Daily Caller's logo is not the Foundation's",
      html: withLogo('<img src="/uploads/dailycaller-logo.png" alt="The Daily Caller" width="200" height="50">'),
      errors: [{ messageId: "wrongLogo", at: '<img src="/uploads/dailycaller-logo.png"', message: ['"The Daily Caller"'] }],
    },
    {
      name: "logo only in a sidebar widget",
      html: wordpressPage({ byline, sidebar: `<section class="widget widget_media_image"><h2 class="widget-title">Our partners</h2>${DCNF_LOGO}</section>` }),
      errors: [{ messageId: "outsideArticle", at: DCNF_LOGO, message: ["sidebar"] }],
    },
    {
      name: "a photo credited to the Foundation is not its logo",
      html: withLogo('<figure class="wp-block-image"><img src="/uploads/2024/10/quad-summit.jpg" alt="Leaders at the Quad summit in Tokyo, photographed for the Daily Caller News Foundation" width="1200" height="800"></figure>'),
      errors: [{ messageId: "missing", at: null }],
    },
    {
      name: "the <noscript> fallback of a hidden lazy image is hidden too",
      html: withLogo('<div style="display:none"><img data-src="/uploads/dcnf-logo.png" alt="DCNF logo"><noscript><img src="/uploads/dcnf-logo.png" alt="DCNF logo"></noscript></div>'),
      errors: [{ messageId: "hidden", at: '<img data-src="/uploads/dcnf-logo.png"' }],
    },
    {
      name: "a lazy image hidden inline is not rescued by its <noscript> copy",
      html: withLogo('<img class="lazyload" style="display:none" data-src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo"><noscript><img src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo"></noscript>'),
      errors: [{ messageId: "hidden", at: '<img class="lazyload" style="display:none"', message: ["display:none (inline style)"] }],
    },
    {
      name: "a 1×1 lazy image is not rescued by its <noscript> copy",
      html: withLogo('<img class="lazyload" width="1" height="1" data-src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo"><noscript><img src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo"></noscript>'),
      errors: [{ messageId: "hidden", at: '<img class="lazyload" width="1"', message: ["1×1 px"] }],
    },
    {
      name: "the page's CSS hides the lazy image (and would hide its fallback too)",
      html: withLogo('<div class="dcnf-credit"><img data-lazy-src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo" width="300" height="80"><noscript><img src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo" width="300" height="80"></noscript></div>', { style: ".dcnf-credit img{display:none}" }),
      errors: [{ messageId: "hidden", at: '<img data-lazy-src="/uploads/dcnf-logo.png"', message: ['display:none from ".dcnf-credit img"'] }],
    },
    {
      name: "a logo only inside <noscript> is not seen by browsers running scripts",
      html: withLogo('<figure class="wp-block-image"><noscript><img src="/uploads/dcnf-logo.png" alt="Daily Caller News Foundation logo" width="300" height="80"></noscript></figure>'),
      errors: [{ messageId: "hidden", at: '<img src="/uploads/dcnf-logo.png"', message: ["only in a <noscript> fallback"] }],
    },
    {
      name: "shrunk to 1 px by the page's <style>",
      html: withLogo(DCNF_LOGO, { style: ".entry-content .dcnf-logo{width:1px;height:1px}" }),
      errors: [{ messageId: "hidden", at: '<img class="dcnf-logo"', message: ['width:1px from ".entry-content .dcnf-logo"'] }],
    },
    {
      name: "max-width:1px in the page's <style>",
      html: withLogo(DCNF_LOGO, { style: "img.dcnf-logo{max-width:1px !important}" }),
      errors: [{ messageId: "hidden", at: '<img class="dcnf-logo"', message: ["max-width:1px"] }],
    },
    {
      name: "AMP layout=nodisplay",
      html: withLogo('<amp-img src="/img/dcnf.png" width="300" height="80" layout="nodisplay" alt="Daily Caller News Foundation logo"></amp-img>'),
      errors: [{ messageId: "hidden", at: "<amp-img", message: ['layout="nodisplay" (AMP)'] }],
    },
    {
      name: "only a 1×1 data: placeholder and no lazy URL to swap in",
      html: withLogo('<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="Daily Caller News Foundation logo" width="300" height="80">'),
      errors: [{ messageId: "hidden", at: '<img class="lazyload" src="data:', message: ["data: placeholder"] }],
    },
    {
      name: "The Daily Caller's own logo file with the Foundation's alt text",
      html: withLogo('<img class="lazy" src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif" data-src="https://dailycaller.com/files/images/logo-white.png" alt="Daily Caller News Foundation logo" width="260" height="40">'),
      errors: [{ messageId: "wrongLogo", at: '<img class="lazy"', message: ['"logo-white.png"'] }],
    },
    {
      name: "a Daily Caller file name with the Foundation's alt text",
      html: withLogo('<img src="/wp-content/uploads/2024/03/dailycaller-logo.png" alt="Daily Caller News Foundation" width="260" height="40">'),
      errors: [{ messageId: "wrongLogo", at: '<img src="/wp-content/uploads/2024/03/dailycaller-logo.png"', message: ['"dailycaller-logo.png"'] }],
    },
    {
      name: "\"Photo by Daily Caller News Foundation\" is a photo credit",
      html: withLogo('<figure class="wp-block-image"><img src="/uploads/2024/10/capitol-dome.jpg" alt="Photo by Daily Caller News Foundation" width="1200" height="800"></figure>'),
      errors: [{ messageId: "missing", at: null }],
    },
    {
      name: "a background logo shown only on hover is not shown",
      html: withLogo('<a class="partner-badge" href="https://dailycallernewsfoundation.org/">Our partners</a>', { style: ".partner-badge:hover{background-image:url(/img/dcnf-logo.png)}" }),
      errors: [{ messageId: "missing", at: null }],
    },
    {
      name: "a texture behind the story text is not a logo, though the licensing paragraph names the logo",
      html: wordpressPage({ byline, style: ".entry-content{background:url(/wp-content/themes/prairie/paper.png)}" }),
      errors: [{ messageId: "missing", at: null }],
    },
    {
      name: "an external-link icon drawn by ::after on the Foundation's link is not its logo",
      html: wordpressPage({ byline: '<span class="byline">By <a class="url fn n" href="/author/laila-montgomery/">Laila Montgomery</a>, <a href="https://dailycallernewsfoundation.org/" target="_blank">Daily Caller News Foundation</a></span>', style: 'a[target="_blank"]::after{content:"";display:inline-block;width:12px;height:12px;background:url(/icons/external-link.svg)}' }),
      errors: [{ messageId: "missing", at: null }],
    },
    {
      name: "an icon sprite's other symbols are not the logo",
      html: withLogo('<svg class="icon" width="24" height="24"><use href="#icon-dcnf-share-arrow"></use></svg>'),
      errors: [{ messageId: "missing", at: null }],
    },
    {
      name: "\"Photo: DCNF\" is a photo credit",
      html: withLogo('<img src="/uploads/2024/10/hearing-room.jpg" alt="Photo: DCNF" width="1200" height="800">'),
      errors: [{ messageId: "missing", at: null }],
    },
  ],
});
