import { demoPersonId, gridLeaderOf, neighbourhoodLeaderOf } from "@dongting/subgraph-kit/seed";
import type { As, GraphQLAnswer, TestSubgraph } from "@dongting/subgraph-kit/testing";
import { admin, committee, resident, staff } from "./helpers.js";

/** The demo personas (the shell's sign-in), the integrator's service account and an admin. */
export const gridLeader: As = { roles: ["GRID_LEADER"], personId: demoPersonId(6) };
export const stationStaff: As = { roles: ["STATION_STAFF"], personId: demoPersonId(3) };
export const volunteer: As = { roles: ["VOLUNTEER"], personId: demoPersonId(5) };
export const integrator: As = { roles: ["INTEGRATOR"] };
export { admin, committee, resident, staff };

/** Resident persona 陈晓 (person 4) lives in neighbourhood 4 of grid 4; person 7 is nobody of theirs. */
export const STRANGER = demoPersonId(7);
export const OWN_GRID_LEADER = demoPersonId(gridLeaderOf(4));
export const OWN_NEIGHBOURHOOD_LEADER = demoPersonId(neighbourhoodLeaderOf(4));

/** Every role's viewer, by label: who reads what is tested against each. */
export const STAFF_ROLES = {
  "a grid leader": gridLeader,
  "community staff": staff,
  "the party committee": committee,
  "station staff": stationStaff,
};

/** The refusals of an answer as `path code reason`, in order. */
export const refusals = (answer: GraphQLAnswer): string[] =>
  (answer.errors ?? []).map((error) => `${(error.path ?? []).join(".")} ${error.extensions?.code} ${error.extensions?.reason}`);

/** The given values (names, phone numbers, ids) that occur anywhere in the answer. */
export const leaks = (answer: GraphQLAnswer, values: readonly string[]): string[] =>
  values.filter((value) => JSON.stringify(answer).includes(value));

export interface Person {
  id: string;
  name: string;
  phone: string | null;
}

/** People of the seeded register, read straight from the database. */
export async function people(subgraph: TestSubgraph, ids: readonly string[]): Promise<Person[]> {
  const rows: Person[] = await subgraph.db.query(`SELECT id, name, phone FROM person WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids]);
  return ids.map((id) => rows.find((row) => row.id === id)!);
}

/** The 楼栋长 of the buildings of neighbourhood `neighbourhoodId` (the resident's building is among them). */
export async function buildingLeaders(subgraph: TestSubgraph, neighbourhoodId: string): Promise<string[]> {
  const rows: Array<{ leader_id: string }> = await subgraph.db.query(
    `SELECT leader_id FROM building WHERE neighbourhood_id = $1 AND leader_id IS NOT NULL ORDER BY leader_id`,
    [neighbourhoodId],
  );
  return rows.map((row) => row.leader_id);
}

/**
 * A party member who is not their unit's secretary and leads nothing, with their unit and its secretary,
 * and another unit with a secretary who is none of that member's leaders.
 */
export async function branchMember(subgraph: TestSubgraph) {
  const [row] = await subgraph.db.query(
    `SELECT m.person_id AS "memberId", u.id AS "unitId", u.secretary_id AS "secretaryId" FROM party_membership m
     JOIN org_unit u ON u.id = m.org_unit_id JOIN person p ON p.id = m.person_id
     WHERE u.kind = 'CENTRAL_HOUSEHOLD' AND u.secretary_id <> m.person_id AND p.roles = '{}'
     ORDER BY m.person_id LIMIT 1`,
  );
  const [other] = await subgraph.db.query(
    `SELECT u.id AS "unitId", u.secretary_id AS "secretaryId" FROM org_unit u
     WHERE u.kind = 'COMMUNITY_COMMITTEE' AND u.secretary_id IS NOT NULL AND u.secretary_id <> $1 LIMIT 1`,
    [row.secretaryId],
  );
  return {
    member: { roles: ["RESIDENT"], personId: row.memberId } as As,
    unitId: row.unitId as string,
    secretaryId: row.secretaryId as string,
    otherUnitId: other.unitId as string,
    otherSecretaryId: other.secretaryId as string,
  };
}
