/**
 * The on-disk HTTP cache: one file per URL, named by the SHA-256 of the URL, holding a line of
 * JSON (the URL, the cache policy, the body's size) and then the body's bytes. Files are written
 * to a temporary name and renamed, so a reader (another run, too) sees a whole entry or none; an
 * unreadable or damaged entry is a miss, never an error.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import envPaths from "env-paths";
import CachePolicy from "http-cache-semantics";

/** Bumped when the entry format changes: older entries then read as misses. */
const FORMAT = 1;

/** A stored response: its cache policy (headers, validators, freshness) and its decoded body. */
export interface CacheEntry {
  policy: CachePolicy;
  bytes: Uint8Array;
}

interface EntryMeta {
  v: number;
  url: string;
  size: number;
  policy: CachePolicy.CachePolicyObject;
}

/**
 * Where republint caches by default: the user's cache directory (`~/.cache/republint` on
 * Linux, `~/Library/Caches/republint` on macOS, `%LOCALAPPDATA%\republint\Cache` on Windows).
 * @example defaultCacheDir() // "/home/ada/.cache/republint"
 */
export function defaultCacheDir(): string {
  return envPaths("republint", { suffix: "" }).cache;
}

/**
 * Why `dir` cannot hold the cache, in a few words, or undefined when it can: the folder is
 * created when missing, and a file is written in it and removed. {@link DiskCache} itself never
 * complains (a failed write only costs a download), so a caller that wants to tell the user
 * asks here first.
 * @example await cacheDirProblem("/etc/passwd/cache") // "a parent is not a directory"
 */
export async function cacheDirProblem(dir: string): Promise<string | undefined> {
  const probe = join(dir, `.probe-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, "");
    await unlink(probe);
    return undefined;
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    switch (code) {
      case "EEXIST":
        return "it is a file, not a directory";
      case "ENOTDIR":
        return "a parent is not a directory";
      case "EACCES":
      case "EPERM":
        return "permission denied";
      case "EROFS":
        return "read-only file system";
      case "ENOSPC":
        return "no space left on the device";
      default:
        return message.split("\n", 1)[0]!;
    }
  }
}

/**
 * @example
 * const cache = new DiskCache(defaultCacheDir());
 * const entry = await cache.read("https://example.com/story");
 */
export class DiskCache {
  constructor(readonly dir: string) {}

  /** The file holding `url`'s entry (two-letter subfolders keep directories small). */
  pathOf(url: string): string {
    const key = createHash("sha256").update(url).digest("hex");
    return join(this.dir, key.slice(0, 2), key);
  }

  /** The entry for `url`, or undefined when there is none or it cannot be trusted. */
  async read(url: string): Promise<CacheEntry | undefined> {
    try {
      const file = await readFile(this.pathOf(url));
      const newline = file.indexOf(0x0a);
      if (newline < 0) return undefined;
      const meta = JSON.parse(file.subarray(0, newline).toString("utf8")) as EntryMeta;
      const bytes = file.subarray(newline + 1);
      // The URL check guards against a hash collision or a file copied in from elsewhere.
      if (meta.v !== FORMAT || meta.url !== url || meta.size !== bytes.byteLength) return undefined;
      return { policy: CachePolicy.fromObject(meta.policy), bytes };
    } catch {
      return undefined;
    }
  }

  /**
   * Store (or replace) `url`'s entry. A cache that cannot be written (read-only folder, full
   * disk) only costs the next run a full download, so failures are swallowed.
   */
  async write(url: string, entry: CacheEntry): Promise<void> {
    const path = this.pathOf(url);
    const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    const meta: EntryMeta = { v: FORMAT, url, size: entry.bytes.byteLength, policy: entry.policy.toObject() };
    try {
      await mkdir(join(path, ".."), { recursive: true });
      await writeFile(temp, Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`), entry.bytes]));
      await rename(temp, path);
    } catch {
      await unlink(temp).catch(() => {});
    }
  }
}
