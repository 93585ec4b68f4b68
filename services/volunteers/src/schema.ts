import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import { PersonResolver, personReference } from "./person/person.resolver.js";
import { ServiceTimeResolver } from "./service-time/service-time.resolver.js";
import { ShiftResolver, shiftReference } from "./shift/shift.resolver.js";
import { SignupResolver } from "./shift/signup.resolver.js";
import { TeamResolver, teamReference } from "./team/team.resolver.js";
import { VolunteerResolver, volunteerReference } from "./volunteer/volunteer.resolver.js";

export function buildVolunteersSchema() {
  return buildFederatedSchema({
    resolvers: [TeamResolver, VolunteerResolver, PersonResolver, ShiftResolver, SignupResolver, ServiceTimeResolver],
    referenceResolvers: {
      VolunteerTeam: teamReference,
      Volunteer: volunteerReference,
      Shift: shiftReference,
      Person: personReference,
    },
  });
}
