// Which fields of the composed schema hold personal data: derived from the four services' READ_POLICY
// (types marked personal, fields whose rule leaves a viewer out) plus the fields that lead to a personal
// type, plus the lead's list (PERSONAL_BY_DECISION), so a policy that quietly opens one of those fails.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { getNamedType, getNullableType, isNonNullType, isObjectType, type GraphQLField, type GraphQLSchema } from "graphql";
import type { FieldRule, Grantee, ReadPolicy } from "@dongting/subgraph-kit";
import { SUBGRAPHS } from "../../src/compose/subgraphs.js";

/**
 * Each service's READ_POLICY, loaded by package name as compose loads the subgraphs: from its built
 * `dist/access.js`, beside the `definition` its package exports (the packages export nothing else yet).
 */
export async function loadReadPolicies(): Promise<ReadPolicy[]> {
  const require = createRequire(import.meta.url);
  const policies: ReadPolicy[] = [];
  for (const subgraph of SUBGRAPHS) {
    const access = join(dirname(require.resolve(`${subgraph.packageName}/definition`)), "access.js");
    const loaded = (await import(/* @vite-ignore */ pathToFileURL(access).href)) as { READ_POLICY?: ReadPolicy };
    if (!loaded.READ_POLICY) throw new Error(`${subgraph.packageName} exports no READ_POLICY from access.js`);
    policies.push(loaded.READ_POLICY);
  }
  return policies;
}

/** What the lead made public without sign-in in personal types: the party tree's and the teams' faces. */
export const PUBLIC_BY_DECISION: Record<string, readonly string[]> = {
  // issue 11: which community a unit belongs to is as public as the tree itself
  OrgUnit: ["id", "name", "kind", "form", "parent", "children", "ancestors", "descendants", "memberCount", "community"],
  VolunteerTeam: ["id", "name", "kind", "partnerUnit", "memberCount"],
  // issue 11: `{ communities { code name grids { id } } }` before sign-in (the shell's switcher); a grid's
  // code, name and community name no one (its households, neighbourhoods and leader stay signed in)
  Grid: ["id", "code", "name", "community"],
};

/** Personal data by the lead's decision (issue 10): never to anonymous callers, never to INTEGRATOR. */
export const PERSONAL_BY_DECISION: readonly string[] = [
  ...["name", "phone", "neighbourhood", "partyMembership", "volunteer"].map((field) => `Person.${field}`),
  // issue 11: who holds which power where, and where someone lives (their home community)
  "Person.grants",
  "Person.community",
  "RoleGrant.person",
  "RoleGrant.grantedBy",
  ...["submitter", "title", "description", "neighbourhood"].map((field) => `ResidentRequest.${field}`),
  "RequestEvent.note",
  "RequestEvent.actor",
  "ResidentRating.comment",
  "CommunityReview.note",
  "Assignment.assigneeName",
  "Assignment.assigneePerson",
  "DepartmentEvaluation.comment",
  "OrgUnit.secretary",
  "OrgUnit.members",
  "OrgUnit.history",
  "OrgUnitChange.actor",
  "Grid.leader",
  "Neighbourhood.leader",
  "Building.leader",
  "Booking.organiser",
  "Booking.title",
  "ExchangeItem.owner",
  "ExchangeItem.claimant",
  "ExchangeItem.description",
  "VisitorLogEntry.note",
  "VisitorLogEntry.recordedBy",
  // issue 12: who works in a unit (its members are people; the members list is masked to [] for others signed in)
  "ServiceUnit.members",
  "ServiceUnit.leader",
  "VolunteerTeam.members",
  "VolunteerTeam.leader",
  "Volunteer.person",
  "Volunteer.teams",
  "Volunteer.shiftSignups",
  "ShiftSignup.volunteer",
  // issue 13: the ID number (masked at best), a home's building, a certificate's holder and what he did, who
  // waits for a slot, a sunk-down member's work unit and duties, the volunteers of the hours report
  "Person.maskedIdNumber",
  "Person.building",
  "ServiceCertificate.holderName",
  "ServiceCertificate.holderIdMasked",
  "ServiceCertificate.activities",
  "ServiceCertificate.volunteer",
  "WaitlistEntry.person",
  "SunkDownReport.person",
  "SunkDownReport.workUnit",
  "SunkDownReport.duties",
  "ServiceTimeReportRow.volunteer",
  // issue 14: who is in a class and holds its posts, who attended and what was said, who proposed, commented
  // and how the viewer voted
  "ClassMember.person",
  "ClassCommitteeMember.person",
  "ResidentClass.monitor",
  "Meeting.attendees",
  "Proposal.proposer",
  "ProposalComment.author",
  "Proposal.myVote",
];

export type Reader = "anonymous" | "INTEGRATOR";

export interface PersonalField {
  type: string;
  field: string;
  /** Non-null free text a denied reader gets as REDACTED_TEXT rather than an error. */
  redacted: boolean;
  /** What the reader gets instead of the value, when a policy masks the field for them (a list masked to []). */
  mask?: (value: unknown) => unknown;
}

const asRule = (rule: FieldRule | readonly Grantee[]): FieldRule => (Array.isArray(rule) ? { read: rule } : (rule as FieldRule));

const admits = (grantees: readonly Grantee[], reader: Reader) =>
  grantees.includes("PUBLIC") || (reader === "INTEGRATOR" && (grantees.includes("SIGNED_IN") || grantees.includes("INTEGRATOR")));

export class PolicyView {
  constructor(private readonly policies: readonly ReadPolicy[]) {}

  isPersonal(type: string): boolean {
    return this.policies.some((policy) => policy.types[type]?.personal);
  }

  /** The rules of `type.field` in every policy that lists it (personal types deny unlisted fields). */
  private rules(type: string, field: string): FieldRule[] {
    const rules: FieldRule[] = [];
    for (const policy of this.policies) {
      const rule = policy.types[type];
      if (!rule) continue;
      if (rule.fields[field]) rules.push(asRule(rule.fields[field]));
      else if (rule.personal) rules.push({ read: [] });
    }
    return rules;
  }

  /** Does some policy leave `reader` out of `type.field` (as it is or masked)? */
  denies(type: string, field: string, reader: Reader): boolean {
    return this.rules(type, field).some((rule) => !admits(rule.read, reader) && !admits(rule.masked?.to ?? [], reader));
  }

  /** The mask `reader` sees `type.field` through: where a policy admits them only to the masked value. */
  maskFor(type: string, field: string, reader: Reader): ((value: unknown) => unknown) | undefined {
    const rule = this.rules(type, field).find((candidate) => candidate.masked && admits(candidate.masked.to, reader));
    return rule && !admits(rule.read, reader) ? rule.masked!.mask : undefined;
  }

  redacts(type: string, field: string): boolean {
    return this.rules(type, field).some((rule) => rule.whenDenied === "redact");
  }

  /**
   * A personal type whose key the reader may not read: a field answering one leads to personal data (a type
   * without a key, such as a request's rating, is judged field by field).
   */
  deniesType(type: string, reader: Reader): boolean {
    return this.isPersonal(type) && this.denies(type, "id", reader);
  }
}

/**
 * The fields `reader` must not read: of personal types every field (anonymous) or every field the policies
 * deny (INTEGRATOR); elsewhere the fields a policy denies; everywhere the fields leading to a type the
 * reader may not resolve; and the lead's list. The lead's public faces stay open to anonymous callers.
 */
export function personalFields(schema: GraphQLSchema, view: PolicyView, reader: Reader): PersonalField[] {
  const decided = new Set(PERSONAL_BY_DECISION);
  const found: PersonalField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type.name === "Mutation") continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (PUBLIC_BY_DECISION[type.name]?.includes(field.name) && reader === "anonymous") continue;
      const named = getNamedType(field.type);
      const target = named.name;
      const personal =
        decided.has(`${type.name}.${field.name}`) ||
        view.denies(type.name, field.name, reader) ||
        (reader === "anonymous" && view.isPersonal(type.name)) ||
        (isObjectType(named) && !!named.getFields().id && view.deniesType(target, reader));
      if (!personal) continue;
      const nonNullText = isNonNullType(field.type) && String(getNullableType(field.type)) === "String";
      const mask = view.maskFor(type.name, field.name, reader);
      found.push({
        type: type.name,
        field: field.name,
        redacted: nonNullText && view.redacts(type.name, field.name),
        ...(mask ? { mask } : {}),
      });
    }
  }
  return found;
}
