import { describe, expect, test } from "vitest";
import { hashString } from "../../src/originals/fingerprint.js";
import { rawWordHashes } from "../../src/originals/raw-words.js";
import { utf8Chars } from "../../src/page/raw-text.js";

const words = (...list: string[]) => list.map((w) => (w === "#" ? hashString("#") : hashString(w)));
const hashes = (source: string, utf8 = false) => [...rawWordHashes(source, utf8)];

describe("rawWordHashes: the words of raw HTML in one pass", () => {
  test("page text only: tags, attributes, comments, script, style and template content are skipped", () => {
    const html =
      '<html><head><title>Tariff talks</title><style>p { color: red }</style><script type="application/ld+json">{"articleBody":"hidden words"}</script></head>' +
      '<body class="single"><!-- <p>old layout</p> --><p data-x="ignored words">The <em>quad</em> met</p><TEMPLATE><p>later</p></TEMPLATE><SCRIPT>var x = "<p>no</p>";</SCRIPT></body></html>';
    expect(hashes(html)).toEqual(words("tariff", "talks", "the", "quad", "met"));
  });

  test("case, apostrophes (typed, typographic or as entities) and entities for spaces fold away", () => {
    const expected = words("dont", "obrien", "said", "no");
    expect(hashes("Don't O’Brien said&nbsp;NO")).toEqual(expected);
    expect(hashes("don&#8217;t o&rsquo;brien said no")).toEqual(expected);
  });

  test("a number, or a run of numbers, is one token; words around it are not changed by it", () => {
    expect(hashes("about 1,000 or 3.5 5 percent of 2024 voters")).toEqual(words("about", "#", "or", "#", "percent", "of", "#", "voters"));
  });

  test("an accented letter hashes alike however it is written", () => {
    expect(hashes("José")).toEqual(hashes("Jos&eacute;"));
    expect(hashes("José")).toEqual(hashes("Jos&#233;"));
    expect(hashes("José")).not.toEqual(hashes("Jos"));
  });

  test("empty comments end where HTML ends them, not at the next -->", () => {
    expect(hashes("alpha<!-->beta<!--->gamma<!-- x -->delta")).toEqual(words("alpha", "beta", "gamma", "delta"));
  });

  test("a zero-width no-break space joins, and a byte order mark is no word", () => {
    expect(hashes("O\uFEFFBrien")).toEqual(words("obrien"));
    expect(hashes(utf8Chars("\uFEFF<p>Hello</p>"), true)).toEqual(words("hello"));
  });

  test("a stray < or & is text, not markup", () => {
    expect(hashes("a < b & c <3 AT&T")).toEqual(words("a", "b", "c", "#", "at", "t"));
  });

  test("UTF-8 bytes read one character per byte give the hashes of the decoded text", () => {
    const text = "<p>José O’Brien said “hello” — 1,000 times 😀 naïve Ünïcode 北京 Москва don&#8217;t</p><script>x</script> end";
    expect(hashes(utf8Chars(text), true)).toEqual(hashes(text));
    expect(hashes(text).length).toBe(12);
  });
});
