/**
 * Gzipped sitemaps (`sitemap.xml.gz`). A body sent with `Content-Encoding: gzip` arrives
 * decompressed from the Fetcher, but a `.gz` file served as `application/gzip` or
 * `application/x-gzip` is the file itself, so it is recognised by its magic bytes.
 */
import { promisify } from "node:util";
import { gunzip } from "node:zlib";

/** The sitemaps protocol caps a sitemap at 50 MB uncompressed; this stops a zip bomb. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

const gunzipAsync = promisify(gunzip);

/** Whether bytes start with the gzip magic number 0x1f 0x8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The bytes, decompressed when they are gzip data; else the one-line reason they cannot be.
 * @example await gunzipIfGzipped(gzipSync("<urlset/>")) // Uint8Array of "<urlset/>"
 */
export async function gunzipIfGzipped(bytes: Uint8Array, maxBytes = MAX_UNZIPPED_BYTES): Promise<Uint8Array | string> {
  if (!isGzip(bytes)) return bytes;
  try {
    return new Uint8Array(await gunzipAsync(bytes, { maxOutputLength: maxBytes }));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE") return `gzipped file larger than ${maxBytes / 1024 / 1024} MB when decompressed`;
    return `broken gzip data (${(err as Error).message.replace(/\.$/, "")})`;
  }
}
