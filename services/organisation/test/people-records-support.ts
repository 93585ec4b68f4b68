import { demoCommunityId, demoOrgUnitId, demoPersonId } from "@dongting/subgraph-kit/seed";
import type { As, TestSubgraph } from "@dongting/subgraph-kit/testing";

/** Community staff of Dongting only (a COMMUNITY grant), and of 水果湖 only. */
export const dongtingStaff: As = {
  personId: demoPersonId(2),
  grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: demoCommunityId(1) } }],
};
export const otherStaff: As = {
  personId: demoPersonId(2),
  grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: demoCommunityId(2) } }],
};

/** 东亭社区党委 and its first two compound branches (seeded with fixed ids). */
export const COMMITTEE_UNIT = demoOrgUnitId(2);
export const BRANCH_A = demoOrgUnitId(3);
export const BRANCH_B = demoOrgUnitId(4);

export const UPDATE = `mutation($id: ID!, $input: PersonUpdateInput!) {
  updatePerson(id: $id, input: $input) { id name phone maskedIdNumber neighbourhood { id } building { id } }
}`;
export const TRANSFER = `mutation($person: ID!, $to: ID!, $on: String!, $note: String) {
  transferPartyMembership(personId: $person, toOrgUnitId: $to, on: $on, note: $note) { id partyMembership { joinedAt orgUnit { id } } }
}`;
export const REPORT = `mutation($person: ID!, $workUnit: String!, $on: String!, $duties: [String!]!) {
  recordSunkDownReport(personId: $person, workUnit: $workUnit, reportedOn: $on, duties: $duties) { id workUnit reportedOn duties person { id } }
}`;
export const REPORTS = `query($unit: ID!) { sunkDownReports(orgUnitId: $unit) { workUnit reportedOn duties person { id name } orgUnit { id } } }`;
export const HISTORY = `query($id: ID!) { orgUnit(id: $id) { history(first: 5) { action summary } } }`;

/** A party member of `unit` who is no unit's secretary (so a transfer anywhere is allowed). */
export async function plainMemberOf(subgraph: TestSubgraph, unit: string, skip = 0): Promise<string> {
  const rows: Array<{ person_id: string }> = await subgraph.db.query(
    `SELECT m.person_id FROM party_membership m WHERE m.org_unit_id = $1
       AND NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.secretary_id = m.person_id) ORDER BY m.person_id OFFSET $2 LIMIT 1`,
    [unit, skip],
  );
  return rows[0].person_id;
}

/** A Dongting resident with no party membership. */
export async function nonMember(subgraph: TestSubgraph): Promise<string> {
  const rows: Array<{ id: string }> = await subgraph.db.query(
    `SELECT p.id FROM person p WHERE p.community_id = $1 AND NOT EXISTS (SELECT 1 FROM party_membership m WHERE m.person_id = p.id)
     ORDER BY p.id OFFSET 50 LIMIT 1`,
    [demoCommunityId(1)],
  );
  return rows[0].id;
}
