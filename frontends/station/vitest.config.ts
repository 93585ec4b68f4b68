import { defineConfig } from "vitest/config";

// Browser tests (test/*.e2e.test.ts) start their own stack on fixed ports (startE2EStack from
// @dongting/ui-kit/e2e), so files run one at a time with generous timeouts: a 2-core machine takes a
// minute or two to migrate and seed four databases. Run them under `flock /tmp/dongting-stack.lock`.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
