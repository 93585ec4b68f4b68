import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoOrgUnitId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefusedWithoutWrites, startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { ACCESS_LOG_WINDOW_DAYS_MAX } from "@dongting/domain/organisation";
import { definition } from "../src/definition.js";
import { STRANGER, admin, committee, gridLeader, integrator, resident, staff, stationStaff, volunteer } from "./privacy-support.js";

let subgraph: TestSubgraph;
/** When the current test started: the rows it wrote are those at or after it. */
let since: Date;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});
beforeEach(() => {
  subgraph.clock.advanceMinutes(60);
  since = subgraph.clock.now();
});

/** The rows written since the test started. */
const written = () =>
  subgraph.db.query(
    `SELECT actor_id AS "actorId", subject_id AS "subjectId", field, operation, at FROM personal_data_access WHERE at >= $1 ORDER BY subject_id, field`,
    [since],
  ) as Promise<Array<{ actorId: string | null; subjectId: string; field: string; operation: string | null; at: Date }>>;

const PHONE = `query ReadPhone($id: ID!) { person(id: $id) { phone } }`;
const MEMBERSHIP = `query ReadMembership($id: ID!) { person(id: $id) { partyMembership { kind } } }`;
const ok = async (query: string, variables: Record<string, unknown>, as?: As) => {
  const answer = await subgraph.request(query, variables, as);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!;
};

describe("the record of sensitive reads", () => {
  it("records a staff member's full read of someone else's phone: who, whose, which field, which operation, when", async () => {
    const data = await ok(PHONE, { id: demoPersonId(4) }, staff);
    expect(data.person.phone).toMatch(/^1\d{10}$/);
    expect(await written()).toEqual([
      { actorId: staff.personId, subjectId: demoPersonId(4), field: "Person.phone", operation: "ReadPhone", at: since },
    ]);
  });

  it("records nothing for a self-read or a masked read", async () => {
    await ok(PHONE, { id: demoPersonId(4) }, resident);
    await ok(MEMBERSHIP, { id: demoPersonId(2) }, { roles: ["RESIDENT"], personId: demoPersonId(2) });
    for (const as of [gridLeader, stationStaff, volunteer])
      expect((await ok(PHONE, { id: demoPersonId(4) }, as)).person.phone).toContain("****");
    expect(await written()).toEqual([]);
  });

  it.each([
    ["an anonymous caller", undefined, "UNAUTHENTICATED"],
    ["the integrator", integrator, "FORBIDDEN"],
    ["a resident reading a stranger", resident, "FORBIDDEN"],
  ] as const)("records nothing for a refused read by %s (nothing is written at all)", async (_label, as, code) => {
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(PHONE, { id: STRANGER }, as), code);
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(MEMBERSHIP, { id: demoPersonId(2) }, as), code);
  });

  it("records party memberships handed out: a person's, and each listed member except the viewer", async () => {
    await ok(MEMBERSHIP, { id: demoPersonId(2) }, committee);
    await ok(`query Members($id: ID!) { orgUnit(id: $id) { members { edges { node { id } } } } }`, { id: demoOrgUnitId(2) }, committee);
    const members: Array<{ person_id: string }> = await subgraph.db.query(`SELECT person_id FROM party_membership WHERE org_unit_id = $1`, [
      demoOrgUnitId(2),
    ]);
    const rows = await written();
    expect(rows.filter((row) => row.field === "Person.partyMembership")).toEqual([
      { actorId: committee.personId, subjectId: demoPersonId(2), field: "Person.partyMembership", operation: "ReadMembership", at: since },
    ]);
    const listed = rows.filter((row) => row.field === "OrgUnit.members").map((row) => row.subjectId);
    expect(listed.sort()).toEqual(
      members
        .map((row) => row.person_id)
        .filter((id) => id !== committee.personId)
        .sort(),
    );
    expect(rows.every((row) => row.actorId === committee.personId)).toBe(true);
  });

  it("writes one INSERT per answer, a person met twice in it recorded once", async () => {
    subgraph.sql.reset();
    const data = await ok(
      `query TwoPages($id: ID!) { people(first: 20) { edges { node { id phone } } } again: person(id: $id) { phone } twice: person(id: $id) { phone } }`,
      { id: demoPersonId(4) },
      committee,
    );
    expect(subgraph.sql.count(/INSERT INTO "personal_data_access"/i)).toBe(1);
    const handedOut = data.people.edges
      .map((edge: { node: { id: string; phone: string | null } }) => edge.node)
      .filter((node: { id: string; phone: string | null }) => node.phone && node.id !== committee.personId)
      .map((node: { id: string }) => node.id);
    const rows = await written();
    expect(rows.map((row) => row.subjectId).sort()).toEqual([...new Set([...handedOut, demoPersonId(4)])].sort());
    expect(rows.filter((row) => row.subjectId === demoPersonId(4))).toHaveLength(1);
  });

  it("records a service account's read with no actor", async () => {
    await ok(PHONE, { id: demoPersonId(4) }, { roles: ["ADMIN"] });
    expect(await written()).toEqual([
      { actorId: null, subjectId: demoPersonId(4), field: "Person.phone", operation: "ReadPhone", at: since },
    ]);
  });
});

const LOG = `query Log($from: DateTime!, $to: DateTime!, $subjectId: ID, $actorId: ID, $first: Int, $after: String) {
  personalDataAccessLog(from: $from, to: $to, subjectId: $subjectId, actorId: $actorId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { at field operation actor { id name } subject { id name } } }
  }
}`;

describe("personalDataAccessLog", () => {
  const window = () => ({ from: since.toISOString(), to: new Date(since.getTime() + 3_600_000).toISOString() });
  const log = (variables: Record<string, unknown>, as: As = admin) => ok(LOG, { ...window(), ...variables }, as);

  beforeEach(async () => {
    await ok(PHONE, { id: demoPersonId(4) }, staff);
    subgraph.clock.advanceMinutes(1);
    await ok(PHONE, { id: demoPersonId(7) }, staff);
    subgraph.clock.advanceMinutes(1);
    await ok(MEMBERSHIP, { id: demoPersonId(2) }, committee);
  });

  it("shows ADMIN who read whose data, newest first, with the people's names", async () => {
    const { personalDataAccessLog } = await log({});
    expect(personalDataAccessLog.totalCount).toBe(3);
    expect(personalDataAccessLog.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      {
        at: new Date(since.getTime() + 120_000).toISOString(),
        field: "Person.partyMembership",
        operation: "ReadMembership",
        actor: { id: committee.personId, name: "王建国" },
        subject: { id: demoPersonId(2), name: "李敏" },
      },
      expect.objectContaining({ field: "Person.phone", subject: expect.objectContaining({ id: STRANGER }) }),
      expect.objectContaining({
        at: since.toISOString(),
        actor: { id: staff.personId, name: "李敏" },
        subject: { id: demoPersonId(4), name: "陈晓" },
      }),
    ]);
  });

  it("filters by subject and by actor, and pages with cursors", async () => {
    expect((await log({ subjectId: demoPersonId(4) })).personalDataAccessLog.totalCount).toBe(1);
    expect((await log({ actorId: staff.personId })).personalDataAccessLog.totalCount).toBe(2);
    expect((await log({ subjectId: demoPersonId(2), actorId: staff.personId })).personalDataAccessLog.totalCount).toBe(0);
    expect((await log({ subjectId: "not-an-id" })).personalDataAccessLog.totalCount).toBe(0);
    const first = (await log({ first: 2 })).personalDataAccessLog;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await log({ first: 2, after: first.pageInfo.endCursor })).personalDataAccessLog;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.edges.map((edge: { node: { subject: { id: string } } }) => edge.node.subject.id)).toEqual([demoPersonId(4)]);
  });

  it.each([
    ["an anonymous caller", undefined, "UNAUTHENTICATED", "SIGN_IN_REQUIRED"],
    ["the integrator", integrator, "FORBIDDEN", "FIELD_NOT_ALLOWED"],
    ["the party committee", committee, "FORBIDDEN", "FIELD_NOT_ALLOWED"],
    ["community staff", staff, "FORBIDDEN", "FIELD_NOT_ALLOWED"],
    ["a resident", resident, "FORBIDDEN", "FIELD_NOT_ALLOWED"],
  ] as const)("is refused to %s", async (_label, as, code, reason) => {
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(LOG, window(), as), code, reason);
  });

  it(`refuses a window that is empty or longer than ${ACCESS_LOG_WINDOW_DAYS_MAX} days, and a forged cursor`, async () => {
    const day = 86_400_000;
    const at = since.getTime();
    const request = (variables: Record<string, unknown>) => () => subgraph.request(LOG, { ...window(), ...variables }, admin);
    await expectRefusedWithoutWrites(subgraph, request({ to: since.toISOString() }), "BAD_USER_INPUT", "INVALID_TIME_WINDOW");
    const tooLong = { from: new Date(at - (ACCESS_LOG_WINDOW_DAYS_MAX + 1) * day).toISOString() };
    await expectRefusedWithoutWrites(subgraph, request(tooLong), "BAD_USER_INPUT", "TIME_WINDOW_TOO_LONG");
    const forged = Buffer.from(JSON.stringify(["yesterday", demoPersonId(4)])).toString("base64url");
    await expectRefusedWithoutWrites(subgraph, request({ after: forged }), "BAD_USER_INPUT", "INVALID_CURSOR");
    const longest = { from: new Date(Date.parse(window().to) - ACCESS_LOG_WINDOW_DAYS_MAX * day).toISOString() };
    expect((await log(longest)).personalDataAccessLog.totalCount).toBeGreaterThanOrEqual(3);
  });
});
