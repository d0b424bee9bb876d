import { describe, expect, it } from "vitest";
import { decodeHtml } from "../../src/load/decode.js";

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? ascii(part) : part)));

describe("decodeHtml", () => {
  it("decodes windows-1252 named by <meta charset>: curly quotes at 0x93/0x94, é at 0xE9", () => {
    const input = bytes('<meta charset="windows-1252"><p>', [0x93], "caf", [0xe9], [0x94], "</p>");
    expect(decodeHtml(input)).toEqual({
      source: '<meta charset="windows-1252"><p>\u201Ccafé\u201D</p>',
      encoding: "windows-1252",
    });
  });

  it("decodes ISO-8859-1 as windows-1252, as browsers do (0x93 is a quote, not a C1 control)", () => {
    const input = bytes('<html><head><meta charset="ISO-8859-1"></head><p>', [0x93, 0xe9, 0x94]);
    const { source, encoding } = decodeHtml(input);
    expect(encoding).toBe("windows-1252");
    expect(source.endsWith("<p>\u201Cé\u201D")).toBe(true);
  });

  it("reads the charset from <meta http-equiv=content-type>", () => {
    const input = bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', [0xe9]);
    expect(decodeHtml(input).source.endsWith("é")).toBe(true);
  });

  it("honours an XML declaration's encoding even when the bytes are valid UTF-8", () => {
    const input = new Uint8Array(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><p>café</p>', "utf8"));
    expect(decodeHtml(input)).toEqual({ source: '<?xml version="1.0" encoding="ISO-8859-1"?><p>caf\u00c3\u00a9</p>', encoding: "windows-1252" });
  });

  it("reads valid UTF-8 declared as UTF-8 (or not declared) as UTF-8", () => {
    expect(decodeHtml(new Uint8Array(Buffer.from('<meta charset="UTF-8"><p>café ’</p>', "utf8")))).toEqual({ source: '<meta charset="UTF-8"><p>café ’</p>', encoding: "utf-8" });
    expect(decodeHtml(new Uint8Array(Buffer.from("<p>café</p>", "utf8")))).toEqual({ source: "<p>café</p>", encoding: "utf-8" });
  });

  it("drops a UTF-8 byte order mark from the returned string", () => {
    const input = bytes([0xef, 0xbb, 0xbf], "<p>caf", [0xc3, 0xa9], "</p>");
    expect(decodeHtml(input)).toEqual({ source: "<p>café</p>", encoding: "utf-8" });
  });

  it("lets the Content-Type charset beat <meta charset>", () => {
    const input = bytes('<meta charset="utf-8"><p>', [0x93], "hi", [0x94]);
    const { source, encoding } = decodeHtml(input, "text/html; charset=windows-1252");
    expect(encoding).toBe("windows-1252");
    expect(source).toBe('<meta charset="utf-8"><p>\u201Chi\u201D');
  });

  it("ignores an unknown header charset and falls back to the meta charset", () => {
    const input = bytes('<meta charset="windows-1252">', [0xe9]);
    expect(decodeHtml(input, "text/html; charset=no-such-thing")).toEqual({
      source: '<meta charset="windows-1252">é',
      encoding: "windows-1252",
    });
  });

  it("lets a byte order mark beat the header (it cannot be there by accident)", () => {
    const input = bytes([0xef, 0xbb, 0xbf], "<p>", [0xc3, 0xa9]);
    expect(decodeHtml(input, "text/html; charset=windows-1252")).toEqual({ source: "<p>é", encoding: "utf-8" });
  });

  it("decodes UTF-16LE with a BOM", () => {
    const input = new Uint8Array([0xff, 0xfe, ...Buffer.from("<p>é</p>", "utf16le")]);
    expect(decodeHtml(input)).toEqual({ source: "<p>é</p>", encoding: "utf-16le" });
  });

  it("defaults to UTF-8 without a BOM, header or meta", () => {
    expect(decodeHtml(new TextEncoder().encode("<p>naïve – “ok”</p>"))).toEqual({
      source: "<p>naïve – “ok”</p>",
      encoding: "utf-8",
    });
  });
});

describe("undeclared encodings", () => {
  it("reads bytes that are not valid UTF-8 as windows-1252, as a browser falls back", () => {
    const bytes = Buffer.concat([Buffer.from("<p>By Jos"), Buffer.from([0xe9]), Buffer.from(" N"), Buffer.from([0xfa, 0xf1]), Buffer.from("ez, "), Buffer.from([0x93]), Buffer.from("DCNF"), Buffer.from([0x94]), Buffer.from("</p>")]);
    expect(decodeHtml(bytes)).toEqual({ source: "<p>By José Núñez, “DCNF”</p>", encoding: "windows-1252" });
  });
  it("keeps valid UTF-8 as UTF-8", () => {
    expect(decodeHtml(Buffer.from("<p>By José Núñez</p>"))).toEqual({ source: "<p>By José Núñez</p>", encoding: "utf-8" });
  });
});
