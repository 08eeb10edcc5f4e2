import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

// End-to-end tests in Debian's Chromium (playwright-core) against a real
// `next build` + `next start` on a freshly seeded temporary SQLite database.
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 600_000,
  },
});
