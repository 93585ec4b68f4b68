import { defineFrontendTestConfig } from "@dongting/ui-kit/vitest";

// The longer timeouts this remote's browser tests have always had.
export default defineFrontendTestConfig({ testTimeout: 240_000, hookTimeout: 600_000 });
