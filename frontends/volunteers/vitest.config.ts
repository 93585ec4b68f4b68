import { defineConfig } from "vitest/config";

// Unit tests and the browser tests (test/*.e2e.test.ts, which start the whole stack) run together,
// one file at a time, with timeouts generous enough for a 2-core machine seeding four databases.
// Unit tests alone: `vitest run --exclude 'test/**/*.e2e.test.ts'`.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 240_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
