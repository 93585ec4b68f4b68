import { defineConfig } from "vitest/config";

// The browser tests start vite preview servers and the backend stack, so they run one file at a
// time with generous timeouts (a 2-core machine seeding four databases takes a while).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
