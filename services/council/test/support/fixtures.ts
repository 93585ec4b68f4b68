import { demoCommunityId, demoNeighbourhoodId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";

export const DONGTING = demoCommunityId(1);
export const SHUIGUOHU = demoCommunityId(2);
/** 李敏, Dongting's staff (scoped to Dongting). */
export const staff: As = { grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: DONGTING } }], personId: demoPersonId(2) };
export const shuiguohuStaff: As = {
  grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: SHUIGUOHU } }],
  personId: demoPersonId(601),
};
/** A resident of Dongting (a person token: RESIDENT in Dongting). */
export const resident = (index: number): As => ({
  grants: [{ role: "RESIDENT", scope: { kind: "COMMUNITY", id: DONGTING } }],
  personId: demoPersonId(index),
});
export const person = demoPersonId;
export const neighbourhood = demoNeighbourhoodId;

export async function ok<T = any>(subgraph: TestSubgraph, query: string, variables: Record<string, unknown>, as?: As): Promise<T> {
  const answer = await subgraph.request(query, variables, as);
  if (answer.errors) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
  return answer.data as T;
}

/** Runs the operation; expects the code and reason, and that no table changed. */
export function refused(subgraph: TestSubgraph, code: string, reason: string, query: string, variables: Record<string, unknown>, as?: As) {
  return expectRefusedWithoutWrites(subgraph, () => subgraph.request(query, variables, as), code, reason);
}

const CREATE = `mutation($name: String!, $n: ID) { createResidentClass(name: $name, neighbourhoodId: $n) { id } }`;
const POST = `mutation($c: ID!, $p: ID!, $post: CommitteePost!) { setCommitteePost(classId: $c, personId: $p, post: $post) { id } }`;
const ADD = `mutation($c: ID!, $p: ID!) { addClassMember(classId: $c, personId: $p) { id } }`;

/** A Dongting class with `monitor` as its monitor and `members` (person indexes) as members. */
export async function makeClass(subgraph: TestSubgraph, name: string, monitor: number, members: number[] = []): Promise<string> {
  const { createResidentClass } = await ok(subgraph, CREATE, { name, n: neighbourhood(1) }, staff);
  const id = createResidentClass.id as string;
  await ok(subgraph, POST, { c: id, p: person(monitor), post: "MONITOR" }, staff);
  for (const member of members) {
    subgraph.clock.advanceMinutes(1);
    await ok(subgraph, ADD, { c: id, p: person(member) }, staff);
  }
  return id;
}
