import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoBuildingId, demoGridId, demoOrgUnitId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { demoIdNumber } from "../src/seed/people.data.js";
import { SIGNED_OUT, WRONG_ROLE, committee, refusalCheck, resident, staff } from "./helpers.js";
import {
  BRANCH_A,
  BRANCH_B,
  COMMITTEE_UNIT,
  REPORT,
  REPORTS,
  dongtingStaff,
  nonMember,
  otherStaff,
  plainMemberOf,
} from "./people-records-support.js";
import { refusals } from "./privacy-support.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});
const refused = refusalCheck(() => subgraph);

describe("recordSunkDownReport and sunkDownReports", () => {
  it("is seeded: a report of each unit's first sunk-down member, newest first, the branch's and its groups'", async () => {
    const all = (await subgraph.request(REPORTS, { unit: COMMITTEE_UNIT }, committee)).data!.sunkDownReports as Array<{
      reportedOn: string;
    }>;
    const [{ units }] = await subgraph.db.query(
      `SELECT count(DISTINCT "org_unit_id")::int AS units FROM "party_membership" WHERE "kind" = 'SUNK_DOWN'`,
    );
    expect(units).toBeGreaterThan(12);
    expect(all).toHaveLength(units);
    expect(all[0].reportedOn).toBe("2026-06-08");
    expect(all.map((report) => report.reportedOn)).toEqual([...all.map((report) => report.reportedOn)].sort().reverse());
  });

  it("records a report with the member's branch and lists it on the branch and the units above it", async () => {
    const member = await plainMemberOf(subgraph, BRANCH_A);
    const variables = { person: member, workUnit: " 武汉市水务局 ", on: "2026-06-12", duties: ["文明劝导", "  入户走访 ", "文明劝导"] };
    const answer = await subgraph.request(REPORT, variables, dongtingStaff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordSunkDownReport).toMatchObject({
      workUnit: "武汉市水务局",
      reportedOn: "2026-06-12",
      duties: ["文明劝导", "入户走访"],
    });
    type Listed = Array<{ workUnit: string; reportedOn: string; person: { id: string }; orgUnit: { id: string } }>;
    const ofMember = async (unit: string) =>
      ((await subgraph.request(REPORTS, { unit }, committee)).data!.sunkDownReports as Listed).filter(
        (report) => report.person.id === member,
      );
    for (const unit of [BRANCH_A, COMMITTEE_UNIT]) {
      expect(await ofMember(unit)).toEqual([
        expect.objectContaining({ workUnit: "武汉市水务局", reportedOn: "2026-06-12", orgUnit: { id: BRANCH_A } }),
      ]);
    }
    expect(await ofMember(BRANCH_B)).toEqual([]);
    const [entry] = await subgraph.db.query(`SELECT action FROM history WHERE subject_id = $1 ORDER BY at DESC LIMIT 1`, [BRANCH_A]);
    expect(entry.action).toBe("SUNK_DOWN_REPORTED");
  });

  it("refuses a second report on the same day, non-members, bad dates and duties, other roles and scopes", async () => {
    const member = await plainMemberOf(subgraph, BRANCH_A);
    const ok = { person: member, workUnit: "区城管局", on: "2026-06-12", duties: ["巡查"] };
    await refused(REPORT, ok, staff, "CONFLICT", "SUNK_DOWN_REPORT_EXISTS");
    const fresh = { ...ok, on: "2026-06-13" };
    await refused(REPORT, fresh, undefined, ...SIGNED_OUT);
    await refused(REPORT, fresh, resident, ...WRONG_ROLE);
    await refused(REPORT, fresh, otherStaff, "FORBIDDEN", "OUT_OF_SCOPE");
    await refused(REPORT, { ...fresh, person: await nonMember(subgraph) }, staff, "BAD_USER_INPUT", "NOT_A_PARTY_MEMBER");
    await refused(REPORT, { ...fresh, on: "2026-06-16" }, staff, "BAD_USER_INPUT", "DATE_IN_FUTURE");
    await refused(REPORT, { ...fresh, on: "2026-13-01" }, staff, "BAD_USER_INPUT", "DATE_INVALID");
    await refused(REPORT, { ...fresh, duties: [] }, staff, "BAD_USER_INPUT", "DUTIES_REQUIRED");
    await refused(
      REPORT,
      { ...fresh, duties: Array.from({ length: 11 }, (_, i) => `服务${i}`) },
      staff,
      "BAD_USER_INPUT",
      "DUTIES_REQUIRED",
    );
    await refused(REPORT, { ...fresh, duties: [" "] }, staff, "BAD_USER_INPUT", "TEXT_BLANK");
    await refused(REPORT, { ...fresh, workUnit: "" }, staff, "BAD_USER_INPUT", "TEXT_BLANK");
  });

  it("lists reports only to those who read party membership, in scope", async () => {
    expect(refusals(await subgraph.request(REPORTS, { unit: BRANCH_A }, resident))).toEqual([
      "sunkDownReports FORBIDDEN FIELD_NOT_ALLOWED",
    ]);
    expect(refusals(await subgraph.request(REPORTS, { unit: BRANCH_A }, otherStaff))).toEqual(["sunkDownReports FORBIDDEN OUT_OF_SCOPE"]);
    const logged = await subgraph.db.query(`SELECT count(*)::int AS n FROM personal_data_access WHERE field = 'Query.sunkDownReports'`);
    expect(logged[0].n).toBeGreaterThan(0);
  });
});

const COVERAGE = `mutation($unit: ID!, $grids: [ID!]!, $buildings: [ID!]!) {
  setOrgUnitCoverage(orgUnitId: $unit, gridIds: $grids, buildingIds: $buildings) { id coversGrids { id } coversBuildings { id } }
}`;
const BOTH_SIDES = `query($grid: ID!, $building: ID!) { grid(id: $grid) { partyUnits { id } } building(id: $building) { partyUnits { id } } }`;

describe("party unit coverage", () => {
  it("is seeded for Dongting: a compound covers its grid, a building group its buildings", async () => {
    const answer = await subgraph.request(BOTH_SIDES, { grid: demoGridId(1), building: demoBuildingId(1) }, resident);
    expect(answer.data!.grid.partyUnits).toEqual([{ id: BRANCH_A }]);
    expect(answer.data!.building.partyUnits).toHaveLength(1);
  });

  it("sets and replaces a unit's coverage, shown on both sides, and records it", async () => {
    const answer = await subgraph.request(
      COVERAGE,
      { unit: BRANCH_B, grids: [demoGridId(2), demoGridId(3)], buildings: [demoBuildingId(5)] },
      dongtingStaff,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.setOrgUnitCoverage.coversGrids).toEqual([{ id: demoGridId(2) }, { id: demoGridId(3) }]);
    const sides = await subgraph.request(BOTH_SIDES, { grid: demoGridId(3), building: demoBuildingId(5) }, resident);
    expect(sides.data!.grid.partyUnits).toContainEqual({ id: BRANCH_B });
    expect(sides.data!.building.partyUnits).toContainEqual({ id: BRANCH_B });
    const cleared = await subgraph.request(COVERAGE, { unit: BRANCH_B, grids: [], buildings: [] }, committee);
    expect(cleared.data!.setOrgUnitCoverage).toMatchObject({ coversGrids: [], coversBuildings: [] });
    const actions = await subgraph.db.query(`SELECT action FROM history WHERE subject_id = $1 AND action = 'COVERAGE_SET'`, [BRANCH_B]);
    expect(actions).toHaveLength(2);
  });

  it("refuses other roles, other scopes, other communities' grids and unknown ids, writing nothing", async () => {
    const ok = { unit: BRANCH_B, grids: [demoGridId(2)], buildings: [] };
    await refused(COVERAGE, ok, undefined, ...SIGNED_OUT);
    await refused(COVERAGE, ok, resident, ...WRONG_ROLE);
    await refused(COVERAGE, ok, otherStaff, "FORBIDDEN", "OUT_OF_SCOPE");
    const [foreign] = await subgraph.db.query(
      `SELECT g.id FROM grid g JOIN community c ON c.id = g.community_id WHERE c.code <> 'DT' LIMIT 1`,
    );
    await refused(COVERAGE, { ...ok, grids: [foreign.id] }, staff, "BAD_USER_INPUT", "CROSSES_COMMUNITIES");
    await refused(COVERAGE, { ...ok, grids: [demoGridId(999)] }, staff, "NOT_FOUND", "NOT_FOUND");
    await refused(COVERAGE, { ...ok, unit: demoOrgUnitId(99_999) }, staff, "NOT_FOUND", "NOT_FOUND");
  });
});

describe("Person.maskedIdNumber", () => {
  const PERSON = `query($id: ID!) { person(id: $id) { id name maskedIdNumber } }`;
  const self: As = { roles: ["RESIDENT"], personId: demoPersonId(4) };
  const masked = (n: number) => `${demoIdNumber(n).slice(0, 6)}********${demoIdNumber(n).slice(14)}`;

  it("is answered masked to the person and to staff who read full phone numbers, never in full", async () => {
    for (const as of [self, staff, committee, dongtingStaff]) {
      const answer = await subgraph.request(PERSON, { id: demoPersonId(4) }, as);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.person.maskedIdNumber).toBe(masked(4));
      expect(JSON.stringify(answer)).not.toContain(demoIdNumber(4));
    }
  });

  it("is withheld (null + FORBIDDEN) from other readers while the name is answered", async () => {
    for (const as of [
      { roles: ["GRID_LEADER"], personId: demoPersonId(6) },
      { roles: ["STATION_STAFF"], personId: demoPersonId(3) },
      { roles: ["VOLUNTEER"], personId: demoPersonId(5) },
    ] as As[]) {
      const answer = await subgraph.request(PERSON, { id: demoPersonId(4) }, as);
      expect(answer.data!.person).toMatchObject({ id: demoPersonId(4), maskedIdNumber: null });
      expect(refusals(answer)).toEqual(["person.maskedIdNumber FORBIDDEN FIELD_NOT_ALLOWED"]);
    }
  });

  it("records staff's reads of someone else's masked ID number, not the person's own", async () => {
    await subgraph.request(PERSON, { id: demoPersonId(5) }, staff);
    await subgraph.request(PERSON, { id: demoPersonId(4) }, self);
    const rows = await subgraph.db.query(`SELECT subject_id FROM personal_data_access WHERE field = 'Person.maskedIdNumber'`);
    expect(rows.map((row: { subject_id: string }) => row.subject_id)).toContain(demoPersonId(5));
  });
});
