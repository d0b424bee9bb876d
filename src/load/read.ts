/** Read a stream into memory without ever holding more than the size limit. */

/** The bytes read, or `undefined` when the stream went past `maxBytes` (reading stopped there). */
export type CappedRead = Uint8Array | undefined;

/**
 * Collect a byte stream, giving up as soon as it exceeds `maxBytes`. Leaving the loop early
 * cancels the stream, so an endless HTTP body is closed rather than drained.
 *
 * @example
 * const bytes = await readCapped(process.stdin, 10_000_000);
 * if (!bytes) console.error("input is too large");
 */
export async function readCapped(
  chunks: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<CappedRead> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    // A stream with an encoding set yields strings; turn them back into bytes.
    const part = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += part.byteLength;
    if (total > maxBytes) return undefined;
    parts.push(part);
  }
  return Buffer.concat(parts, total);
}
