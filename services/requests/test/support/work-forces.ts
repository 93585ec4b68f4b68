import { expect } from "vitest";
import { demoGridId, demoPersonId } from "@dongting/subgraph-kit/seed";
import type { As, GraphQLAnswer, TestSubgraph } from "@dongting/subgraph-kit/testing";
import { MUTATIONS, SUBMIT, resident, submitInput } from "../helpers.js";
import { DT, dongtingStaff } from "./scoped-viewers.js";

/** What the work-force tests read of a unit, a request's units and a dispatch. */
export const UNIT_FIELDS = `id name forceKind active community { id } leader { id } members { id } volunteerTeam { id }`;
export const CREATE_UNIT = `mutation($input: ServiceUnitInput!) { createServiceUnit(input: $input) { ${UNIT_FIELDS} } }`;
export const DISPATCHED_FIELDS = /* GraphQL */ `
  id status
  assignment { forceKind assigneeName assignedAt assigneePerson { id } volunteerTeam { id } unit { id name } }
  units { id name }
  suggestedUnit { id }
  events { type note actor { id } }
`;
export const DISPATCH = `mutation($id: ID!, $unitId: ID!, $personId: ID, $note: String) {
  dispatchRequest(id: $id, unitId: $unitId, personId: $personId, note: $note) { ${DISPATCHED_FIELDS} } }`;
export const CREATE_RULE = `mutation($input: DispatchRuleInput!) {
  createDispatchRule(input: $input) { id position category grid { id } unit { id name } urgency automatic } }`;

/** A member of a unit acting with nothing but a resident's grant: what a unit's worklist must work with. */
export const memberAs = (person: number): As => ({
  grants: [{ role: "RESIDENT", scope: { kind: "COMMUNITY", id: DT } }],
  personId: demoPersonId(person),
});

export async function must<T = any>(subgraph: TestSubgraph, query: string, variables: Record<string, unknown>, as: As): Promise<T> {
  const answer: GraphQLAnswer = await subgraph.request(query, variables, as);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return Object.values(answer.data!)[0] as T;
}

let units = 0;
/** A new unit of Dongting (or `input.communityId`) by its staff; members are demo people by number. */
export async function createUnit(
  subgraph: TestSubgraph,
  members: number[],
  input: Record<string, unknown> = {},
  as: As = dongtingStaff,
): Promise<{ id: string; name: string }> {
  units += 1;
  return must(
    subgraph,
    CREATE_UNIT,
    {
      input: {
        name: `测试物业服务中心${units}`,
        forceKind: "PUBLIC_SERVICE",
        memberIds: members.map(demoPersonId),
        leaderId: members.length ? demoPersonId(members[0]) : null,
        ...input,
      },
    },
    as,
  );
}

/** A request of the demo resident in Dongting's grid 1 (设施维修 unless told), accepted by staff unless `accepted` is false. */
export async function newRequest(subgraph: TestSubgraph, overrides: Record<string, unknown> = {}, accepted = true): Promise<string> {
  const submitted = await must(subgraph, SUBMIT, { input: submitInput({ gridId: demoGridId(1), ...overrides }) }, resident);
  if (accepted) await must(subgraph, MUTATIONS.accept, { id: submitted.id, level: "GRID", urgency: "YELLOW" }, dongtingStaff);
  return submitted.id;
}

export const dispatch = (
  subgraph: TestSubgraph,
  id: string,
  unitId: string,
  as: As = dongtingStaff,
  extra: { personId?: string | null; note?: string | null } = {},
) => subgraph.request(DISPATCH, { id, unitId, ...extra }, as);
