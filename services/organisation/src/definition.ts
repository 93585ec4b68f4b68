import { HistoryEntry, type SubgraphDefinition } from "@dongting/subgraph-kit";
import { Building } from "./grid/building.entity.js";
import { Grid } from "./grid/grid.entity.js";
import { Neighbourhood } from "./grid/neighbourhood.entity.js";
import { Initial1764374400000 } from "./migrations/1764374400000-initial.js";
import { GridTree1764460800000 } from "./migrations/1764460800000-grid-tree.js";
import { PartyTree1764547200000 } from "./migrations/1764547200000-party-tree.js";
import { PeopleSearch1764633600000 } from "./migrations/1764633600000-people-search.js";
import { PersonalDataAccess1764720000000 } from "./migrations/1764720000000-personal-data-access.js";
import { Communities1764806400000 } from "./migrations/1764806400000-communities.js";
import { DistrictSearch1764892800000 } from "./migrations/1764892800000-district-search.js";
import { Community } from "./community/community.entity.js";
import { organisationScopeResolver } from "./community/scope-resolver.js";
import { RoleGrant } from "./grant/role-grant.entity.js";
import { OrgUnit } from "./org-unit/org-unit.entity.js";
import { PartyMembership } from "./party/party-membership.entity.js";
import { Person } from "./person/person.entity.js";
import { SunkDownReport } from "./party/sunk-down-report.entity.js";
import { OrgUnitBuilding, OrgUnitGrid } from "./org-unit/coverage.entity.js";
import { PeopleRecords1764979200000 } from "./migrations/1764979200000-people-records.js";
import { PersonalDataAccess } from "./privacy/personal-data-access.entity.js";
import { recordSensitiveReads } from "./privacy/personal-data-access.service.js";
import { buildOrganisationSchema } from "./schema.js";
import { seedDongting } from "./seed/dongting.seed.js";

export const definition: SubgraphDefinition = {
  name: "organisation",
  defaultPort: 4001,
  entities: [
    OrgUnit,
    Person,
    PartyMembership,
    Grid,
    Neighbourhood,
    Building,
    HistoryEntry,
    PersonalDataAccess,
    Community,
    RoleGrant,
    SunkDownReport,
    OrgUnitGrid,
    OrgUnitBuilding,
  ],
  migrations: [
    Initial1764374400000,
    GridTree1764460800000,
    PartyTree1764547200000,
    PeopleSearch1764633600000,
    PersonalDataAccess1764720000000,
    Communities1764806400000,
    DistrictSearch1764892800000,
    PeopleRecords1764979200000,
  ],
  // Grant scopes resolved from organisation's own tables (the other subgraphs use their read copies).
  scopes: organisationScopeResolver,
  buildSchema: buildOrganisationSchema,
  seed: seedDongting,
  // Full phone numbers and party memberships handed to someone else: recorded once per answer.
  recordSensitiveReads,
};
