// @ts-check
// Plain JavaScript (types in test-config.d.mts), for the same reason as remote-config.mjs.
import { defineConfig } from "vitest/config";

/**
 * The frontends' vitest config (`@dongting/ui-kit/vitest`), two projects:
 * - `unit`: test/**\/*.test.ts in Node. Browser tests (test/*.e2e.test.ts) start their own stack on fixed
 *   ports (startBrowserSession from @dongting/ui-kit/e2e), so files run one at a time with generous
 *   timeouts: a 2-core machine takes a minute or two to migrate and seed four databases. Run them under
 *   `flock /tmp/dongting-stack.lock`; unit tests alone: `pnpm run test:unit`.
 * - `component`: test/**\/*.component.test.tsx in happy-dom with @testing-library/react, no stack.
 * @param {{ testTimeout?: number; hookTimeout?: number }} [timeouts]
 */
export function defineFrontendTestConfig({ testTimeout = 120_000, hookTimeout = 300_000 } = {}) {
  return defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: { name: "unit", include: ["test/**/*.test.ts"], environment: "node", testTimeout, hookTimeout, fileParallelism: false },
        },
        {
          extends: true,
          test: {
            name: "component",
            include: ["test/**/*.component.test.tsx"],
            environment: "happy-dom",
            setupFiles: [new URL("./component-setup.mjs", import.meta.url).pathname],
            testTimeout: 30_000,
          },
        },
      ],
    },
  });
}
