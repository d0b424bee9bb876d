/**
 * Builds a WordPress-shaped single-post page (classic theme: masthead, nav, entry-header,
 * entry-content, sidebar widgets, site footer) around the parts a test varies, with the seed
 * DCNF article as the story text. Tests state only what differs; the rest is realistic chrome.
 */
import { readFileSync } from "node:fs";

const SEED = readFileSync(new URL("../fixtures/dcnf-seed-article.txt", import.meta.url), "utf8").trim().split("\n");
/** The 11 story paragraphs of the seed article (without its licensing footer). */
export const STORY = SEED.slice(0, 11);
/** DCNF's licensing paragraph, the seed article's last paragraph. */
export const LICENSING = SEED[11]!;

export interface PageParts {
  head?: string;
  style?: string;
  /** Markup between the headline and the story text (byline, credit line, logo). */
  byline?: string;
  /** Replaces the theme's whole meta line under the headline (`byline` and the date). */
  entryMeta?: string;
  /** Markup at the top of the story text (before the first paragraph). */
  bodyTop?: string;
  /** Markup at the end of the story text (after the licensing paragraph). */
  bodyEnd?: string;
  /** Replaces the default story paragraphs. */
  paragraphs?: string[];
  /** Markup after the article's content (author box, tags). */
  articleFooter?: string;
  sidebar?: string;
  footer?: string;
  bodyClass?: string;
  ogType?: string;
  jsonLdAuthor?: string;
}

const p = (text: string) => `<p>${text}</p>`;

/**
 * @example wordpressPage({ byline: '<span class="byline">By Jane Doe, DCNF</span>' })
 */
export function wordpressPage(parts: PageParts = {}): string {
  const paragraphs = parts.paragraphs ?? [...STORY, LICENSING];
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>US Builds Asian Intelligence Network To Counter China &#8211; The Prairie Post</title>
<meta property="og:type" content="${parts.ogType ?? "article"}">
<meta property="og:title" content="US Builds Asian Intelligence Network To Counter China">
<meta property="og:site_name" content="The Prairie Post">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"US Builds Asian Intelligence Network To Counter China","author":{"@type":"Person","name":"${parts.jsonLdAuthor ?? "Prairie Post Staff"}"},"publisher":{"@type":"Organization","name":"The Prairie Post"}}]}</script>
<link rel="stylesheet" href="https://prairiepost.example/wp-content/themes/prairie/style.css?ver=6.4.2" media="all">
<style id="prairie-inline-css">.site-title{font-size:2rem}.entry-meta{color:#555}${parts.style ?? ""}</style>
${parts.head ?? ""}
</head>
<body class="${parts.bodyClass ?? "post-template-default single single-post postid-48213 single-format-standard"}">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header" role="banner">
  <div class="site-branding"><a href="https://prairiepost.example/" rel="home"><img src="/wp-content/uploads/prairie-post-logo.png" alt="The Prairie Post" width="240" height="60"></a></div>
  <nav id="site-navigation" class="main-navigation" aria-label="Primary"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/news/">News</a></li><li class="menu-item"><a href="/politics/">Politics</a></li><li class="menu-item"><a href="/opinion/">Opinion</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard hentry category-national">
  <header class="entry-header">
    <h1 class="entry-title">US Builds Asian Intelligence Network To Counter China</h1>
    <div class="entry-meta">${parts.entryMeta ?? `${parts.byline ?? ""}<span class="posted-on"><time class="entry-date published" datetime="2024-10-25T09:12:00-05:00">October 25, 2024</time></span>`}</div>
  </header>
  <div class="entry-content">
${parts.bodyTop ?? ""}
${paragraphs.map(p).join("\n")}
${parts.bodyEnd ?? ""}
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/national/" rel="category tag">National</a></span>${parts.articleFooter ?? ""}</footer>
</article>
</main></div>
<aside id="secondary" class="widget-area" role="complementary">
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/2024/10/24/school-board-budget/">School board passes budget</a></li><li><a href="/2024/10/23/county-fair/">County fair draws record crowds</a></li></ul></section>
  ${parts.sidebar ?? ""}
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
  <div class="site-info">&copy; 2024 The Prairie Post. All rights reserved. ${parts.footer ?? ""}</div>
</footer>
</div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</body>
</html>
`;
}

/**
 * The story as a careful partner republishes it: the RELATED cross-link kept, the licensing
 * address as an address (not Cloudflare's placeholder), and a link to the original at the end.
 */
export const CLEAN_STORY = [
  ...STORY.map((p) => p.replace(/\(RELATED: ([^)]*)\)/, '(RELATED: <a href="https://dailycaller.com/2024/09/30/biden-ukraine-rally/">$1</a>)')),
  LICENSING.replace("[email protected]", '<a href="mailto:licensing@dailycallernewsfoundation.org">licensing@dailycallernewsfoundation.org</a>'),
  '<em>Originally published by the <a href="https://dailycaller.com/2024/10/25/us-intelligence-partnerships-asia-china-cyber/">Daily Caller News Foundation</a>.</em>',
];

export const DCNF_LOGO = '<img class="dcnf-logo" src="/wp-content/uploads/2024/01/dcnf-logo.png" alt="Daily Caller News Foundation logo" width="300" height="80">';

/** A story that opens with the theme's blocks (ad slot, photo, share bar) before DCNF's logo and "By" line. */
export const STORY_TOP_BLOCKS =
  '<div class="code-block code-block-1" style="margin: 8px auto; text-align: center;"><div id="div-gpt-ad-article-top"></div></div>\n' +
  '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/10/quad-leaders-1024x683.jpg" alt="Quad leaders at the 2024 summit" width="1024" height="683"><figcaption class="wp-element-caption">Quad leaders meet in Wilmington. (Photo by Saul Loeb/AFP via Getty Images)</figcaption></figure>\n' +
  '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><ul><li class="share-facebook"><a href="?share=facebook">Facebook</a></li><li class="share-x"><a href="?share=x">X</a></li></ul></div></div>\n' +
  `<p>${DCNF_LOGO}</p>\n`;
