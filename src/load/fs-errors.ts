/** File system errors as one line a user can act on, without Node's "ENOENT: ..., stat 'x'" noise. */

const MESSAGES: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files",
};

/**
 * One readable line for an error thrown by `node:fs`.
 * @example describeFsError(Object.assign(new Error("x"), { code: "ENOENT" })) // "no such file or directory"
 */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && MESSAGES[code]) return MESSAGES[code];
  const message = err instanceof Error ? err.message : String(err);
  return code ? `${firstLine(message)} (${code})` : firstLine(message);
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0]!;
}
