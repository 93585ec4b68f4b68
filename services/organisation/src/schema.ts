import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import { OrgUnitResolver, orgUnitReference } from "./org-unit/org-unit.resolver.js";
import { PersonResolver, personReference } from "./person/person.resolver.js";

export function buildOrganisationSchema() {
  return buildFederatedSchema({
    resolvers: [OrgUnitResolver, PersonResolver],
    referenceResolvers: { OrgUnit: orgUnitReference, Person: personReference },
  });
}
