import { describe, expect, test } from "vitest";
import { Page } from "../../src/page/page.js";
import { isTaxonomy } from "../../src/page/taxonomy.js";

/** The first element of a WordPress/Drupal/Ghost snippet, parsed as a page. */
function first(html: string) {
  const page = new Page({ source: `<!DOCTYPE html><html><body>${html}</body></html>` });
  return page.index.first("body")!.children.find((c) => c.type === "tag") as Parameters<typeof isTaxonomy>[0];
}

describe("isTaxonomy", () => {
  test.each([
    ['<a href="/tag/daily-caller/" rel="tag">Daily Caller</a>', true], // WordPress the_tags()
    ['<a href="/category/national/" rel="category tag">National</a>', true], // the_category()
    ['<span class="cat-links">Posted in <a href="/category/national/">National</a></span>', true],
    ['<span class="tags-links"><a href="/tag/china/">China</a></span>', true],
    ['<div class="taxonomy-category wp-block-post-terms"><a href="/category/dcnf/">DCNF</a></div>', true], // block themes
    ['<div class="field field--name-field-tags field--type-entity-reference"><a href="/taxonomy/term/7">Daily Caller</a></div>', true], // Drupal
    ['<a class="post-card-primary-tag" href="/tag/news/">News</a>', true], // Ghost
    ['<article class="post type-post category-national tag-china hentry"><h1>Headline</h1></article>', false], // post classes
    ['<span class="byline-tag">Daily Caller News Foundation</span>', false],
    ['<p class="tagline">From the Daily Caller News Foundation</p>', false],
    ['<a href="https://dailycallernewsfoundation.org/">Daily Caller News Foundation</a>', false],
    // A class alone does not make a tag list: themes print the affiliation in badges like these.
    ['<span class="source-tag">Daily Caller News Foundation</span>', false],
    ['<span class="tag">DCNF</span>', false],
    ['<span class="partner-topic">Daily Caller News Foundation</span>', false],
    ['<span class="tags-links">From the <a href="https://dailycallernewsfoundation.org/">Daily Caller News Foundation</a></span>', false],
  ])("%s: %s", (html, expected) => {
    expect(isTaxonomy(first(html))).toBe(expected);
  });
});
