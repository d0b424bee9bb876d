import { describe, expect, it } from "vitest";
import { binaryError, looksLikeHtml } from "../../src/load/sniff.js";

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("binaryError", () => {
  it.each([
    ["PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ["JPEG image", [0xff, 0xd8, 0xff, 0xe0]],
    ["GIF image", [...text("GIF89a")]],
    ["WebP image", [...text("RIFF"), 1, 2, 3, 4, ...text("WEBPVP8 ")]],
    ["PDF document", [...text("%PDF-1.7\n")]],
    ["ZIP archive", [0x50, 0x4b, 0x03, 0x04, 20, 0]],
    ["gzip-compressed data", [0x1f, 0x8b, 0x08, 0]],
  ])("names a %s", (kind, magic) => {
    expect(binaryError(new Uint8Array(magic))).toBe(`binary file (${kind}), not HTML`);
  });

  it("calls NUL bytes in the first 8 KB binary", () => {
    expect(binaryError(new Uint8Array([0x3c, 0x70, 0x00, 0x3e]))).toBe("binary file (contains NUL bytes), not HTML");
  });

  it("accepts HTML, and UTF-16 with a BOM despite its NULs", () => {
    expect(binaryError(text("<!doctype html><p>hi</p>"))).toBeUndefined();
    expect(binaryError(new Uint8Array([0xff, 0xfe, ...Buffer.from("<p>", "utf16le")]))).toBeUndefined();
  });
});

describe("looksLikeHtml", () => {
  it("recognises HTML after whitespace and a BOM, in any case", () => {
    expect(looksLikeHtml(text("\n  <!DOCTYPE html>"))).toBe(true);
    expect(looksLikeHtml(text("\uFEFF<HTML lang=en>"))).toBe(true);
    expect(looksLikeHtml(text("<html\n  lang=en>"))).toBe(true);
    expect(looksLikeHtml(text("<!-- built by hand -->"))).toBe(true);
    expect(looksLikeHtml(text("<p>hello"))).toBe(true);
  });

  it("rejects JSON, plain text and unknown tags", () => {
    expect(looksLikeHtml(text('{"html": "<p>"}'))).toBe(false);
    expect(looksLikeHtml(text("hello <p>"))).toBe(false);
    expect(looksLikeHtml(text("<abbr>x</abbr>"))).toBe(false);
    expect(looksLikeHtml(text("<?xml version='1.0'?><rss>"))).toBe(false);
  });
});
