#!/usr/bin/env node
// Regenerate examples/expected.json from the current build. Review the diff before committing:
// the file is the examples' expected result, and tests/examples.test.ts holds the code to it.
import { writeFileSync } from "node:fs";
import { check } from "../dist/src/index.js";
import { EXAMPLE_AUTHORS, summarizeForExpectation } from "./examples-expectation.mjs";

const report = await check(["examples/*.html"], { authors: EXAMPLE_AUTHORS });
writeFileSync("examples/expected.json", `${JSON.stringify(summarizeForExpectation(report), null, 2)}\n`);
console.log(`wrote examples/expected.json (${report.results.length} pages)`);
