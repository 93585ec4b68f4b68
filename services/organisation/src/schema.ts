import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
// Grid, neighbourhood, building first: the order type-graphql meets the types is the order of the SDL.
import { GridResolver } from "./grid/grid.resolver.js";
import { NeighbourhoodResolver } from "./grid/neighbourhood.resolver.js";
import { BuildingResolver } from "./grid/building.resolver.js";
import { buildingReference } from "./grid/building.reference.js";
import { gridReference } from "./grid/grid.reference.js";
import { neighbourhoodReference } from "./grid/neighbourhood.reference.js";
import { OrgUnitChangeResolver } from "./org-unit/org-unit-change.resolver.js";
import { orgUnitReference } from "./org-unit/org-unit.reference.js";
import { OrgUnitResolver } from "./org-unit/org-unit.resolver.js";
import { PartyMembershipResolver } from "./party/party-membership.resolver.js";
import { PartyRecordsResolver } from "./party/party-records.resolver.js";
import { BuildingCoverageResolver, GridCoverageResolver, OrgUnitCoverageResolver } from "./org-unit/coverage.resolver.js";
import { personReference } from "./person/person.reference.js";
import { PersonResolver } from "./person/person.resolver.js";
import { PersonalDataAccessResolver } from "./privacy/personal-data-access.resolver.js";
import { READ_POLICY } from "./access.js";
import {
  CommunityResolver,
  GridCommunityResolver,
  OrgUnitCommunityResolver,
  PersonCommunityResolver,
} from "./community/community.resolver.js";
import { communityReference } from "./community/community.reference.js";
import { GeographyFeedResolver } from "./community/geography-feed.js";
import { PersonGrantsResolver, RoleGrantResolver } from "./grant/role-grant.resolver.js";
import { ViewerResolver } from "./grant/viewer.js";

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
      PersonalDataAccessResolver,
      CommunityResolver,
      GridCommunityResolver,
      OrgUnitCommunityResolver,
      PersonCommunityResolver,
      RoleGrantResolver,
      PersonGrantsResolver,
      ViewerResolver,
      GeographyFeedResolver,
      PartyRecordsResolver,
      OrgUnitCoverageResolver,
      GridCoverageResolver,
      BuildingCoverageResolver,
    ],
    referenceResolvers: {
      OrgUnit: orgUnitReference,
      Person: personReference,
      Grid: gridReference,
      Neighbourhood: neighbourhoodReference,
      Building: buildingReference,
      Community: communityReference,
    },
    readPolicy: READ_POLICY,
  });
}
