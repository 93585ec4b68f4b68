import {
  copyScopeResolver,
  GEOGRAPHY_COPY_ENTITIES,
  geographyCopyJob,
  HistoryEntry,
  type SubgraphDefinition,
} from "@dongting/subgraph-kit";
import { TeamCommunity } from "./copy/team-community.entity.js";
import { teamCopyJob } from "./copy/team-copy.js";
import { Communities1764806400000 } from "./migrations/1764806400000-communities.js";
import { Bookings1764547200000 } from "./migrations/1764547200000-bookings.js";
import { StaffTools1765065600000 } from "./migrations/1765065600000-staff-tools.js";
import { ZoneCalendarFeed1765238400000 } from "./migrations/1765238400000-zone-calendar-feed.js";
import { Zones1764460800000 } from "./migrations/1764460800000-zones.js";
import { Booking } from "./booking/booking.entity.js";
import { ZoneClosure } from "./closure/closure.entity.js";
import { ExchangeItem } from "./exchange/exchange-item.entity.js";
import { VisitorLogEntry } from "./visitor/visitor-log.entity.js";
import { WaitlistEntry } from "./waitlist/waitlist-entry.entity.js";
import { ZoneCalendarFeed } from "./calendar/zone-calendar-feed.entity.js";
import { noShowSweepJob } from "./booking/no-show-sweep.job.js";
import { pendingBookingsGauge } from "./booking/pending-bookings.gauge.js";
import { claimExpiryJob } from "./exchange/claim-expiry.job.js";
import { buildStationSchema } from "./schema.js";
import { seedLexiang } from "./seed/lexiang.seed.js";
import { ZoneOpeningHours } from "./zone/opening-hours.entity.js";
import { Zone } from "./zone/zone.entity.js";

export const definition: SubgraphDefinition = {
  name: "station",
  defaultPort: 4004,
  entities: [
    Zone,
    ZoneOpeningHours,
    Booking,
    ZoneClosure,
    ExchangeItem,
    VisitorLogEntry,
    WaitlistEntry,
    ZoneCalendarFeed,
    HistoryEntry,
    ...GEOGRAPHY_COPY_ENTITIES,
    TeamCommunity,
  ],
  migrations: [Zones1764460800000, Bookings1764547200000, Communities1764806400000, StaffTools1765065600000, ZoneCalendarFeed1765238400000],
  buildSchema: buildStationSchema,
  seed: seedLexiang,
  // Scopes resolve over the geography copy; both copies are fed by a periodic pull over the graph.
  scopes: copyScopeResolver,
  periodicJobs: [noShowSweepJob, claimExpiryJob, geographyCopyJob, teamCopyJob],
  gauges: [pendingBookingsGauge],
};
