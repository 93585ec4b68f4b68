import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import {
  BuildingResolver,
  GridResolver,
  NeighbourhoodResolver,
  buildingReference,
  gridReference,
  neighbourhoodReference,
} from "./grid/grid.resolver.js";
import { OrgUnitChangeResolver, OrgUnitResolver, orgUnitReference } from "./org-unit/org-unit.resolver.js";
import { PartyMembershipResolver } from "./party/party-membership.resolver.js";
import { PersonResolver, personReference } from "./person/person.resolver.js";

export function buildOrganisationSchema() {
  return buildFederatedSchema({
    resolvers: [
      OrgUnitResolver,
      OrgUnitChangeResolver,
      PartyMembershipResolver,
      PersonResolver,
      GridResolver,
      NeighbourhoodResolver,
      BuildingResolver,
    ],
    referenceResolvers: {
      OrgUnit: orgUnitReference,
      Person: personReference,
      Grid: gridReference,
      Neighbourhood: neighbourhoodReference,
      Building: buildingReference,
    },
  });
}
