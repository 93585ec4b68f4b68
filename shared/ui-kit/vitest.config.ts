import { defineFrontendTestConfig } from "./vite/test-config.mjs";

export default defineFrontendTestConfig();
