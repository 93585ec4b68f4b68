import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import { OpeningHoursResolver, ZoneResolver, zoneReference } from "./zone/zone.resolver.js";

export function buildStationSchema() {
  return buildFederatedSchema({
    resolvers: [ZoneResolver, OpeningHoursResolver],
    referenceResolvers: { Zone: zoneReference },
  });
}
