/**
 * The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (a draft-04 schema), read from
 * node_modules: no network at test time.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
// unicodeRegExp off: the schema's `language` pattern has a stray `]`, valid only without the `u` flag.
export const sarifAjv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(sarifAjv);
export const validateSarif = sarifAjv.compile(schema);
