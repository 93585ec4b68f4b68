import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import { PersonResolver, personReference } from "./person/person.resolver.js";
import { TeamResolver, teamReference } from "./team/team.resolver.js";
import { VolunteerResolver, volunteerReference } from "./volunteer/volunteer.resolver.js";

export function buildVolunteersSchema() {
  return buildFederatedSchema({
    resolvers: [TeamResolver, VolunteerResolver, PersonResolver],
    referenceResolvers: { VolunteerTeam: teamReference, Volunteer: volunteerReference, Person: personReference },
  });
}
