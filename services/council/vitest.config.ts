import { defineConfig } from "vitest/config";
import { subgraphVitestPreset } from "@dongting/subgraph-kit/vitest-preset";

export default defineConfig(subgraphVitestPreset);
