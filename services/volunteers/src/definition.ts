import {
  copyScopeResolver,
  GEOGRAPHY_COPY_ENTITIES,
  geographyCopyJob,
  HistoryEntry,
  type SubgraphDefinition,
} from "@dongting/subgraph-kit";
import { Initial1764460800000 } from "./migrations/1764460800000-initial.js";
import { Shifts1764547200000 } from "./migrations/1764547200000-shifts.js";
import { Communities1764806400000 } from "./migrations/1764806400000-communities.js";
import { StaffTools1765065600000 } from "./migrations/1765065600000-staff-tools.js";
import { Certificates1765152000000 } from "./migrations/1765152000000-certificates.js";
import { CertificateHolderFeeds1765238400000 } from "./migrations/1765238400000-certificate-holder-feeds.js";
import { ShiftCalendarFeed } from "./calendar/calendar-feed.entity.js";
import { CertificateCounter, ServiceCertificate } from "./certificate/certificate.entity.js";
import { buildVolunteersSchema } from "./schema.js";
import { seedDongting } from "./seed/dongting.seed.js";
import { ShiftSignup } from "./shift/shift-signup.entity.js";
import { Shift } from "./shift/shift.entity.js";
import { VolunteerTeam } from "./team/team.entity.js";
import { TeamMembership } from "./volunteer/team-membership.entity.js";
import { Volunteer } from "./volunteer/volunteer.entity.js";

export const definition: SubgraphDefinition = {
  name: "volunteers",
  defaultPort: 4003,
  entities: [
    VolunteerTeam,
    Volunteer,
    TeamMembership,
    Shift,
    ShiftSignup,
    ServiceCertificate,
    CertificateCounter,
    ShiftCalendarFeed,
    HistoryEntry,
    ...GEOGRAPHY_COPY_ENTITIES,
  ],
  migrations: [
    Initial1764460800000,
    Shifts1764547200000,
    Communities1764806400000,
    StaffTools1765065600000,
    Certificates1765152000000,
    CertificateHolderFeeds1765238400000,
  ],
  buildSchema: buildVolunteersSchema,
  seed: seedDongting,
  // Grants name grids, org units and streets: resolved over the copy of organisation's geography it pulls.
  scopes: copyScopeResolver,
  periodicJobs: [geographyCopyJob],
};
