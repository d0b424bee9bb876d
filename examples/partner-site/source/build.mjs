#!/usr/bin/env node
// Builds ../dist/: The Lakeshore Ledger as a WordPress site (GeneratePress child theme "ledger",
// Yoast SEO, Co-Authors Plus) exported to static HTML (Simply Static, root-relative URLs). It stands
// in for the CMS so the example can be regenerated; the committed dist/ is the example itself, and
// this script rebuilds it byte for byte: `node examples/partner-site/source/build.mjs`.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { licensingParagraph, posts, sections, site, staff, tags } from "./posts.mjs";

const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const SNAPSHOT = "2024-10-25T18:02:11-04:00"; // when the export ran
const DCNF_LOGO = "/wp-content/uploads/dcnf-logo.png";
const LICENSING_EMAIL = "licensing@dailycallernewsfoundation.org";

// ─── helpers ────────────────────────────────────────────────────────────────────────────────────
const escAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escHtml = (s) => s.replace(/&(?![#a-z0-9]+;)/gi, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** wptexturize's output: typographic characters as numeric entities, as WordPress prints them. */
const texturize = (html) =>
  html.replace(/[‘’“”–—…]/g, (c) => `&#${c.codePointAt(0)};`);
/** Text for an HTML text node: escaped and texturized. */
const text = (s) => texturize(escHtml(s));
/** A paragraph from posts.mjs, which may hold <a> / <em> markup already. */
const markup = (s) => texturize(s.replace(/&(?![#a-z0-9]+;)/gi, "&amp;"));
const json = (o) => JSON.stringify(o).replace(/<\//g, "<\\/");
const indent = (html, tabs) => html.split("\n").map((l) => (l ? "\t".repeat(tabs) + l : l)).join("\n");

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const parts = (iso) => {
  const [, y, m, d, hh, mm] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return { y, m, d, hh: Number(hh), mm };
};
const longDate = (iso) => {
  const { y, m, d } = parts(iso);
  return `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`;
};
const dayDate = (iso) => {
  const { y, m, d } = parts(iso);
  const weekday = DAYS[new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay()];
  return `${weekday}, ${longDate(iso)}`;
};
const timeOfDay = (iso) => {
  const { hh, mm } = parts(iso);
  return `${((hh + 11) % 12) + 1}:${mm} ${hh < 12 ? "a.m." : "p.m."}`;
};
const toUtc = (iso) => new Date(iso).toISOString().replace(/\.000Z$/, "+00:00");

const postPath = (p) => {
  const { y, m, d } = parts(p.date);
  return `/${y}/${m}/${d}/${p.slug}/`;
};
const abs = (path) => site.url + path;
const imageUrl = (p, size) => `/wp-content/uploads/${p.image.file}${size ? `-${size}` : ""}.jpg`;
const byDateDesc = [...posts].sort((a, b) => (a.date < b.date ? 1 : -1));
const words = (p) => p.paragraphs.join(" ").replace(/<[^>]+>/g, "").split(/\s+/).filter(Boolean).length;

/** Who the byline credits, as WordPress knows the post's author(s). */
function credits(p) {
  if (p.author) return { names: [staff[p.author].name], suffix: "" };
  if (p.dcnf.importedAs) return { names: [p.dcnf.importedAs], suffix: "" };
  if (p.dcnf.affiliation === "pipe") return { names: p.reporters.map((r) => `${r} | DCNF`), suffix: "" };
  if (p.dcnf.affiliation === "comma") return { names: p.reporters, suffix: "Daily Caller News Foundation" };
  return { names: p.reporters, suffix: "" };
}

/** The child theme's byline: Co-Authors Plus names (not linked), then the guest author's affiliation field. */
function byline(p) {
  const { names, suffix } = credits(p);
  const person = (n) => `<span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><span class="fn n author-name" itemprop="name">${text(n)}</span></span>`;
  const list = names.length === 1 ? person(names[0]) : `${names.slice(0, -1).map(person).join(", ")} and ${person(names.at(-1))}`;
  return `<span class="byline">By ${list}${suffix ? `, <span class="author-affiliation">${text(suffix)}</span>` : ""}</span>`;
}
const postedOn = (p) =>
  `<span class="posted-on"><time class="entry-date published" datetime="${p.date}" itemprop="datePublished">${longDate(p.date)}</time>${
    p.modified !== p.date ? `<time class="updated" datetime="${p.modified}" itemprop="dateModified">${longDate(p.modified)}</time>` : ""
  }</span>`;
const authorNames = (p) => credits(p).names; // Yoast prints the display names as they are

// ─── head ───────────────────────────────────────────────────────────────────────────────────────
const ORG = {
  "@type": "Organization",
  "@id": `${site.url}/#organization`,
  name: site.name,
  url: `${site.url}/`,
  logo: { "@type": "ImageObject", inLanguage: "en-US", "@id": `${site.url}/#/schema/logo/image/`, url: abs(site.logo), contentUrl: abs(site.logo), width: 420, height: 80, caption: site.name },
  image: { "@id": `${site.url}/#/schema/logo/image/` },
  sameAs: ["https://www.facebook.com/lakeshoreledger", "https://x.com/lakeshoreledger"],
};
const WEBSITE = {
  "@type": "WebSite",
  "@id": `${site.url}/#website`,
  url: `${site.url}/`,
  name: site.name,
  description: site.tagline,
  publisher: { "@id": `${site.url}/#organization` },
  potentialAction: [{ "@type": "SearchAction", target: { "@type": "EntryPoint", urlTemplate: `${site.url}/?s={search_term_string}` }, "query-input": { "@type": "PropertyValueSpecification", valueRequired: true, valueName: "search_term_string" } }],
  inLanguage: "en-US",
};
const breadcrumb = (url, trail) => ({
  "@type": "BreadcrumbList",
  "@id": `${url}#breadcrumb`,
  itemListElement: trail.map(([name, item], i) => ({ "@type": "ListItem", position: i + 1, name, ...(item ? { item } : {}) })),
});

const STYLE = `
body{background-color:#f3f1ec;color:#1d2327;font-family:"Source Serif 4",Georgia,serif}
a{color:#0b4f6c}a:hover,a:focus{color:#c2410c}
.grid-container{max-width:1180px}
.top-bar{background-color:#0b2e3f;color:#e8edf0;font-size:13px}.top-bar a{color:#fff}
.site-header{background-color:#fff;border-bottom:3px solid #0b4f6c}
.main-navigation,.main-navigation ul ul{background-color:#fff}.main-navigation .main-nav ul li a{color:#0b2e3f;font-family:"Libre Franklin",sans-serif;font-weight:700;text-transform:uppercase;font-size:14px}
.main-navigation .main-nav ul li[class*="current-menu-"]>a{color:#c2410c}
.separate-containers .inside-article,.separate-containers .page-header,.sidebar .widget{background-color:#fff}
h1.entry-title{font-family:"Libre Franklin",sans-serif;font-size:38px;font-weight:800;line-height:1.15}
h2.entry-title{font-family:"Libre Franklin",sans-serif;font-size:24px;font-weight:700}
.entry-meta{font-family:"Libre Franklin",sans-serif;font-size:14px;color:#50575e}
.entry-meta a{color:#50575e}
.posted-on .updated{display:none}
.site-info{background-color:#0b2e3f;color:#e8edf0}.footer-widgets{background-color:#13384b;color:#e8edf0}.footer-widgets a,.site-info a{color:#fff}
`.trim();
const CHILD_STYLE = `
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute!important;width:1px;word-wrap:normal!important}
.entry-dek{font-size:20px;line-height:1.4;color:#3c434a;margin:.5em 0 1em}
.entry-header .byline{font-weight:700;color:#1d2327}.entry-header .byline .author-affiliation{font-weight:400}
.entry-header .posted-on{display:block}
.featured-image figcaption{font-family:"Libre Franklin",sans-serif;font-size:13px;color:#50575e;padding:.4em 0}
.featured-image .image-credit{text-transform:uppercase;font-size:11px;letter-spacing:.04em}
.ledger-ad{min-height:250px;text-align:center;background:#f6f7f7;margin:1.5em 0}.ledger-ad .ad-label{font-size:11px;text-transform:uppercase;color:#8c8f94}
.widget_recent_entries li+li,.ledger-topics li+li{border-top:1px solid #dcdcde}
`.trim();

function head({ title, description, path, ogType, image, article, schema, robots = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" }) {
  const url = abs(path);
  const lines = [
    `<!DOCTYPE html>`,
    `<html lang="en-US">`,
    `<head>`,
    `\t<meta charset="UTF-8">`,
    `\t<meta name='robots' content='${robots}' />`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `\t<!-- This site is optimized with the Yoast SEO plugin v23.8 - https://yoast.com/wordpress/plugins/seo/ -->`,
    `\t<title>${text(title)}</title>`,
    description ? `\t<meta name="description" content="${escAttr(description)}" />` : null,
    path ? `\t<link rel="canonical" href="${url}" />` : null,
    `\t<meta property="og:locale" content="en_US" />`,
    `\t<meta property="og:type" content="${ogType}" />`,
    `\t<meta property="og:title" content="${escAttr(title)}" />`,
    description ? `\t<meta property="og:description" content="${escAttr(description)}" />` : null,
    path ? `\t<meta property="og:url" content="${url}" />` : null,
    `\t<meta property="og:site_name" content="${escAttr(site.name)}" />`,
    article ? `\t<meta property="article:publisher" content="https://www.facebook.com/lakeshoreledger" />` : null,
    article?.published ? `\t<meta property="article:published_time" content="${toUtc(article.published)}" />` : null,
    article?.modified && article.modified !== article.published ? `\t<meta property="article:modified_time" content="${toUtc(article.modified)}" />` : null,
    image ? `\t<meta property="og:image" content="${abs(image.url)}" />` : null,
    image ? `\t<meta property="og:image:width" content="${image.width}" />\n\t<meta property="og:image:height" content="${image.height}" />\n\t<meta property="og:image:type" content="${image.type}" />` : null,
    article?.author ? `\t<meta name="author" content="${escAttr(article.author)}" />` : null,
    `\t<meta name="twitter:card" content="summary_large_image" />`,
    `\t<meta name="twitter:site" content="@lakeshoreledger" />`,
    article?.author ? `\t<meta name="twitter:label1" content="Written by" />\n\t<meta name="twitter:data1" content="${escAttr(article.author)}" />` : null,
    article?.minutes ? `\t<meta name="twitter:label2" content="Est. reading time" />\n\t<meta name="twitter:data2" content="${article.minutes} minutes" />` : null,
    `\t<script type="application/ld+json" class="yoast-schema-graph">${json({ "@context": "https://schema.org", "@graph": schema })}</script>`,
    `\t<!-- / Yoast SEO plugin. -->`,
    ``,
    ``,
    `<link rel='dns-prefetch' href='//fonts.googleapis.com' />`,
    `<link rel="alternate" type="application/rss+xml" title="${escAttr(site.name)} &raquo; Feed" href="/feed/" />`,
    `<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />`,
    `<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />`,
    `<style id='generate-style-inline-css'>`,
    STYLE,
    `</style>`,
    `<link rel='stylesheet' id='generate-child-css' href='/wp-content/themes/ledger/style.css?ver=1.4.2' media='all' />`,
    `<style id='ledger-inline-css'>`,
    CHILD_STYLE,
    `</style>`,
    `<link rel='stylesheet' id='ledger-fonts-css' href='https://fonts.googleapis.com/css2?family=Libre+Franklin:wght@400;700;800&#038;family=Source+Serif+4:ital,wght@0,400;0,700;1,400&#038;display=swap' media='all' />`,
    `<link rel="https://api.w.org/" href="/wp-json/" />`,
    `<meta name="generator" content="WordPress 6.6.2" />`,
    `<link rel="icon" href="/wp-content/uploads/2023/04/cropped-ledger-icon-32x32.png" sizes="32x32" />`,
    `<link rel="icon" href="/wp-content/uploads/2023/04/cropped-ledger-icon-192x192.png" sizes="192x192" />`,
    `<link rel="apple-touch-icon" href="/wp-content/uploads/2023/04/cropped-ledger-icon-180x180.png" />`,
    `<!-- Fathom - beautiful, simple website analytics -->`,
    `<script src="https://cdn.usefathom.com/script.js" data-site="LKSHRLDG" defer></script>`,
    `<!-- / Fathom -->`,
    `</head>`,
  ];
  return lines.filter((l) => l !== null).join("\n");
}

// ─── page chrome ────────────────────────────────────────────────────────────────────────────────
const NAV = [
  ["Home", "/", "menu-item-type-custom menu-item-object-custom menu-item-home", 301],
  ["News", "/news/", "menu-item-type-taxonomy menu-item-object-category", 302],
  ["Politics", "/politics/", "menu-item-type-taxonomy menu-item-object-category", 303],
  ["Election 2024", "/tag/election-2024/", "menu-item-type-taxonomy menu-item-object-post_tag", 304],
  ["Great Lakes", "/tag/great-lakes/", "menu-item-type-taxonomy menu-item-object-post_tag", 305],
  ["About", "/about/", "menu-item-type-post_type menu-item-object-page", 306],
];

function header(current) {
  const items = NAV.map(([label, href, cls, id]) => {
    const state = href === current ? " current-menu-item" : current && current.startsWith(href) && href !== "/" ? " current-menu-ancestor" : "";
    return `<li id="menu-item-${id}" class="menu-item ${cls}${state} menu-item-${id}"><a href="${href}"${href === current ? ' aria-current="page"' : ""}>${text(label)}</a></li>`;
  }).join("\n");
  return `<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>		<div class="top-bar top-bar-align-right">
			<div class="inside-top-bar grid-container">
				<aside id="block-2" class="widget inner-padding widget_block"><p class="ledger-today">${dayDate(SNAPSHOT)}</p></aside><aside id="block-3" class="widget inner-padding widget_block"><p class="ledger-top-links"><a href="https://subscribe.lakeshoreledger.com/">Subscribe</a> · <a href="/about/#contact">Contact us</a> · <a href="/about/#tips">Send a tip</a></p></aside>			</div>
		</div>
				<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"  itemtype="https://schema.org/WPHeader" itemscope>
			<div class="inside-header grid-container">
				<div class="site-logo">
					<a href="/" rel="home">
						<img  class="header-image is-logo-image" alt="${escAttr(site.name)}" src="${site.logo}" width="420" height="80" />
					</a>
				</div>	<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
				<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
			<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 96c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24zm0 160c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24zm0 160c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24z" /></svg></span><span class="screen-reader-text">Menu</span>		</button>
	</nav>
			<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"  itemtype="https://schema.org/SiteNavigationElement" itemscope>
			<div class="inside-navigation grid-container">
				<div id="primary-menu" class="main-nav"><ul id="menu-primary" class=" menu sf-menu">
${indent(items, 0)}
</ul></div>			</div>
		</nav>
					</div>
		</header>
		`;
}

function sidebar() {
  const latest = byDateDesc.slice(0, 6).map((p) => `<li>\n\t\t\t\t\t\t\t<a href="${postPath(p)}">${text(p.title)}</a>\n\t\t\t\t\t\t\t\t\t</li>`).join("\n\t\t\t\t\t");
  const topics = Object.entries(tags).map(([slug, t]) => `<li class="cat-item"><a href="/tag/${slug}/">${text(t.name)}</a></li>`).join("\n\t\t\t\t\t");
  return `<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/">
	<label>
		<span class="screen-reader-text">Search for:</span>
		<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" title="Search for:">
	</label>
	<button class="search-submit" aria-label="Search">Search</button></form>
</aside>
		<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">
		<h2 class="widget-title">Latest</h2>
		<ul>
					${latest}
				</ul>
		</aside>
		<aside id="custom_html-3" class="widget_text widget inner-padding widget_custom_html"><h2 class="widget-title">The Morning Ledger</h2><div class="textwidget custom-html-widget"><p>Port Calder news in your inbox before your first cup of coffee, every weekday.</p>
<form class="ledger-newsletter" action="https://lakeshoreledger.us21.list-manage.com/subscribe/post?u=4f2a9c1e0b7d&amp;id=8e3c51d2a0" method="post" target="_blank">
<label for="mce-EMAIL" class="screen-reader-text">Email address</label>
<input type="email" name="EMAIL" id="mce-EMAIL" placeholder="you@example.com" required>
<input type="submit" value="Sign up" name="subscribe">
</form></div></aside>
		<aside id="custom_html-5" class="widget_text widget inner-padding widget_custom_html"><div class="textwidget custom-html-widget"><div class="ledger-ad ledger-ad--sidebar" id="div-gpt-ad-ledger-rail-1" data-ad-unit="ledger_rail_top"><span class="ad-label">Advertisement</span></div></div></aside>
		<aside id="custom_html-4" class="widget_text widget inner-padding widget_custom_html"><h2 class="widget-title">Topics</h2><div class="textwidget custom-html-widget"><ul class="ledger-topics">
					${topics}
				</ul></div></aside>
	</div>
</div>`;
}

const FOOTER = `<div class="site-footer">
				<div id="footer-widgets" class="site footer-widgets">
				<div class="footer-widgets-container grid-container">
					<div class="inside-footer-widgets">
							<div class="footer-widget-1">
		<aside id="text-2" class="widget inner-padding widget_text"><h2 class="widget-title">${text(site.name)}</h2>			<div class="textwidget"><p>${text("Port Calder’s newspaper since 1889, and its website since 1998. Locally owned, and reader supported.")}</p>
<p>${text(site.address)}<br />
${text(site.phone)} · <a href="mailto:news@lakeshoreledger.com">news@lakeshoreledger.com</a></p>
</div>
		</aside>	</div>
		<div class="footer-widget-2">
		<aside id="nav_menu-2" class="widget inner-padding widget_nav_menu"><h2 class="widget-title">Sections</h2><div class="menu-footer-sections-container"><ul id="menu-footer-sections" class="menu"><li class="menu-item"><a href="/news/">News</a></li>
<li class="menu-item"><a href="/politics/">Politics</a></li>
<li class="menu-item"><a href="/tag/election-2024/">Election 2024</a></li>
<li class="menu-item"><a href="/tag/great-lakes/">Great Lakes</a></li>
<li class="menu-item"><a href="/tag/schools/">Schools</a></li>
</ul></div></aside>	</div>
		<div class="footer-widget-3">
		<aside id="nav_menu-3" class="widget inner-padding widget_nav_menu"><h2 class="widget-title">The Ledger</h2><div class="menu-footer-about-container"><ul id="menu-footer-about" class="menu"><li class="menu-item"><a href="/about/">About us</a></li>
<li class="menu-item"><a href="/about/#corrections">Corrections</a></li>
<li class="menu-item"><a href="/about/#contact">Contact</a></li>
<li class="menu-item"><a href="https://subscribe.lakeshoreledger.com/">Subscribe</a></li>
</ul></div></aside>	</div>
						</div>
				</div>
			</div>
					<footer class="site-info" aria-label="Site"  itemtype="https://schema.org/WPFooter" itemscope>
			<div class="inside-site-info grid-container">
								<div class="copyright-bar">
					&copy; 2024 ${text(site.name)} &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a>				</div>
			</div>
		</footer>
		</div>

<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;e.addEventListener("mousedown",function(){e.classList.add("using-mouse")}),e.addEventListener("keydown",function(){e.classList.remove("using-mouse")})}}();</script><script id="generate-menu-js-extra">
var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu","closeSubMenuLabel":"Close Sub-Menu"};
</script>
<script src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script>

</body>
</html>
`;

function page({ headHtml, bodyClass, current, main }) {
  return `${headHtml}

<body class="${bodyClass}"  itemtype="https://schema.org/Blog" itemscope>
	${header(current)}
	<div class="site grid-container container hfeed" id="page">
				<div class="site-content" id="content">
			
	<div class="content-area" id="primary">
		<main class="site-main" id="main">
${main}
		</main>
	</div>

	${sidebar()}

	</div>
</div>


${FOOTER}`;
}

const BODY_COMMON = "wp-custom-logo wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover";

// ─── single post ────────────────────────────────────────────────────────────────────────────────
function single(p, index) {
  const path = postPath(p);
  const url = abs(path);
  const section = sections[p.section];
  const prev = byDateDesc[index + 1];
  const next = byDateDesc[index - 1];
  const names = authorNames(p);
  const personId = (n) => `${site.url}/#/schema/person/${n.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  const persons = names.map((n) => ({
    "@type": "Person",
    "@id": personId(n),
    name: n,
    ...(p.author ? { description: staff[p.author].bio } : {}),
  }));
  const schema = [
    {
      "@type": "NewsArticle",
      "@id": `${url}#article`,
      isPartOf: { "@id": url },
      author: names.length === 1 ? { name: names[0], "@id": personId(names[0]) } : names.map((n) => ({ name: n, "@id": personId(n) })),
      headline: p.title,
      datePublished: toUtc(p.date),
      dateModified: toUtc(p.modified),
      mainEntityOfPage: { "@id": url },
      wordCount: words(p),
      publisher: { "@id": `${site.url}/#organization` },
      image: { "@id": `${url}#primaryimage` },
      thumbnailUrl: abs(imageUrl(p)),
      ...(p.tags.length ? { keywords: p.tags.map((t) => tags[t].name) } : {}),
      articleSection: [section.name],
      inLanguage: "en-US",
      copyrightYear: "2024",
      copyrightHolder: { "@id": `${site.url}/#organization` },
    },
    {
      "@type": "WebPage",
      "@id": url,
      url,
      name: `${p.title} - ${site.name}`,
      isPartOf: { "@id": `${site.url}/#website` },
      primaryImageOfPage: { "@id": `${url}#primaryimage` },
      image: { "@id": `${url}#primaryimage` },
      thumbnailUrl: abs(imageUrl(p)),
      datePublished: toUtc(p.date),
      dateModified: toUtc(p.modified),
      description: p.excerpt,
      breadcrumb: { "@id": `${url}#breadcrumb` },
      inLanguage: "en-US",
      potentialAction: [{ "@type": "ReadAction", target: [url] }],
    },
    { "@type": "ImageObject", inLanguage: "en-US", "@id": `${url}#primaryimage`, url: abs(imageUrl(p)), contentUrl: abs(imageUrl(p)), width: 1200, height: 800, caption: `${p.image.caption} (${p.image.credit})` },
    breadcrumb(url, [["Home", `${site.url}/`], [section.name, abs(`/${p.section}/`)], [p.title, null]]),
    WEBSITE,
    ORG,
    ...persons,
  ];
  const headHtml = head({
    title: `${p.title} - ${site.name}`,
    description: p.excerpt,
    path,
    ogType: "article",
    image: { url: imageUrl(p), width: 1200, height: 800, type: "image/jpeg" },
    article: { published: p.date, modified: p.modified, author: names.join(", "), minutes: Math.max(1, Math.round(words(p) / 200)) },
    schema,
  });
  const classes = [`post-${p.id}`, "post", "type-post", "status-publish", "format-standard", "has-post-thumbnail", "hentry", `category-${p.section}`, ...p.tags.map((t) => `tag-${t}`)].join(" ");
  const img = p.image;
  const logo = p.dcnf?.logo
    ? `\n<figure class="wp-block-image size-full is-resized dcnf-logo"><img loading="lazy" decoding="async" width="300" height="60" src="${DCNF_LOGO}" alt="Daily Caller News Foundation logo" class="wp-image-2208" style="width:300px;height:auto"/></figure>\n\n`
    : "";
  const paragraphs = p.paragraphs.map((para, i) => {
    const isLicensing = p.dcnf && para === licensingParagraph;
    const html = isLicensing
      ? `<p><em>${markup(para.replace(LICENSING_EMAIL, `<a href="mailto:${LICENSING_EMAIL}">${LICENSING_EMAIL}</a>`))}</em></p>`
      : `<p>${markup(para)}</p>`;
    const ad = i === 3 ? `\n\n\n\n<div class="ledger-ad ledger-ad--inline" id="div-gpt-ad-ledger-article-1" data-ad-unit="ledger_article_mid"><span class="ad-label">Advertisement</span></div>` : "";
    return html + ad;
  });
  const tagLinks = p.tags.length
    ? `<span class="tags-links"><span class="gp-icon icon-tags"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M20 39.5c-8.836 0-16 7.163-16 16v176c0 4.243 1.686 8.313 4.687 11.314l224 224c6.248 6.248 16.378 6.248 22.626 0l176-176c6.244-6.244 6.25-16.364.013-22.615l-223.5-224A15.999 15.999 0 00196.5 39.5H20zm56 96c0-13.255 10.745-24 24-24s24 10.745 24 24-10.745 24-24 24-24-10.745-24-24z"/></svg></span><span class="screen-reader-text">Tags </span>${p.tags.map((t) => `<a href="/tag/${t}/" rel="tag">${text(tags[t].name)}</a>`).join(", ")}</span> `
    : "";
  const navLink = (q, rel, label) =>
    q ? `<div class="nav-${rel === "prev" ? "previous" : "next"}"><span class="screen-reader-text">${label}</span><a href="${postPath(q)}" rel="${rel}">${text(q.title)}</a></div>` : "";
  const main = `
<article id="post-${p.id}" class="${classes}"  itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
				<figure class="featured-image page-header-image-single grid-container grid-parent">
				<img width="1200" height="800" src="${imageUrl(p)}" class="attachment-full size-full wp-post-image" alt="${escAttr(img.alt)}" itemprop="image" decoding="async" fetchpriority="high" srcset="${imageUrl(p)} 1200w, ${imageUrl(p, "300x200")} 300w, ${imageUrl(p, "768x512")} 768w" sizes="(max-width: 1200px) 100vw, 1200px" />
				<figcaption class="wp-caption-text">${text(img.caption)} <span class="image-credit">${text(img.credit)}</span></figcaption>
			</figure>
					<header class="entry-header">
			<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/${p.section}/" rel="category tag">${text(section.name)}</a></span>
			<h1 class="entry-title" itemprop="headline">${text(p.title)}</h1>
			<p class="entry-dek">${text(p.excerpt)}</p>
					<div class="entry-meta">
			${byline(p)}
			${postedOn(p)}
					</div>
					</header>
			
		<div class="entry-content" itemprop="text">
${logo}${paragraphs.join("\n\n\n\n")}
		</div>

				<footer class="entry-meta" aria-label="Entry meta">
			${tagLinks}		<nav id="nav-below" class="post-navigation" aria-label="Posts">
			${navLink(prev, "prev", "Previous")}${navLink(next, "next", "Next")}		</nav>
				</footer>
			</div>
</article>

			<div class="comments-area">
				<div id="comments">
		<p class="no-comments">Comments are closed.</p>
				</div>
			</div>
`;
  const bodyClass = `post-template-default single single-post postid-${p.id} single-format-standard ${BODY_COMMON}`;
  return page({ headHtml, bodyClass, current: `/${p.section}/`, main });
}

// ─── listings ───────────────────────────────────────────────────────────────────────────────────
function card(p) {
  const classes = [`post-${p.id}`, "post", "type-post", "status-publish", "format-standard", "has-post-thumbnail", "hentry", `category-${p.section}`, ...p.tags.map((t) => `tag-${t}`)].join(" ");
  return `<article id="post-${p.id}" class="${classes}"  itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
		<div class="post-image">
			<a href="${postPath(p)}">
				<img width="768" height="512" src="${imageUrl(p, "768x512")}" class="attachment-medium_large size-medium_large wp-post-image" alt="${escAttr(p.image.alt)}" itemprop="image" decoding="async" loading="lazy" />
			</a>
		</div>
					<header class="entry-header">
				<h2 class="entry-title" itemprop="headline"><a href="${postPath(p)}" rel="bookmark">${text(p.title)}</a></h2>		<div class="entry-meta">
			${byline(p)}
			${postedOn(p)}
		</div>
					</header>
			
			<div class="entry-summary" itemprop="text">
				<p>${text(p.excerpt)}</p>
			</div>
			</div>
</article>`;
}

const PER_PAGE = 8; // Settings → Reading → "Blog pages show at most"

/** A listing page (home, category, tag), paged as WordPress pages it: /news/, /news/page/2/ ... */
function listing({ path, title, docTitle, description, intro, list, bodyClass, current, type, paged = 1, pages = 1 }) {
  const base = path;
  if (paged > 1) {
    path = `${base}page/${paged}/`;
    docTitle = docTitle.replace(/ - /, ` - Page ${paged} of ${pages} - `);
    bodyClass = `${bodyClass} paged paged-${paged}${type === "home" ? "" : ` ${bodyClass.split(" ")[1]}-paged-${paged}`}`;
  }
  const url = abs(path);
  const schema = [
    {
      "@type": "CollectionPage",
      "@id": url,
      url,
      name: docTitle,
      isPartOf: { "@id": `${site.url}/#website` },
      ...(type === "home" ? { about: { "@id": `${site.url}/#organization` }, description: site.description } : {}),
      breadcrumb: { "@id": `${url}#breadcrumb` },
      inLanguage: "en-US",
    },
    breadcrumb(url, type === "home" ? [["Home", null]] : [["Home", `${site.url}/`], [title, null]]),
    WEBSITE,
    ORG,
  ];
  const headHtml = head({ title: docTitle, description, path, ogType: "website", image: type === "home" ? { url: site.logo, width: 420, height: 80, type: "image/png" } : null, schema });
  const pageHeader =
    type === "home"
      ? `\t\t\t<h1 class="screen-reader-text">${text(site.name)}: latest news</h1>`
      : `\t\t\t<header class="page-header" aria-label="Page">
			<h1 class="page-title">
				${text(title)}			</h1>
			<div class="taxonomy-description"><p>${text(intro)}</p>
</div>		</header>`;
  const pageUrl = (n) => (n === 1 ? base : `${base}page/${n}/`);
  const numbers = Array.from({ length: pages }, (_, i) => i + 1)
    .map((n) => (n === paged ? `<span aria-current="page" class="page-numbers current"><span class="screen-reader-text">Page</span>${n}</span>` : `<a class="page-numbers" href="${pageUrl(n)}"><span class="screen-reader-text">Page</span>${n}</a>`))
    .join("\n");
  const pagination =
    pages > 1
      ? `\t\t<nav id="nav-below" class="paging-navigation" aria-label="Archive Page">
								<div class="nav-links">${paged > 1 ? `<a class="prev page-numbers" href="${pageUrl(paged - 1)}">&larr; Previous</a>\n` : ""}${numbers}${paged < pages ? `\n<a class="next page-numbers" href="${pageUrl(paged + 1)}">Next &rarr;</a>` : ""}</div>		</nav>
`
      : "";
  const main = `${pageHeader}
${list.slice((paged - 1) * PER_PAGE, paged * PER_PAGE).map(card).join("\n")}
${pagination}`;
  return page({ headHtml, bodyClass, current, main });
}

// ─── about and 404 ─────────────────────────────────────────────────────────────────────────────
function about() {
  const path = "/about/";
  const url = abs(path);
  const title = "About The Lakeshore Ledger";
  const description = "The Lakeshore Ledger has covered Port Calder and Tamarack County since 1889. Meet the newsroom, read our corrections policy, and get in touch.";
  const schema = [
    { "@type": ["WebPage", "AboutPage"], "@id": url, url, name: `${title} - ${site.name}`, isPartOf: { "@id": `${site.url}/#website` }, datePublished: "2023-04-18T15:20:11+00:00", dateModified: "2024-09-03T14:02:45+00:00", description, breadcrumb: { "@id": `${url}#breadcrumb` }, inLanguage: "en-US", potentialAction: [{ "@type": "ReadAction", target: [url] }] },
    breadcrumb(url, [["Home", `${site.url}/`], [title, null]]),
    WEBSITE,
    ORG,
  ];
  const headHtml = head({ title: `${title} - ${site.name}`, description, path, ogType: "article", image: { url: site.logo, width: 420, height: 80, type: "image/png" }, article: { modified: "2024-09-03T10:02:45-04:00" }, schema });
  const column = ([, s]) => `<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading">${text(s.name)}</h3>

<p class="has-small-font-size"><strong>${text(s.role)}</strong></p>
</div>`;
  const staffColumns = Object.entries(staff);
  const main = `
<article id="post-2" class="post-2 page type-page status-publish"  itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
		
			<header class="entry-header">
				<h1 class="entry-title" itemprop="headline">${text(title)}</h1>			</header>

			
		<div class="entry-content" itemprop="text">
			
<p>${text("The Ledger has been Port Calder’s newspaper since 1889, when a harbor pilot named Elias Brandvold bought a secondhand press and started printing shipping news, grain prices and city council minutes once a week.")}</p>



<p>${text("Today we publish online every day and in print on Thursdays, with a newsroom of four full-time journalists and a dozen correspondents and columnists across Tamarack County. We are locally owned, and most of our budget comes from subscribers.")}</p>



<h2 class="wp-block-heading" id="newsroom">Our newsroom</h2>



<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
${staffColumns.slice(0, 2).map(column).join("\n\n\n\n")}
</div>



<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-2 wp-block-columns-is-layout-flex">
${staffColumns.slice(2).map(column).join("\n\n\n\n")}
</div>



<h2 class="wp-block-heading" id="what-we-publish">What we publish</h2>



<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<p>${text("Most of what you read here is reported by our own staff. For national and state news we also run stories from nonprofit newswires, with the reporter’s name and the newswire’s credit as each newswire asks.")}</p>
</div>



<h2 class="wp-block-heading" id="corrections">Corrections</h2>



<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<p>${text("We fix errors as soon as we learn of them and note the correction at the end of the story. To report an error, write to corrections@lakeshoreledger.com.")}</p>
</div>



<h2 class="wp-block-heading" id="contact">Contact us</h2>



<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<p>${text(site.address)}<br>${text(site.phone)}<br><a href="mailto:news@lakeshoreledger.com">news@lakeshoreledger.com</a></p>



<p id="tips">${text("Got a tip? Call the newsroom, or write to tips@lakeshoreledger.com.")}</p>
</div>
		</div>

			</div>
</article>
`;
  const bodyClass = `page-template-default page page-id-2 ${BODY_COMMON}`;
  return page({ headHtml, bodyClass, current: "/about/", main });
}

function notFound() {
  const schema = [WEBSITE, ORG];
  const headHtml = head({ title: `Page not found - ${site.name}`, ogType: "website", schema, robots: "noindex, follow" });
  const main = `
			<div class="inside-article">
				
				<header class="entry-header">
					<h1 class="entry-title" itemprop="headline">${text("Oops! That page can’t be found.")}</h1>
				</header>

				
				<div class="entry-content" itemprop="text">
					<p>It looks like nothing was found at this location. Maybe try searching?</p><form method="get" class="search-form" action="/">
	<label>
		<span class="screen-reader-text">Search for:</span>
		<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" title="Search for:">
	</label>
	<button class="search-submit" aria-label="Search">Search</button></form>
				</div>

							</div>
`;
  return page({ headHtml, bodyClass: `error404 ${BODY_COMMON}`, current: null, main });
}

// ─── images (placeholders: the real logos are the newsrooms') ───────────────────────────────────
function png(width, height, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

// ─── export ─────────────────────────────────────────────────────────────────────────────────────
const files = new Map();
const put = (path, content) => files.set(path, content);

byDateDesc.forEach((p, i) => put(`${postPath(p).slice(1)}index.html`, single(p, i)));
const putListing = (options) => {
  const pages = Math.max(1, Math.ceil(options.list.length / PER_PAGE));
  for (let paged = 1; paged <= pages; paged++) {
    const dir = paged === 1 ? options.path : `${options.path}page/${paged}/`;
    put(`${dir.slice(1)}index.html`, listing({ ...options, paged, pages }));
  }
};
putListing({ path: "/", title: site.name, docTitle: `${site.name} - ${site.tagline}`, description: site.description, list: byDateDesc, bodyClass: `home blog ${BODY_COMMON}`, current: "/", type: "home" });
for (const [slug, s] of Object.entries(sections)) {
  putListing({ path: `/${slug}/`, title: s.name, docTitle: `${s.name} Archives - ${site.name}`, description: s.description, intro: s.description, list: byDateDesc.filter((p) => p.section === slug), bodyClass: `archive category category-${slug} ${BODY_COMMON}`, current: `/${slug}/` });
}
for (const [slug, t] of Object.entries(tags)) {
  putListing({ path: `/tag/${slug}/`, title: t.name, docTitle: `${t.name} Archives - ${site.name}`, description: t.description, intro: t.description, list: byDateDesc.filter((p) => p.tags.includes(slug)), bodyClass: `archive tag tag-${slug} ${BODY_COMMON}`, current: `/tag/${slug}/` });
}
put("about/index.html", about());
put("404.html", notFound());
put("wp-content/uploads/dcnf-logo.png", png(300, 60, [17, 44, 84]));
put("wp-content/uploads/2023/04/lakeshore-ledger-logo.png", png(420, 80, [11, 46, 63]));

rmSync(DIST, { recursive: true, force: true });
for (const [path, content] of files) {
  const file = join(DIST, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
console.log(`wrote ${files.size} files to ${DIST}`);
