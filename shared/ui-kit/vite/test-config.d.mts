import type { ViteUserConfig } from "vitest/config";

/** The frontends' vitest config: unit tests (test/**\/*.test.ts) in Node one file at a time; component tests (test/**\/*.component.test.tsx) in happy-dom. */
export declare function defineFrontendTestConfig(timeouts?: { testTimeout?: number; hookTimeout?: number }): ViteUserConfig;
