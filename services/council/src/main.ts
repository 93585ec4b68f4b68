import { runSubgraphMain } from "@dongting/subgraph-kit";
import { definition } from "./definition.js";

await runSubgraphMain(definition);
