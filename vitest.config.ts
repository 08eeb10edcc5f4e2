import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next's guard against importing server modules into the browser; in
      // tests everything runs on the server.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database suites create their own databases; files run in parallel, two at
    // a time (2 cores), which also keeps PostgreSQL migrations (serialised by
    // Prisma's advisory lock) from queueing past the lock timeout.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
