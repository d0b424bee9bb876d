import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The CLI and README tests run the compiled CLI: compile once before any test file runs.
    globalSetup: ["tests/helpers/build.ts"],
    testTimeout: 20_000,
  },
});
