import {
  copyScopeResolver,
  GEOGRAPHY_COPY_ENTITIES,
  geographyCopyJob,
  HistoryEntry,
  type SubgraphDefinition,
} from "@dongting/subgraph-kit";
import { CategoryDeadline } from "./category/category-deadline.entity.js";
import { RequestCategory } from "./category/category.entity.js";
import { DepartmentEvaluation } from "./department/department-evaluation.entity.js";
import { escalationSweepJob } from "./escalation/escalation-sweep.job.js";
import { openRequestsGauge } from "./request/open-requests.gauge.js";
import { Initial1764547200000 } from "./migrations/1764547200000-initial.js";
import { DepartmentEvaluation1764633600000 } from "./migrations/1764633600000-department-evaluation.js";
import { ManyCommunities1764806400000 } from "./migrations/1764806400000-many-communities.js";
import { MonthMetrics1764892800000 } from "./migrations/1764892800000-month-metrics.js";
import { WorkForces1764979200000 } from "./migrations/1764979200000-work-forces.js";
import { SlaAftercare1764979300000 } from "./migrations/1764979300000-sla-aftercare.js";
import { RequestCodeCounter } from "./request/request-code-counter.entity.js";
import { RequestEvent } from "./request/request-event.entity.js";
import { ResidentRequest } from "./request/request.entity.js";
import { DispatchRule } from "./rule/dispatch-rule.entity.js";
import { buildRequestsSchema } from "./schema.js";
import { seedDongtingRequests } from "./seed/dongting.seed.js";
import { RequestUnit } from "./unit/request-unit.entity.js";
import { ServiceUnitMember } from "./unit/service-unit-member.entity.js";
import { ServiceUnit } from "./unit/service-unit.entity.js";

export const definition: SubgraphDefinition = {
  name: "requests",
  defaultPort: 4002,
  entities: [
    RequestCategory,
    CategoryDeadline,
    ResidentRequest,
    RequestEvent,
    RequestCodeCounter,
    DepartmentEvaluation,
    ServiceUnit,
    ServiceUnitMember,
    RequestUnit,
    DispatchRule,
    HistoryEntry,
    ...GEOGRAPHY_COPY_ENTITIES,
  ],
  migrations: [
    Initial1764547200000,
    DepartmentEvaluation1764633600000,
    ManyCommunities1764806400000,
    MonthMetrics1764892800000,
    WorkForces1764979200000,
    SlaAftercare1764979300000,
  ],
  buildSchema: buildRequestsSchema,
  seed: seedDongtingRequests,
  // Grants resolve against the read copy of organisation's geography, which the copy job keeps fed.
  scopes: copyScopeResolver,
  periodicJobs: [escalationSweepJob, geographyCopyJob],
  gauges: [openRequestsGauge],
};
