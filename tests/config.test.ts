import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { beforeAll, describe, expect, test } from "vitest";
import { presets, rules } from "../rules/index.js";
import { findConfigFile, loadConfigFile } from "../src/config/file.js";
import { ConfigError, resolveConfig, validateConfigOptions, type ConfigOptions } from "../src/config/resolve.js";
import { check } from "../src/check.js";
import { CONFIG_SCHEMA, validateConfig } from "../src/config/validate.js";
import { runCli } from "./helpers/cli.js";
import { CLEAN_STORY, DCNF_LOGO, wordpressPage } from "./helpers/page-builder.js";
import { tempDir } from "./helpers/temp-dir.js";

const page = (reporter: string) => wordpressPage({ byline: `<span class="byline">By ${reporter}, Daily Caller News Foundation</span>`, bodyTop: DCNF_LOGO, paragraphs: CLEAN_STORY });
const partnerOwn = wordpressPage({ byline: '<span class="byline">By Prairie Post Staff</span>', paragraphs: Array.from({ length: 8 }, (_, i) => `The county fair opened on Friday with record crowds, and on day ${i + 1} the new livestock barn built by volunteers drew long lines of visitors.`) });

let site: string;
beforeAll(() => {
  site = tempDir("republint-config-");
  mkdirSync(join(site, "dist/2024/10/25/intel-network"), { recursive: true });
  mkdirSync(join(site, "dist/2024/10/26/border-towns"), { recursive: true });
  mkdirSync(join(site, "dist/news/county-fair"), { recursive: true });
  mkdirSync(join(site, "dist/drafts"), { recursive: true });
  writeFileSync(join(site, "dist/2024/10/25/intel-network/index.html"), page("Laila Montgomery"));
  writeFileSync(join(site, "dist/2024/10/26/border-towns/index.html"), page("Owen Hartley"));
  writeFileSync(join(site, "dist/news/county-fair/index.html"), partnerOwn);
  writeFileSync(join(site, "dist/drafts/broken.html"), wordpressPage({ byline: '<span class="byline">By The Daily Caller</span>' }));
  writeFileSync(
    join(site, "republint.config.json"),
    JSON.stringify({
      $schema: "../schema/republint.config.schema.json",
      extends: ["dcnf"],
      inputs: ["dist/"],
      ignore: ["dist/drafts/**"],
      overrides: [
        { files: ["dist/2024/10/25/intel-network/**"], authors: ["Laila Montgomery"] },
        { files: "dist/2024/10/26/**", authors: ["Owen Hartley"], rules: { "logo-present": "warn" } },
      ],
    }),
  );
});

describe("config files", () => {
  test("found from the working directory upward", () => {
    mkdirSync(join(site, "dist/a/b"), { recursive: true });
    expect(findConfigFile(join(site, "dist/a/b"))).toBe(join(site, "republint.config.json"));
    expect(findConfigFile(tmpdir())).toBeNull();
  });

  test("a .mjs config's default export", async () => {
    const dir = tempDir("republint-mjs-");
    writeFileSync(join(dir, "republint.config.mjs"), 'export default { extends: "dcnf", authors: ["Laila Montgomery"] };\n');
    expect((await loadConfigFile(join(dir, "republint.config.mjs"))).config).toEqual({ extends: "dcnf", authors: ["Laila Montgomery"] });
  });

  test.each([
    [{ rules: { "logo-present": "loud" } }, 'cfg.json: rules["logo-present"]: must be "off", "warn", "error" or [severity, options]'],
    [{ rules: { "logo-presnt": "error" } }, 'cfg.json: rules: unknown rule "logo-presnt"'],
    [{ extend: ["dcnf"] }, 'cfg.json: unknown key "extend"'],
    [{ extends: "apnews" }, 'cfg.json: extends: must be a preset name ("dcnf") or a list of them'],
    [{ authors: 3 }, "cfg.json: authors: must be a name or a list of names"],
    [{ overrides: [{ files: "x/**", authors: ["A B", ""] }] }, "cfg.json: overrides[0].authors: must be a name or a list of names"],
    [{ overrides: [{ authors: ["A B"] }] }, 'cfg.json: overrides[0]: missing "files"'],
    [{ overrides: [{ files: ["x/**"], rules: { "reporter-byline": ["error", 3] } }] }, 'cfg.json: overrides[0].rules["reporter-byline"]: must be "off", "warn", "error" or [severity, options]'],
  ])("%j is rejected with the key named", (config, message) => {
    expect(() => validateConfig(config, "cfg.json")).toThrow(new ConfigError(message));
  });

  test.each([
    [{ "logo-present": ["error", { srcx: ["a"] }] }, 'rules["logo-present"]: unknown option "srcx" (known: alt, src, notSrc)'],
    [{ "logo-present": ["error", { src: "dcnf" }] }, 'rules["logo-present"].src: must be a list'],
    [{ "unattributed-copy": ["error", { minShare: 2 }] }, 'rules["unattributed-copy"]: minShare must be a share above 0 and at most 1, not 2'],
    [{ "reporter-byline": ["error", { strict: true }] }, 'rules["reporter-byline"]: unknown option "strict" (the rule has no options)'],
  ])("rule options %j are checked", (rules, message) => {
    expect(() => resolveConfig({ rules: rules as never })).toThrow(new ConfigError(message));
  });

  test("a lone author name is a list of one; anything else is a mistake", () => {
    expect(resolveConfig({ authors: "Laila Montgomery" }).terms.authors).toEqual(["Laila Montgomery"]);
    expect(() => resolveConfig({ authors: [3] as never })).toThrow(new ConfigError("authors: must be a name or a list of names"));
  });

  test("the config file takes a lone author name too, as the library does", async () => {
    expect(validateConfig({ authors: "Laila Montgomery", overrides: [{ files: "x/**", authors: "Owen Hartley" }] }, "cfg.json")).toEqual({
      authors: "Laila Montgomery",
      overrides: [{ files: "x/**", authors: "Owen Hartley" }],
    });
    const dir = tempDir("republint-author-");
    writeFileSync(join(dir, "republint.config.json"), JSON.stringify({ authors: "Owen Hartley" }));
    writeFileSync(join(dir, "a.html"), page("Laila Montgomery"));
    const run = await runCli(["--print-config", "a.html"], { cwd: dir });
    expect(JSON.parse(run.stdout).authors).toEqual(["Owen Hartley"]);
    const checked = await runCli(["a.html", "-f", "json"], { cwd: dir });
    expect(checked.stderr).toBe("");
    expect(JSON.parse(checked.stdout).results[0].verdicts["reporter-byline"]).toBe("fail");
    expect(checked.code).toBe(1);
  });

  test.each([
    ["republint.config.json", JSON.stringify({ rules: { "logo-present": ["error", { foo: ["x"] }] } }), 'republint.config.json: rules["logo-present"]: unknown option "foo" (known: alt, src, notSrc)'],
    ["republint.config.json", JSON.stringify({ rules: { "logo-present": ["error", { src: "dcnf" }] } }), 'republint.config.json: rules["logo-present"].src: must be a list'],
    [
      "republint.config.json",
      JSON.stringify({ overrides: [{ files: "matches/nothing/**", rules: { "unattributed-copy": ["warn", { minShare: 2 }] } }] }),
      'republint.config.json: overrides[0].rules["unattributed-copy"]: minShare must be a share above 0 and at most 1, not 2',
    ],
    ["republint.config.mjs", 'export default { rules: { "logo-present": ["error", { alt: "DCNF" }] } };\n', 'republint.config.mjs: rules["logo-present"].alt: must be a list'],
    ["republint.config.mjs", 'export default { overrides: [{ files: "x/**", rules: { "reporter-byline": ["error", { strict: true }] } }] };\n', 'republint.config.mjs: overrides[0].rules["reporter-byline"]: unknown option "strict" (the rule has no options)'],
  ])("%s: a mistake in rule options or overrides names the file (%s)", async (name, text, message) => {
    const dir = tempDir("republint-options-");
    writeFileSync(join(dir, name), text);
    await expect(loadConfigFile(join(dir, name), dir)).rejects.toThrow(new ConfigError(message));
  });

  test("the library checks every override before loading anything, whatever it matches", async () => {
    expect(() => validateConfigOptions({ overrides: [{ files: "x/**", rules: { "logo-present": ["error", { foo: 1 }] } }] })).toThrow(
      new ConfigError('overrides[0].rules["logo-present"]: unknown option "foo" (known: alt, src, notSrc)'),
    );
    await expect(check([], { overrides: [{ files: "nothing/**", rules: { "logo-present": ["error", { foo: 1 }] } }] })).rejects.toThrow(ConfigError);
  });

  test("invalid JSON names the file", async () => {
    const dir = tempDir("republint-bad-");
    writeFileSync(join(dir, "republint.config.json"), '{ "extends": ["dcnf"], }');
    await expect(loadConfigFile(join(dir, "republint.config.json"), dir)).rejects.toThrow(/^republint\.config\.json: invalid JSON/);
  });

  test("the shipped schema is a valid JSON Schema (draft-07)", () => {
    // Strict (no unknown keywords or formats), except for the rule setting's [severity, options?] tuple, whose options are optional.
    const ajv = new Ajv({ strict: true, strictTuples: false });
    expect(ajv.validateSchema(CONFIG_SCHEMA), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(CONFIG_SCHEMA)).not.toThrow();
  });

  test("the shipped schema knows every rule and preset", () => {
    const defs = (CONFIG_SCHEMA as { definitions: Record<string, { enum?: string[]; propertyNames?: { enum: string[] } }> }).definitions;
    expect(defs.rules!.propertyNames!.enum.sort()).toEqual(Object.keys(rules).sort());
    expect(defs.presetName!.enum!.sort()).toEqual(Object.keys(presets).sort());
  });
});

describe("overrides", () => {
  const options: ConfigOptions = {
    configDir: "/site",
    authors: ["Default Person"],
    overrides: [
      { files: ["dist/2024/**"], authors: ["Laila Montgomery"], rules: { "logo-present": "warn" } },
      { files: "https://partner.example/2024/**", rules: { "byline-affiliation": "off" } },
    ],
  };
  const summary = (c: ReturnType<typeof resolveConfig>) => ({ authors: c.terms.authors, rules: Object.fromEntries(c.rules.map((r) => [r.rule.meta.id, r.severity])) });

  test("a file glob relative to the config folder", () => {
    expect(summary(resolveConfig(options, { input: "dist/2024/x/index.html", cwd: "/site" }))).toEqual({
      authors: ["Laila Montgomery"],
      rules: { "logo-present": "warning", "reporter-byline": "error", "byline-affiliation": "error", "unattributed-copy": "error", "link-to-original": "warning", "copy-artifacts": "warning" },
    });
    expect(summary(resolveConfig(options, { input: "2024/x/index.html", cwd: "/site/dist" })).authors).toEqual(["Laila Montgomery"]);
    expect(summary(resolveConfig(options, { input: "dist/news/x.html", cwd: "/site" })).authors).toEqual(["Default Person"]);
  });

  test("a URL pattern", () => {
    const rules = summary(resolveConfig(options, { input: "https://partner.example/2024/10/25/story/" })).rules;
    expect(rules["byline-affiliation"]).toBeUndefined();
    expect(rules).toMatchObject({ "logo-present": "error", "reporter-byline": "error" });
  });

  test("--author wins over the overrides' authors", () => {
    expect(resolveConfig({ ...options, authors: ["Flag Person"], forceAuthors: true }, { input: "dist/2024/x.html", cwd: "/site" }).terms.authors).toEqual(["Flag Person"]);
  });
});

describe("CLI with a config file", () => {
  test("inputs from the config; pages that do not republish DCNF are not applicable; ignore skips drafts", async () => {
    const run = await runCli(["-f", "json"], { cwd: site });
    const report = JSON.parse(run.stdout);
    const byInput = Object.fromEntries(report.results.map((r: { input: string; status: string }) => [r.input, r.status]));
    expect(byInput).toEqual({
      "dist/2024/10/25/intel-network/index.html": "checked",
      "dist/2024/10/26/border-towns/index.html": "checked",
      "dist/news/county-fair/index.html": "not-applicable",
    });
    expect(report.results.every((r: { findings: unknown[] }) => r.findings.length === 0)).toBe(true);
    expect(report.summary).toMatchObject({ checked: 2, notApplicable: 1 });
    expect(run.code).toBe(0);
  });

  test("run from a subfolder, the config's inputs, ignore and overrides are still relative to the config file", async () => {
    const run = await runCli(["-f", "json"], { cwd: join(site, "dist") });
    const inputs = JSON.parse(run.stdout).results.map((r: { input: string }) => r.input).sort();
    expect(inputs).toEqual(["2024/10/25/intel-network/index.html", "2024/10/26/border-towns/index.html", "news/county-fair/index.html"]);
    expect(run.code).toBe(0);
  });

  test("a page named explicitly is checked even without DCNF markers", async () => {
    const run = await runCli(["dist/news/county-fair/index.html", "-f", "json"], { cwd: site });
    expect(JSON.parse(run.stdout).results[0].status).toBe("checked");
    expect(run.code).toBe(1);
  });

  test("--author on the command line wins over the overrides", async () => {
    const run = await runCli(["-f", "json", "--author", "Someone Else"], { cwd: site });
    expect(run.code).toBe(1);
  });

  test("--print-config shows what applies to one input", async () => {
    const run = await runCli(["--print-config", "dist/2024/10/26/border-towns/index.html"], { cwd: site });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      configFile: join(site, "republint.config.json"),
      preset: "dcnf",
      authors: ["Owen Hartley"],
      rules: { "logo-present": ["warn", { alt: ["Daily Caller News Foundation", "DCNF"] }], "reporter-byline": ["error", {}] },
    });
  });

  test("--print-config takes one input", async () => {
    const run = await runCli(["--print-config", "a.html", "b.html"], { cwd: site });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('republint: --print-config shows one input\'s configuration; remove "b.html"\n');
  });

  test("an invalid config is exit 2, naming the file and the key", async () => {
    const dir = tempDir("republint-invalid-");
    writeFileSync(join(dir, "republint.config.json"), JSON.stringify({ rules: { "logo-present": "loud" } }));
    writeFileSync(join(dir, "a.html"), page("Laila Montgomery"));
    const run = await runCli(["a.html"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('republint: republint.config.json: rules["logo-present"]: must be "off", "warn", "error" or [severity, options]\n');
    expect(run.stdout).toBe("");
  });

  test("a mistake in a rule's options, or in an override that matches no page, is exit 2 naming the file", async () => {
    const dir = tempDir("republint-invalid-options-");
    writeFileSync(join(dir, "a.html"), page("Laila Montgomery"));
    writeFileSync(join(dir, "republint.config.json"), JSON.stringify({ rules: { "logo-present": ["error", { foo: 1 }] } }));
    const run = await runCli(["a.html"], { cwd: dir });
    expect([run.code, run.stderr, run.stdout]).toEqual([2, 'republint: republint.config.json: rules["logo-present"]: unknown option "foo" (known: alt, src, notSrc)\n', ""]);
    writeFileSync(join(dir, "republint.config.json"), JSON.stringify({ overrides: [{ files: "drafts/**", rules: { "logo-present": ["error", { src: "dcnf" }] } }] }));
    const override = await runCli(["a.html"], { cwd: dir });
    expect([override.code, override.stderr, override.stdout]).toEqual([2, 'republint: republint.config.json: overrides[0].rules["logo-present"].src: must be a list\n', ""]);
  });

  test("-c names a config; --no-config ignores the one found", async () => {
    const dir = tempDir("republint-c-");
    writeFileSync(join(dir, "strict.json"), JSON.stringify({ authors: ["Owen Hartley"] }));
    writeFileSync(join(dir, "a.html"), page("Laila Montgomery"));
    expect((await runCli(["a.html", "-c", "strict.json"], { cwd: dir })).code).toBe(1);
    expect((await runCli(["a.html", "-c", "missing.json"], { cwd: dir })).stderr).toBe("republint: missing.json: config file not found\n");
    writeFileSync(join(dir, "republint.config.json"), JSON.stringify({ authors: ["Owen Hartley"] }));
    expect((await runCli(["a.html"], { cwd: dir })).code).toBe(1);
    expect((await runCli(["a.html", "--no-config"], { cwd: dir })).code).toBe(0);
  });
});
