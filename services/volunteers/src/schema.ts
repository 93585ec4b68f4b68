import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import { READ_POLICY } from "./access.js";
import { ShiftCalendarResolver } from "./calendar/shift-calendar.resolver.js";
import { CertificateResolver } from "./certificate/certificate.resolver.js";
import { personReference } from "./person/person.reference.js";
import { PersonResolver } from "./person/person.resolver.js";
import { ServiceTimeReportResolver } from "./service-time/service-time-report.js";
import { ServiceTimeResolver } from "./service-time/service-time.resolver.js";
import { shiftReference } from "./shift/shift.reference.js";
import { ShiftResolver } from "./shift/shift.resolver.js";
import { SignupResolver } from "./shift/signup.resolver.js";
import { teamReference } from "./team/team.reference.js";
import { TeamResolver } from "./team/team.resolver.js";
import { volunteerReference } from "./volunteer/volunteer.reference.js";
import { VolunteerResolver } from "./volunteer/volunteer.resolver.js";

export function buildVolunteersSchema() {
  return buildFederatedSchema({
    resolvers: [
      TeamResolver,
      VolunteerResolver,
      PersonResolver,
      ShiftResolver,
      SignupResolver,
      ServiceTimeResolver,
      ServiceTimeReportResolver,
      CertificateResolver,
      ShiftCalendarResolver,
    ],
    referenceResolvers: {
      VolunteerTeam: teamReference,
      Volunteer: volunteerReference,
      Shift: shiftReference,
      Person: personReference,
    },
    readPolicy: READ_POLICY,
  });
}
