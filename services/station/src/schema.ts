import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import { BookingResolver, bookingReference } from "./booking/booking.resolver.js";
import { ExchangeItemResolver, exchangeItemReference } from "./exchange/exchange-item.resolver.js";
import { UtilisationResolver } from "./utilisation/utilisation.js";
import { VisitorLogResolver } from "./visitor/visitor-log.resolver.js";
import { ClosureResolver } from "./closure/closure.resolver.js";
import { OpeningHoursResolver, ZoneResolver, zoneReference } from "./zone/zone.resolver.js";

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
    ],
    referenceResolvers: { Zone: zoneReference, Booking: bookingReference, ExchangeItem: exchangeItemReference },
  });
}
