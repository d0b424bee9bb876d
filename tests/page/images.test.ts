import { describe, expect, test } from "vitest";
import { Page } from "../../src/page/page.js";

const page = (body: string, url?: string) => new Page({ source: `<!doctype html><html><head></head><body>${body}</body></html>`, url });

describe("images facet", () => {
  test("every lazy-load URL attribute, resolved against the page URL", () => {
    const p = page(
      '<img src="data:image/gif;base64,R0lGOD" data-lazy-src="/a.png" data-srcset="/b-1x.png 1x, /b-2x.png 2x" data-original="c.png" alt="x">',
      "https://partner.example/news/story/",
    );
    expect(p.images).toHaveLength(1);
    expect(p.images[0]!.urls).toEqual(["https://partner.example/a.png", "https://partner.example/news/story/c.png", "https://partner.example/b-1x.png", "https://partner.example/b-2x.png"]);
    expect(p.images[0]!.urlAttributes).toEqual(["data-lazy-src", "data-original", "data-srcset", "data-srcset"]);
  });

  test("a <noscript> fallback knows its lazy twin, and its selector goes through the <noscript>", () => {
    const p = page('<div id="story"><figure class="logo"><a href="/"><img class="lazyload" data-src="/l.png" alt=""></a><noscript><img src="/l.png" alt="DCNF logo"></noscript></figure></div>');
    const fallback = p.images.find((i) => i.noscript)!;
    expect(fallback.lazyTwin?.node.attribs.class).toBe("lazyload");
    expect(p.selectorOf(fallback.node)).toBe("#story > figure.logo > noscript img");
  });

  test("Squarespace order (each <noscript> before its image): a fallback pairs with the image showing its URL", () => {
    const p = page('<div><noscript><img src="/a.png" alt="A"></noscript><img class="thumb-image" data-src="/a.png" alt="A"><noscript><img src="/b.png" alt="B"></noscript><img class="thumb-image" data-src="/b.png" alt="B"></div>');
    const fallbackB = p.images.find((i) => i.noscript && i.label === "B")!;
    expect(fallbackB.lazyTwin?.urls).toEqual(["/b.png"]);
  });

  test("picture sources belong to the picture's img", () => {
    const p = page('<picture><source media="(min-width:800px)" srcset="/wide.webp 1200w, /wide-2x.webp 2400w"><img src="/narrow.jpg" alt="logo"></picture>');
    expect(p.images[0]!.urls).toEqual(["/narrow.jpg", "/wide.webp", "/wide-2x.webp"]);
  });

  test("<noscript> fallbacks are parsed with exact locations", () => {
    const source = '<!doctype html><html><head></head><body>\n<img data-src="/l.png"><noscript><img src="/l.png" alt="DCNF logo"></noscript></body></html>';
    const p = new Page({ source });
    const fallback = p.images.find((i) => i.noscript);
    expect(fallback?.label).toBe("DCNF logo");
    const loc = p.locate(fallback!.node, "src")!;
    expect(source.slice(loc.startOffset, loc.endOffset)).toBe('src="/l.png"');
    expect(loc.line).toBe(2);
  });

  test("amp-img, inline svg titles, background images and sizes", () => {
    const p = page(
      '<amp-img src="/a.png" width="1" height="1" alt="pixel"></amp-img><svg><title>Daily Caller News Foundation</title></svg><a style="background-image: url(\'/bg.png\'); width: 200px" aria-label="Badge"></a>',
    );
    expect(p.images.map((i) => [i.kind, i.label, i.width])).toEqual([
      ["amp-img", "pixel", 1],
      ["svg", "Daily Caller News Foundation", null],
      ["background", "Badge", 200],
    ]);
  });
});
