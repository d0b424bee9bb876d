/**
 * The page's tree must be the browser's tree (parse5's, the reference implementation of the
 * HTML standard) with the same source offsets, whatever path built it: htmlparser2's tokenizer
 * feeding parse5's tree builder, or parse5 alone for the input that tokenizer cannot take.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnyNode, Document, Element } from "domhandler";
import { parse, parseFragment } from "parse5";
import { adapter } from "parse5-htmlparser2-tree-adapter";
import { describe, expect, test } from "vitest";
import { Page } from "../../src/page/page.js";
import { attributeSpan, nodeSpan, parseDocument, parseFragmentAt, startTagSpan, type PageElement } from "../../src/page/parse.js";

interface Loc {
  startOffset: number;
  endOffset: number;
  startTag?: { endOffset: number };
  attrs?: Record<string, { startOffset: number; endOffset: number }>;
}

/** Every difference between our tree and parse5's (with its htmlparser2 adapter), as text. */
function differences(source: string, fragment = false): string[] {
  const ours = fragment ? parseFragmentAt(source, 0, source.length) : parseDocument(source);
  const options = { treeAdapter: adapter, sourceCodeLocationInfo: true };
  const reference = (fragment ? parseFragment(source, options) : parse(source, options)) as unknown as Document;
  const problems: string[] = [];
  const walk = (a: AnyNode, b: AnyNode, path: string) => {
    if (a.type !== b.type || ("name" in b && (a as Element).name !== b.name)) return void problems.push(`${path}: ${a.type} vs ${b.type}`);
    if ("data" in b && (a as { data: string }).data !== b.data) problems.push(`${path}: text ${JSON.stringify((a as { data: string }).data)}`);
    const loc = (b as { sourceCodeLocation?: Loc | null }).sourceCodeLocation;
    if (b.type !== "root" && (a.startIndex !== (loc?.startOffset ?? null) || a.endIndex !== (loc?.endOffset ?? null))) {
      problems.push(`${path}: span ${a.startIndex}-${a.endIndex} vs ${loc?.startOffset}-${loc?.endOffset}`);
    }
    if ("attribs" in b) {
      const el = a as PageElement;
      if (JSON.stringify(Object.entries(el.attribs)) !== JSON.stringify(Object.entries((b as Element).attribs))) problems.push(`${path}: attributes`);
      if (el.startTagEnd !== (loc?.startTag?.endOffset ?? -1)) problems.push(`${path}: start tag ends at ${el.startTagEnd}`);
      for (const [name, at] of Object.entries(loc?.attrs ?? {})) {
        const span = attributeSpan(el, name, source);
        if (span?.start !== at.startOffset || span.end !== at.endOffset) problems.push(`${path}: attribute ${name} at ${JSON.stringify(span)}`);
      }
    }
    const ca = "children" in a ? a.children : [];
    const cb = "children" in b ? b.children : [];
    if (ca.length !== cb.length) problems.push(`${path}: ${ca.length} children vs ${cb.length}`);
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
      if (ca[i]!.parent !== a || (i > 0 && ca[i]!.prev !== ca[i - 1])) problems.push(`${path}: links`);
      walk(ca[i]!, cb[i]!, `${path}/${(cb[i] as Element).name ?? cb[i]!.type}[${i}]`);
    }
  };
  walk(ours, reference, "");
  return problems;
}

const TRICKY = [
  // Tree construction: what htmlparser2's own tree builder does differently from a browser.
  "<p>a<div>b</div>c</p>", "<p>x</br>y</p>", "</p>x", "<p><table><tr><td>x</table>", "<!DOCTYPE html><p><table><tr><td>x</table>",
  "<table><tr><td>a<td>b</table>", "<table><div>x</div><tr><td>y</td></tr></table>", "<table>text<tr><td>x</td></tr>more</table>",
  "<table> \n <tr> \n <td>x</td> \n </tr> \n </table>", "<table><caption>c<p>x</caption><colgroup><col></colgroup><tbody><tr><th>h</tr></table>",
  "<ul><li>a<li>b</ul>", "<li>a<ul><li>b</ul>", "<dl><dt>a<dd>b<dt>c</dl>", "<h1>a<h2>b</h1>c", "<div>a</div></div>b", "<div><span>a</div>b</span>",
  "<b><p>x</b>y</p>", "<p>a<b>b<i>c</p>d</i>e</b>f", "<a href=1><div><a href=2>x</a></div></a>", "<a><a>x</a></a>", "<b><div><i>x</b>y</i>z</div>",
  "<template><p>x</p></template><p>y", "<template><tr><td>x</td></tr></template>", "<head><template><meta></template></head>",
  "<head><img src=x><body class=a><p>x", "<head></head>x<body>", "<body><body class=x>", "<html lang=en><html class=y>",
  "<body>x</body> y</html> z", "<body>x</body><!--c--></html><!--d-->", "<form><form>x</form></form>", "<button><button>x", "<select><option>a<option>b<p>c</select>",
  "<table><select><option>x</table>", "<table><input type=hidden><input type=text></table>", "<table><form><tr><td>x</form></table>",
  // Raw text, RCDATA, <noscript> (raw text with scripting on), foreign content.
  "<script>if (a<b) x='</div>'</script>", "<script/>x</script>y", "<SCRIPT>x</SCRIPT><STYLE>y</style>", "<script>a</script ><style>b</style\t>",
  "<script><!-- document.write('<script>x</script>') --></script><p>after", "<title>a &amp; b</title><textarea>a<b>c</textarea>", "<textarea>a &amp; b</textarea>",
  "<iframe src=x><p>not</p></iframe><p>after", "<iframe/><p>x</p></iframe>z", "<xmp><p>x</xmp>", "<noembed><p>x</noembed>", "<plaintext><p>x",
  "<noscript><img src=a.png></noscript>", "<head><noscript><img src=a></noscript></head><body>", "<body><noscript><p>a</noscript></p>",
  "<svg><title>Logo</title><style>a&amp;b</style><script>x<b>y</b></script></svg>", "<svg><title>a<b>c</b></title></svg>", "<svg><p>break</p></svg>",
  "<svg><foreignObject><p>x</p></foreignObject><desc><b>y</b></desc></svg>", "<svg viewBox='0 0 1 1' xlink:href=x><linearGradient/><clippath/></svg>",
  "<svg><g / ><circle/></svg>", "<svg><![CDATA[x<y]]></svg>", "<![CDATA[ <p>By Jane</p> ]]>", "<math><mi>x</mi><annotation-xml encoding='text/html'><p>y</p></annotation-xml></math>",
  // Tokens: comments, bogus comments, doctypes, entities, attributes, line breaks, the end of the input.
  "</ x>a</>b<!>c<!->d<!-x>e<?php echo 1 ?>f", "<!-- a --!> b -->c", "<!--->x<!-->y<!---->z", "a<!-- x -->b", "<!-- cut -",
  "<!doctype html public \"-//W3C//DTD HTML 4.01 Transitional//EN\"><p><table>", "<!DOCTYPE html SYSTEM 'about:legacy-compat'><p>x", "<!doctype><p>x",
  '<img alt="a &amp; b &copy c &notit; &ampx">', '<a href="x?a=1&b=2&copy=3">l</a>', "<p>a &amp b &lt;c&gt;</p>", "<p>&#0;&#x80;&#xD800;&#1114112;&#65;</p>",
  "\n&copy<p>x", "<p>a\0b</p>", '<div attr="a" attr2=\'b\' attr3=c attr4 ATTR5="E" attr="dup">x</div>', "<a href=>x</a>", "<img src='a'/><br/ ><hr / >",
  "<a title='x>y'>z</a>", "</div title='>'>x", "<p>a</p\n>b", "<p\n class=x\n>y</p>", "\uFEFF<!doctype html>\r\n<p>a\r\nb\rc</p>", "<pre>\nx</pre><pre>\r\ny</pre><textarea>\nz</textarea>",
  "<textarea>\r\n</x>", "<p>unicode ☃ 😀 é</p>", "<div>\r</div>\r", "<p>cut <b", "x</div", "<desc><x", "<frameset><frame></frameset>",
];

describe("the page's tree is the browser's", () => {
  test.each(TRICKY.map((s) => [s]))("%j", (source) => {
    expect(differences(source)).toEqual([]);
    expect(differences(source, true)).toEqual([]);
  });

  test("on every example and fixture page", () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : /\.html?$/.test(f) ? [join(dir, f)] : []));
    const files = [...walk(join(root, "examples")), ...walk(join(root, "tests/fixtures"))];
    expect(files.length).toBeGreaterThan(90);
    for (const file of files) expect(differences(readFileSync(file, "utf8")), file).toEqual([]);
  });

  test("a line break in the source counts once, offsets stay on the raw source", () => {
    const source = '<p class="a">x\r\ny</p>\r\n<img\r\nsrc="l.png">';
    const doc = parseDocument(source);
    const body = (doc.children[0] as Element).children[1] as Element;
    const p = body.children[0] as Element;
    expect((p.children[0] as { data: string }).data).toBe("x\ny");
    const img = body.children[2] as Element;
    expect(source.slice(startTagSpan(img)!.start, startTagSpan(img)!.end)).toBe('<img\r\nsrc="l.png">');
    expect(source.slice(attributeSpan(img, "src", source)!.start, attributeSpan(img, "src", source)!.end)).toBe('src="l.png"');
  });
});

describe("where parse5's own locations are off, ours follow the source", () => {
  test("an attribute written right after another one's quote spans its value", () => {
    // parse5 ends the span of `href` after its name when no space follows the closing quote.
    const source = '<a href="/x"class="y">z</a>';
    const a = ((parseDocument(source).children[0] as Element).children[1] as Element).children[0] as Element;
    expect(attributeSpan(a, "href", source)).toEqual({ start: 3, end: 12 });
    expect(attributeSpan(a, "class", source)).toEqual({ start: 12, end: 21 });
    expect(attributeSpan(a, "title", source)).toBeNull();
  });

  test("a comment cut by the end of the input ends there", () => {
    const doc = parseDocument("<p>x</p><!-- cut");
    const body = (doc.children[0] as Element).children[1] as Element;
    expect(nodeSpan(body.children[1]!)).toEqual({ start: 8, end: 16 });
  });
});

describe("<noscript>", () => {
  test("holds raw text, as with scripts on; its fallback markup parses with page offsets", () => {
    const source = '<!doctype html><body><noscript>\r\n<img src="/l.png" alt="DCNF"></noscript></body>';
    const noscript = ((parseDocument(source).children[1] as Element).children[1] as Element).children[0] as Element;
    const text = noscript.children[0]!;
    expect(text.type).toBe("text");
    const fragment = parseFragmentAt(source, text.startIndex!, text.endIndex!);
    const img = fragment.children.find((n) => (n as Element).name === "img") as Element;
    expect(source.slice(attributeSpan(img, "src", source)!.start, attributeSpan(img, "src", source)!.end)).toBe('src="/l.png"');
  });

  test("a fallback logo stays hidden with its noscript", () => {
    const page = new Page({ source: '<!doctype html><body><article><noscript><img src="/dcnf-logo.png" alt="Daily Caller News Foundation logo"></noscript></article></body>' });
    const image = page.images.find((i) => i.noscript)!;
    expect(page.hiddenReason(image.noscript!)).toBe("inside <noscript>");
  });
});
