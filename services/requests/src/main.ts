import { runSubgraphMain } from "@dongting/subgraph-kit";
import { definition } from "./definition.js";
import { withEscalationSweep } from "./escalation/escalation-schedule.js";

await runSubgraphMain(withEscalationSweep(definition));
