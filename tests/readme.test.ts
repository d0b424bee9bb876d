/**
 * The README's examples must stay true: the CLI session it shows is run and compared line by
 * line, and the JSON it shows must be what the CLI prints for that page.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runCli } from "./helpers/cli.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The shell session in the README: the command (with continuation lines), its output, the exit code. */
function session(): { args: string[]; output: string; code: number } {
  const block = /```\n\$ (republint (?:[^\n]*\\\n)*[^\n]*)\n([\s\S]*?)\$ echo \$\?\n(\d)\n```/.exec(readme);
  if (!block) throw new Error("README has no CLI session block");
  const command = block[1]!.replace(/\\\n\s*/g, " ");
  const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(1);
  return { args, output: block[2]!, code: Number(block[3]) };
}

describe("README", () => {
  test("the CLI session shows exactly what the CLI prints", async () => {
    const { args, output, code } = session();
    const run = await runCli(args);
    expect(run.stderr + run.stdout).toBe(output);
    expect(run.code).toBe(code);
  });

  test("the JSON example is what the CLI prints for that page", async () => {
    const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(readme)![1]!);
    const run = await runCli([shown.results[0].input, "-f", "json", "--author", "Laila Montgomery"]);
    const actual = JSON.parse(run.stdout);
    expect(actual.summary).toEqual(shown.summary);
    expect(actual.results[0].verdicts).toEqual(shown.results[0].verdicts);
    // The README shows one of the findings; it must be there, field for field.
    expect(actual.results[0].findings).toContainEqual(shown.results[0].findings[0]);
  });

  test("the Library section names every option of checkHtml", () => {
    const source = readFileSync(new URL("../src/check.ts", import.meta.url), "utf8");
    const body = /export interface CheckHtmlOptions extends ConfigOptions \{([\s\S]*?)\n\}/.exec(source)![1]!;
    const keys = [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]!);
    expect(keys).toEqual(expect.arrayContaining(["input", "url"]));
    const library = /\n## Library\n([\s\S]*?)\n## /.exec(readme)![1]!;
    for (const key of keys) expect(library, `checkHtml's "${key}" option`).toContain(`\`${key}\``);
  });

  test("the two quick-start commands are the package's scripts", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test ");
    expect(pkg.scripts.start).toContain("examples/");
    expect(pkg.scripts.test).toBe("vitest run");
  });
});
