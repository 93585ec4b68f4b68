import { defineFrontendTestConfig } from "@dongting/ui-kit/vitest";

export default defineFrontendTestConfig();
