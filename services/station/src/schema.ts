import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import { READ_POLICY } from "./access.js";
// Import order is registration order, which is the order of fields in the SDL: keep it.
import { bookingReference } from "./booking/booking.reference.js";
import { BookingResolver } from "./booking/booking.resolver.js";
import { exchangeItemReference } from "./exchange/exchange-item.reference.js";
import { ExchangeItemResolver } from "./exchange/exchange-item.resolver.js";
import { UtilisationResolver } from "./utilisation/utilisation.resolver.js";
import { VisitorLogResolver } from "./visitor/visitor-log.resolver.js";
import { ClosureResolver } from "./closure/closure.resolver.js";
import { OpeningHoursResolver } from "./zone/opening-hours.resolver.js";
import { zoneReference } from "./zone/zone.reference.js";
import { ZoneResolver } from "./zone/zone.resolver.js";
import { WaitlistResolver } from "./waitlist/waitlist.resolver.js";
import { ZoneCalendarResolver } from "./calendar/zone-calendar.resolver.js";

export function buildStationSchema() {
  return buildFederatedSchema({
    resolvers: [
      ZoneResolver,
      OpeningHoursResolver,
      BookingResolver,
      ClosureResolver,
      ExchangeItemResolver,
      UtilisationResolver,
      VisitorLogResolver,
      WaitlistResolver,
      ZoneCalendarResolver,
    ],
    referenceResolvers: { Zone: zoneReference, Booking: bookingReference, ExchangeItem: exchangeItemReference },
    readPolicy: READ_POLICY,
  });
}
