/** `-f stylish,sarif=out.sarif`: which formats to write, and where. */

export interface OutputSpec {
  format: string;
  /** File to write; undefined = stdout. */
  path?: string;
}

/** A usage mistake in the format list (exit 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Parse the `--format` list. Without one, `stylish` (plus `github` annotations inside GitHub
 * Actions). `-o` sends the stdout format to a file.
 * @example parseOutputs("stylish,sarif=out.sarif", ["stylish", "sarif"]) // [{ format: "stylish" }, { format: "sarif", path: "out.sarif" }]
 */
export function parseOutputs(list: string | undefined, known: string[], options: { output?: string; env?: NodeJS.ProcessEnv } = {}): OutputSpec[] {
  const env = options.env ?? process.env;
  const specs: OutputSpec[] =
    list === undefined
      ? env.GITHUB_ACTIONS === "true"
        ? [{ format: "stylish" }, { format: "github" }]
        : [{ format: "stylish" }]
      : list.split(",").map((part) => {
          const [format = "", ...rest] = part.trim().split("=");
          const path = rest.join("=").trim();
          if (rest.length && !path) throw new UsageError(`--format: "${part}" names no file after "="`);
          return path ? { format: format.trim(), path } : { format: format.trim() };
        });
  for (const spec of specs) {
    if (!known.includes(spec.format)) throw new UsageError(`--format: unknown format "${spec.format}" (known: ${known.join(", ")})`);
  }
  // Two formats on stdout would interleave into something no tool can read.
  // (Inside GitHub Actions the default pairs stylish with annotations, which the runner reads
  // line by line from stdout.)
  if (list !== undefined && specs.filter((s) => !s.path).length > 1 && !options.output) {
    throw new UsageError("--format: only one format can go to stdout; write the others to files with name=path");
  }
  const paths = specs.map((s) => s.path).filter(Boolean);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) throw new UsageError(`--format: two formats would write to ${twice}`);
  if (options.output) {
    const toStdout = specs.filter((s) => !s.path);
    if (toStdout.length !== 1) throw new UsageError("--output: give exactly one format without a file, or use name=path in --format");
    toStdout[0]!.path = options.output;
  }
  return specs;
}
