// Minimal valid arguments for a root field, generated from its argument types: required arguments and input
// fields only (an optional one left out means "myself" or "no filter"), each id naming a real row of the
// running stack that belongs to none of the test viewers (SampleIds), so a refusal is the access rule, not
// input validation or NOT_FOUND. Names pick realistic values where the type alone would not pass validation.
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from "graphql";
import { namedTypeOf } from "./api-schema.js";

/** Ids of rows on the running stack by type name, plus the few names the graph checks against its data. */
export interface SampleIds {
  ids: Record<string, string>;
  categoryName: string;
}

/** The type an `...Id` argument or input field points at. */
const ID_TARGETS: Record<string, string> = {
  gridId: "Grid",
  neighbourhoodId: "Neighbourhood",
  buildingId: "Building",
  personId: "Person",
  leaderId: "Person",
  claimantId: "Person",
  ownerId: "Person",
  organiserId: "Person",
  submitterId: "Person",
  assigneePersonId: "Person",
  orgUnitId: "OrgUnit",
  parentId: "OrgUnit",
  newParentId: "OrgUnit",
  zoneId: "Zone",
  teamId: "VolunteerTeam",
  volunteerTeamId: "VolunteerTeam",
  shiftId: "Shift",
  patrolShiftId: "Shift",
  volunteerId: "Volunteer",
  closureId: "ZoneClosure",
  requestId: "ResidentRequest",
  communityId: "Community",
  unitId: "ServiceUnit",
  categoryId: "RequestCategory",
  seriesId: "BookingSeries",
  toOrgUnitId: "OrgUnit",
  gridIds: "Grid",
  buildingIds: "Building",
  classId: "ResidentClass",
  residentClassId: "ResidentClass",
  proposalId: "Proposal",
  attendeeIds: "Person",
};

/** Arguments that name another row for one root field: a vote needs a proposal in VOTING. */
const ID_OF_ARGUMENT: Record<string, Record<string, string>> = {
  castVote: { proposalId: "VotingProposal" },
};

/** Root fields whose `id` is not of the type they return. */
const ID_OF_FIELD: Record<string, string> = {
  deleteOrgUnit: "OrgUnit",
  deleteVisitorLogEntry: "VisitorLogEntry",
  revokeRole: "RoleGrant",
  deleteDispatchRule: "DispatchRule",
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Instants relative to the stack's clock: windows from a month ago to two months on; bookings and shifts tomorrow. */
function instantFor(name: string, now: number, fieldName: string): string {
  const at = (ms: number) => new Date(ms).toISOString();
  const tomorrow = now + DAY; // TEST_CLOCK_START is 10:00 in Dongting: tomorrow 10:00
  if (fieldName === "closeZone") return name === "from" ? at(now + 7 * DAY) : at(now + 7 * DAY + 2 * HOUR);
  if (name === "from") return at(now - 30 * DAY);
  if (name === "to") return at(now + 60 * DAY);
  if (name === "startsAt") return at(tomorrow);
  if (name === "endsAt") return at(tomorrow + HOUR);
  return at(now);
}

const TEXT: Record<string, (salt: string) => string> = {
  code: (salt) => `MX-${salt}`,
  clientRequestId: (salt) => `matrix-${salt}`,
  visitedOn: () => "2026-06-14",
  on: () => "2026-06-14",
  reportedOn: () => "2026-06-14",
  fromMonth: () => "2026-01",
  toMonth: () => "2026-06",
  month: () => "2026-05",
  phone: () => "13900001111",
  department: () => "区城管局",
  search: () => "王",
};

const INTS: Record<string, number> = { capacity: 5, households: 10, score: 5, responseSpeed: 5, quality: 5, visitors: 3 };

export interface ArgumentContext {
  samples: SampleIds;
  /** The stack's clock reading, as epoch ms. */
  now: number;
  /** Makes unique values (grid codes, idempotency keys) unique per cell. */
  salt: string;
}

function valueFor(name: string, type: GraphQLInputType, fieldName: string, context: ArgumentContext): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [valueFor(name, nullable.ofType, fieldName, context)];
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  if (isInputObjectType(nullable)) return requiredValues(Object.values(nullable.getFields()), fieldName, context);
  switch (nullable.name) {
    case "ID": {
      const id = context.samples.ids[name === "id" ? "__returned" : (ID_OF_ARGUMENT[fieldName]?.[name] ?? ID_TARGETS[name])];
      if (!id) throw new Error(`no sample id for ${fieldName}(${name}: ID): name it in ID_TARGETS or SampleIds`);
      return id;
    }
    case "DateTime":
      return instantFor(name, context.now, fieldName);
    case "Int":
      return INTS[name] ?? 1;
    case "Float":
      return 1.5;
    case "Boolean":
      return name === "reasonable";
    case "String":
      if (name === "category") return context.samples.categoryName;
      return TEXT[name]?.(context.salt) ?? `矩阵测试${context.salt}`;
    default:
      return "x";
  }
}

function requiredValues(
  inputs: ReadonlyArray<GraphQLInputField | GraphQLField<unknown, unknown>["args"][number]>,
  fieldName: string,
  context: ArgumentContext,
) {
  const values: Record<string, unknown> = {};
  for (const input of inputs) {
    if (!isNonNullType(input.type) || input.defaultValue !== undefined) continue;
    values[input.name] = valueFor(input.name, input.type, fieldName, context);
  }
  return values;
}

/** The required arguments of `field`, valid where the stack's data allows. */
export function minimalArguments(field: GraphQLField<unknown, unknown>, context: ArgumentContext): Record<string, unknown> {
  const returned = ID_OF_FIELD[field.name] ?? namedTypeOf(field.type);
  const samples = { ...context.samples, ids: { ...context.samples.ids, __returned: context.samples.ids[returned] } };
  return requiredValues(field.args, field.name, { ...context, samples });
}
