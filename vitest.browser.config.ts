import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// End-to-end tests in Debian's Chromium (playwright-core) against a real
// `next build` + `next start` on a freshly seeded temporary SQLite database.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ["tests/browser/**/*.test.ts"],
      exclude: ["node_modules/**"],
      globalSetup: ["tests/browser/global-setup.ts"],
      fileParallelism: false,
      testTimeout: 90_000,
      hookTimeout: 600_000,
    },
  }),
);
