import { describe, expect, test } from "vitest";
import { Page } from "../../src/page/page.js";
import { wordpressPage } from "../helpers/page-builder.js";

const card = (i: number) =>
  `<article class="post-card post"><a class="post-card-image-link" href="/story-${i}/"><img class="post-card-image" src="/content/images/${i}.jpg" alt=""></a><div class="post-card-content"><h2 class="post-card-title"><a href="/story-${i}/">Story number ${i} about the county budget</a></h2><div class="post-card-excerpt"><p>The county board voted on Tuesday to approve a budget that raises spending on roads and schools by ${i} percent.</p></div><footer class="post-card-meta"><span class="post-card-byline">By Staff Writer ${i}</span></footer></div></article>`;
const listing = (bodyClass: string, ogType = "website") =>
  `<!doctype html><html><head><meta property="og:type" content="${ogType}"><title>News</title></head><body class="${bodyClass}"><header class="site-header"><h1 class="site-title">The Prairie Post</h1></header><main id="site-main"><div class="post-feed">${Array.from({ length: 12 }, (_, i) => card(i)).join("")}</div></main></body></html>`;

describe("article facet", () => {
  test("a WordPress single post: headline, body and the region that holds both", () => {
    const page = new Page({ source: wordpressPage({ byline: '<span class="byline">By Jane Doe</span>' }) });
    const article = page.article;
    expect(article.found).toBe(true);
    if (!article.found) return;
    expect(page.$(article.region.headline!).text()).toBe("US Builds Asian Intelligence Network To Counter China");
    expect(page.$(article.region.body).hasClass("entry-content")).toBe(true);
    expect(article.region.root.attribs.id).toBe("post-48213");
    expect(page.zoneOf(page.$(".byline")[0]!)).toBe("article");
    expect(page.zoneOf(page.$("#secondary li")[0]!)).toBe("sidebar");
    expect(page.zoneOf(page.$("#colophon .site-info")[0]!)).toBe("site-footer");
    expect(page.zoneOf(page.$("#site-navigation a")[0]!)).toBe("navigation");
  });

  test.each([
    ["Ghost home page", "home-template"],
    ["Ghost tag page", "tag-template"],
    ["WordPress category archive", "archive category category-politics"],
    ["Drupal front page", "path-frontpage"],
  ])("%s is not an article", (_, bodyClass) => {
    const article = new Page({ source: listing(bodyClass) }).article;
    expect(article.found).toBe(false);
  });

  test("a listing without CMS body classes is recognised by its structure", () => {
    expect(new Page({ source: listing("") }).article.found).toBe(false);
  });

  test("a single post with WordPress body classes is an article even without og:type", () => {
    const page = new Page({ source: wordpressPage({ ogType: "" }) });
    expect(page.article.found).toBe(true);
  });

  test("a short brief under a headline is an article, without any metadata", () => {
    const brief = `<!doctype html><html><head><title>Brief</title></head><body><main><h1>County Approves Road Budget</h1><p class="byline">By Staff</p><div class="story">${[
      "The county board approved the road budget on Tuesday after a short debate about repairs to rural routes.",
      "Commissioners voted 4-1 to fund repairs on three rural routes this spring, starting with the bridge on Route 9.",
      "The dissenting commissioner said the plan leaves out the north end of the county, where roads are worst.",
      "Work is expected to begin in April and to finish before the harvest season, the road department said.",
    ].map((p) => `<p>${p}</p>`).join("")}</div></main></body></html>`;
    expect(new Page({ source: brief }).article.found).toBe(true);
  });

  test("a headline printed above the content wrapper widens the region to it", () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the republished story, long enough to count as real story text.</p>`).join("");
    const html = `<!doctype html><html><head><meta property="og:type" content="article"></head><body><div class="page-header"><h1 class="page-title">Headline</h1><p class="byline">By Jane Doe</p></div><div class="layout"><article class="story"><div class="story-body">${paragraphs}</div></article><aside class="sidebar"><p class="byline">By Other Person</p></aside></div></body></html>`;
    const page = new Page({ source: html });
    expect(page.zoneOf(page.$(".page-header .byline")[0]!)).toBe("article");
    expect(page.zoneOf(page.$("aside .byline")[0]!)).toBe("sidebar");
  });
});
