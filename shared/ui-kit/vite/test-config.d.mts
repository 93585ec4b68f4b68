import type { ViteUserConfig } from "vitest/config";

/** The frontends' vitest config: test/**\/*.test.ts in Node, one file at a time, long timeouts. */
export declare function defineFrontendTestConfig(timeouts?: { testTimeout?: number; hookTimeout?: number }): ViteUserConfig;
