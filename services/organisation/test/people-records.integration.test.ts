import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoBuildingId, demoNeighbourhoodId, demoOrgUnitId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { SIGNED_OUT, WRONG_ROLE, committee, refusalCheck, resident, staff } from "./helpers.js";
import {
  BRANCH_A,
  BRANCH_B,
  HISTORY,
  TRANSFER,
  UPDATE,
  dongtingStaff,
  nonMember,
  otherStaff,
  plainMemberOf,
} from "./people-records-support.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});
const refused = refusalCheck(() => subgraph);
/** A valid fake ID number (GB 11643 check character X). */
const ID_NUMBER = "11010519491231002X";
const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id maskedIdNumber building { id } neighbourhood { id } } }`;

/** The first building of a neighbourhood (the seed gives each one to three). */
async function buildingOf(neighbourhood: number): Promise<string> {
  const [row] = await subgraph.db.query(`SELECT id FROM building WHERE neighbourhood_id = $1 ORDER BY created_at, id LIMIT 1`, [
    demoNeighbourhoodId(neighbourhood),
  ]);
  return row.id;
}

describe("registerPerson with building and ID number", () => {
  it("stores the ID number, answers it masked, and takes the neighbourhood from the building", async () => {
    const building = await buildingOf(9);
    const answer = await subgraph.request(
      REGISTER,
      { input: { name: "杜新", idNumber: " 110105 19491231 002x ", buildingId: building } },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.registerPerson).toMatchObject({
      maskedIdNumber: "110105********002X",
      building: { id: building },
      neighbourhood: { id: demoNeighbourhoodId(9) },
    });
    const [row] = await subgraph.db.query(`SELECT id_number FROM person WHERE id = $1`, [answer.data!.registerPerson.id]);
    expect(row.id_number).toBe(ID_NUMBER);
  });

  it.each([
    ["a wrong check character", "110105194912310021", "ID_NUMBER_INVALID"],
    ["an impossible birth date", "110105194902300027", "ID_NUMBER_INVALID"],
    ["17 digits", "11010519491231002", "ID_NUMBER_INVALID"],
    ["letters", "11010519491231A02X", "ID_NUMBER_INVALID"],
  ])("refuses %s (BAD_USER_INPUT %s), writing nothing", async (_label, idNumber, reason) => {
    await refused(REGISTER, { input: { name: "某人", idNumber } }, staff, "BAD_USER_INPUT", reason);
  });

  it("refuses an ID number someone already has (CONFLICT ID_NUMBER_TAKEN) and a building of another neighbourhood", async () => {
    await refused(REGISTER, { input: { name: "某人", idNumber: ID_NUMBER } }, dongtingStaff, "CONFLICT", "ID_NUMBER_TAKEN");
    const input = { name: "某人", neighbourhoodId: demoNeighbourhoodId(1), buildingId: await buildingOf(2) };
    await refused(REGISTER, { input }, staff, "BAD_USER_INPUT", "BUILDING_NOT_IN_NEIGHBOURHOOD");
  });
});

describe("updatePerson", () => {
  const target = demoPersonId(40);

  it("edits name, phone, home and building for staff and the committee, recording the changed fields", async () => {
    const building = await buildingOf(12);
    const answer = await subgraph.request(
      UPDATE,
      { id: target, input: { name: " 新名字 ", phone: "139 0000 1111", buildingId: building, idNumber: "420106198001010517" } },
      dongtingStaff,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.updatePerson).toMatchObject({
      name: "新名字",
      phone: "13900001111",
      maskedIdNumber: "420106********0517",
      neighbourhood: { id: demoNeighbourhoodId(12) },
      building: { id: building },
    });
    const [entry] = await subgraph.db.query(`SELECT action, detail FROM history WHERE subject_id = $1 ORDER BY at DESC LIMIT 1`, [target]);
    expect(entry.action).toBe("UPDATED");
    expect(Object.keys(entry.detail).sort()).toEqual(["buildingId", "idNumber", "name", "neighbourhoodId", "phone"]);
    // The history never holds the digits of an ID number or a phone.
    expect(JSON.stringify(entry.detail)).not.toMatch(/420106|13900001111/);

    const moved = await subgraph.request(UPDATE, { id: target, input: { neighbourhoodId: demoNeighbourhoodId(13) } }, committee);
    // A new neighbourhood drops the building of the old one.
    expect(moved.data!.updatePerson).toMatchObject({ neighbourhood: { id: demoNeighbourhoodId(13) }, building: null });
  });

  it("answers an unchanged person without writing", async () => {
    const [before] = await subgraph.db.query(`SELECT count(*)::int AS n FROM history`);
    await subgraph.request(UPDATE, { id: target, input: { name: "新名字" } }, staff);
    const [after] = await subgraph.db.query(`SELECT count(*)::int AS n FROM history`);
    expect(after.n).toBe(before.n);
  });

  it("refuses other roles, people out of scope, other communities and bad values, writing nothing", async () => {
    const variables = { id: target, input: { name: "某人" } };
    await refused(UPDATE, variables, undefined, ...SIGNED_OUT);
    await refused(UPDATE, variables, resident, ...WRONG_ROLE);
    await refused(UPDATE, variables, { roles: ["GRID_LEADER"], personId: demoPersonId(6) }, ...WRONG_ROLE);
    await refused(UPDATE, variables, otherStaff, "FORBIDDEN", "OUT_OF_SCOPE");
    const sgNeighbourhood = (
      await subgraph.db.query(`SELECT id FROM neighbourhood WHERE community_id <> $1 LIMIT 1`, [
        (await subgraph.db.query(`SELECT community_id FROM person WHERE id = $1`, [target]))[0].community_id,
      ])
    )[0].id;
    await refused(UPDATE, { id: target, input: { neighbourhoodId: sgNeighbourhood } }, dongtingStaff, "FORBIDDEN", "OUT_OF_SCOPE");
    await refused(UPDATE, { id: target, input: { neighbourhoodId: sgNeighbourhood } }, staff, "BAD_USER_INPUT", "CROSSES_COMMUNITIES");
    await refused(UPDATE, { id: target, input: { phone: "027-8765432" } }, staff, "BAD_USER_INPUT", "PHONE_NOT_MOBILE");
    await refused(UPDATE, { id: target, input: { idNumber: "420106198001010511" } }, staff, "BAD_USER_INPUT", "ID_NUMBER_INVALID");
    await refused(UPDATE, { id: target, input: { idNumber: ID_NUMBER } }, staff, "CONFLICT", "ID_NUMBER_TAKEN");
    await refused(UPDATE, { id: target, input: { name: "  " } }, staff, "BAD_USER_INPUT", "TEXT_BLANK");
    const wrongBuilding = { neighbourhoodId: demoNeighbourhoodId(1), buildingId: await buildingOf(2) };
    await refused(UPDATE, { id: target, input: wrongBuilding }, staff, "BAD_USER_INPUT", "BUILDING_NOT_IN_NEIGHBOURHOOD");
    await refused(UPDATE, { id: demoPersonId(8_999_999), input: { name: "某人" } }, staff, "NOT_FOUND", "NOT_FOUND");
    await refused(UPDATE, { id: target, input: { buildingId: demoBuildingId(99_999) } }, staff, "NOT_FOUND", "NOT_FOUND");
  });
});

describe("transferPartyMembership", () => {
  it("moves the membership on the given day and records it in both branches' histories", async () => {
    const member = await plainMemberOf(subgraph, BRANCH_A);
    const answer = await subgraph.request(TRANSFER, { person: member, to: BRANCH_B, on: "2026-06-10", note: "迁居" }, dongtingStaff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.transferPartyMembership.partyMembership.orgUnit.id).toBe(BRANCH_B);
    expect(answer.data!.transferPartyMembership.partyMembership.joinedAt).toBe("2026-06-09T16:00:00.000Z");
    const source = (await subgraph.request(HISTORY, { id: BRANCH_A }, committee)).data!.orgUnit.history[0];
    const target = (await subgraph.request(HISTORY, { id: BRANCH_B }, committee)).data!.orgUnit.history[0];
    expect(source.action).toBe("TRANSFERRED_OUT");
    expect(source.summary).toMatch(/^组织关系转接：党员 .+ 于 2026-06-10 转至「.+」（迁居）$/);
    expect(target.action).toBe("TRANSFERRED_IN");
    expect(target.summary).toMatch(/自「.+」转入（迁居）$/);
  });

  it("refuses non-members, the same branch, bad dates, other scopes and unknown units, writing nothing", async () => {
    const member = await plainMemberOf(subgraph, BRANCH_A);
    const ok = { person: member, to: BRANCH_B, on: "2026-06-15" };
    await refused(TRANSFER, ok, undefined, ...SIGNED_OUT);
    await refused(TRANSFER, ok, resident, ...WRONG_ROLE);
    await refused(TRANSFER, { ...ok, person: await nonMember(subgraph) }, staff, "BAD_USER_INPUT", "NOT_A_PARTY_MEMBER");
    await refused(TRANSFER, { ...ok, to: BRANCH_A }, staff, "CONFLICT", "SAME_BRANCH");
    await refused(TRANSFER, { ...ok, on: "2026-02-30" }, staff, "BAD_USER_INPUT", "DATE_INVALID");
    await refused(TRANSFER, { ...ok, on: "15/06/2026" }, staff, "BAD_USER_INPUT", "DATE_INVALID");
    await refused(TRANSFER, { ...ok, on: "2026-06-16" }, staff, "BAD_USER_INPUT", "DATE_IN_FUTURE");
    await refused(TRANSFER, ok, otherStaff, "FORBIDDEN", "OUT_OF_SCOPE");
    // 水果湖社区党委 (unit 17) lies outside a Dongting-only grant.
    await refused(TRANSFER, { ...ok, to: demoOrgUnitId(17) }, dongtingStaff, "FORBIDDEN", "OUT_OF_SCOPE");
    await refused(TRANSFER, { ...ok, to: demoOrgUnitId(99_999) }, staff, "NOT_FOUND", "NOT_FOUND");
    await refused(TRANSFER, { ...ok, note: "注".repeat(201) }, staff, "BAD_USER_INPUT", "TEXT_TOO_LONG");
  });

  it("lets one of two racing transfers of a member to the same branch through (SAME_BRANCH for the other)", async () => {
    const member = await plainMemberOf(subgraph, BRANCH_A, 1);
    const answers = await Promise.all(
      [0, 1].map(() => subgraph.request(TRANSFER, { person: member, to: BRANCH_B, on: "2026-06-14" }, staff)),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.flatMap((answer) => answer.errors ?? []).map((error) => error.extensions?.reason)).toEqual(["SAME_BRANCH"]);
    const entries = await subgraph.db.query(`SELECT action FROM history WHERE detail->>'personId' = $1 AND action LIKE 'TRANSFERRED_%'`, [
      member,
    ]);
    expect(entries.map((entry: { action: string }) => entry.action).sort()).toEqual(["TRANSFERRED_IN", "TRANSFERRED_OUT"]);
  });
});
