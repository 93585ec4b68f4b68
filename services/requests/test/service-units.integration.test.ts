import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCommunityId, demoPersonId, demoTeamId } from "@dongting/subgraph-kit/seed";
import { expectRefused, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { resident, staff, startRequestsSubgraph } from "./helpers.js";
import { DT, SG, dongtingStaff, gridOneLeader, shuiguoStaff, streetStaff } from "./support/scoped-viewers.js";
import { CREATE_UNIT, createUnit, memberAs, must } from "./support/work-forces.js";

const NAMES = `query($forceKind: ForceKind, $communityId: ID) { serviceUnits(forceKind: $forceKind, communityId: $communityId) { id name forceKind } }`;
const integrator: As = { roles: ["INTEGRATOR"] };

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
});
afterAll(async () => {
  await subgraph?.stop();
});

const input = (overrides: Record<string, unknown> = {}) => ({
  name: "东亭物业服务中心",
  forceKind: "PUBLIC_SERVICE",
  memberIds: [demoPersonId(301), demoPersonId(302)],
  leaderId: demoPersonId(301),
  ...overrides,
});
const create = (overrides: Record<string, unknown>, as: As = dongtingStaff) =>
  subgraph.request(CREATE_UNIT, { input: input(overrides) }, as);
const names = async (as: As, variables: Record<string, unknown> = {}) =>
  ((await must(subgraph, NAMES, variables, as)) as Array<{ name: string }>).map((unit) => unit.name);

describe("registering a unit", () => {
  it("creates a unit of the staff's only community with its members and leader, and records it", async () => {
    const unit = await must(subgraph, CREATE_UNIT, { input: input({ name: "  东亭物业服务中心 " }) }, dongtingStaff);
    expect(unit).toMatchObject({
      name: "东亭物业服务中心",
      forceKind: "PUBLIC_SERVICE",
      active: true,
      community: { id: DT },
      leader: { id: demoPersonId(301) },
      members: [{ id: demoPersonId(301) }, { id: demoPersonId(302) }],
      volunteerTeam: null,
    });
    const history = await subgraph.db.query(`SELECT action, actor_id, detail FROM history WHERE subject_id = $1`, [unit.id]);
    expect(history).toEqual([
      expect.objectContaining({
        action: "CREATED",
        actor_id: dongtingStaff.personId,
        detail: expect.objectContaining({ communityId: DT }),
      }),
    ]);
  });

  it("links a volunteer unit to its team, and takes a unit without members or leader", async () => {
    const patrol = await must(
      subgraph,
      CREATE_UNIT,
      { input: input({ name: "七宝巡逻队", forceKind: "VOLUNTEER", volunteerTeamId: demoTeamId(1) }) },
      dongtingStaff,
    );
    expect(patrol).toMatchObject({ forceKind: "VOLUNTEER", volunteerTeam: { id: demoTeamId(1) } });
    const bare = await must(subgraph, CREATE_UNIT, { input: { name: "湖北工业大学", forceKind: "CO_BUILDING_UNIT" } }, dongtingStaff);
    expect(bare).toMatchObject({ leader: null, members: [] });
  });

  it("takes the community from the input for staff holding the role everywhere, and lets names repeat across communities", async () => {
    const unit = await must(subgraph, CREATE_UNIT, { input: input({ communityId: SG }) }, staff);
    expect(unit.community).toEqual({ id: SG });
    expect(await names(staff, { communityId: SG })).toEqual(["东亭物业服务中心"]);
  });
});

describe("refusals, with nothing written", () => {
  const refused = (code: string, reason: string, overrides: Record<string, unknown>, as: As = dongtingStaff) =>
    expectRefusedWithoutWrites(subgraph, () => create(overrides, as), code, reason);

  it("asks for a volunteer team exactly when the unit is volunteers'", async () => {
    await refused("BAD_USER_INPUT", "VOLUNTEER_TEAM_REQUIRED", { name: "志愿队", forceKind: "VOLUNTEER" });
    await refused("BAD_USER_INPUT", "TEAM_ONLY_FOR_VOLUNTEERS", { name: "供电所", volunteerTeamId: demoTeamId(1) });
  });

  it("wants the leader among the members, a name, and a name free in the community", async () => {
    await refused("BAD_USER_INPUT", "LEADER_NOT_MEMBER", { name: "燃气站", leaderId: demoPersonId(303) });
    await refused("BAD_USER_INPUT", "TEXT_BLANK", { name: "   " });
    await refused("CONFLICT", "UNIT_NAME_TAKEN", { name: "东亭物业服务中心" });
  });

  it("refuses other roles, other communities, street staff, and communities it cannot place", async () => {
    await refused("FORBIDDEN", "ROLE_NOT_ALLOWED", { name: "甲" }, resident);
    await refused("FORBIDDEN", "ROLE_NOT_ALLOWED", { name: "甲" }, gridOneLeader);
    await refused("FORBIDDEN", "OUT_OF_SCOPE", { name: "甲", communityId: DT }, shuiguoStaff);
    // STREET grants read the street's communities but never write there.
    await refused("FORBIDDEN", "OUT_OF_SCOPE", { name: "甲", communityId: DT }, streetStaff);
    await refused("BAD_USER_INPUT", "COMMUNITY_REQUIRED", { name: "甲" }, staff);
    await refused("BAD_USER_INPUT", "UNKNOWN_COMMUNITY", { name: "甲", communityId: demoCommunityId(99) }, staff);
    await refused("BAD_USER_INPUT", "INVALID_INPUT", { name: "甲", memberIds: ["not-an-id"] });
  });

  it("registers one of five concurrent units of the same name; the others get UNIT_NAME_TAKEN", async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => create({ name: "武汉水务集团维修班" })));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const answer of answers.filter((answer) => answer.errors)) expectRefused(answer, "CONFLICT", "UNIT_NAME_TAKEN");
    const [{ n }] = await subgraph.db.query(`SELECT count(*)::int AS n FROM service_unit WHERE name = '武汉水务集团维修班'`);
    expect(n).toBe(1);
  });
});

describe("listing units", () => {
  it("lists a community's units by community, kind and name, filtered by kind and community", async () => {
    // Kinds in order (CO_BUILDING_UNIT, PUBLIC_SERVICE, VOLUNTEER); names within a kind as the database collates them.
    const dongting = await names(dongtingStaff);
    expect([dongting[0], dongting[3], [...dongting.slice(1, 3)].sort()]).toEqual([
      "湖北工业大学",
      "七宝巡逻队",
      ["东亭物业服务中心", "武汉水务集团维修班"],
    ]);
    expect(await names(dongtingStaff, { forceKind: "VOLUNTEER" })).toEqual(["七宝巡逻队"]);
    expect(await names(dongtingStaff, { communityId: SG })).toEqual([]);
    expect(await names(shuiguoStaff)).toEqual(["东亭物业服务中心"]);
    expect(await names(streetStaff)).toHaveLength(5);
    expect(await names(gridOneLeader)).toHaveLength(4);
    expect(await names(integrator)).toHaveLength(5);
  });

  it("shows a resident only the units they are a member of", async () => {
    expect(await names(resident)).toEqual([]);
    // 302 is in every unit registered with the default members above: Dongting's three and 水果湖's one.
    expect((await names(memberAs(302))).sort()).toEqual(
      ["七宝巡逻队", "东亭物业服务中心", "东亭物业服务中心", "武汉水务集团维修班"].sort(),
    );
    expect(await names(memberAs(302), { communityId: SG })).toEqual(["东亭物业服务中心"]);
  });

  it("shows members to staff in reach, to whoever dispatches in the community and to the unit's members, to no one else", async () => {
    const unit = await createUnit(subgraph, [310, 311]);
    const read = (as: As) => subgraph.request(`query { serviceUnits { id name members { id } leader { id } } }`, {}, as);
    const members = [{ id: demoPersonId(310) }, { id: demoPersonId(311) }];
    for (const as of [dongtingStaff, gridOneLeader, memberAs(311)]) {
      const answer = await read(as);
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      expect(answer.data!.serviceUnits.find((row: any) => row.id === unit.id)).toMatchObject({
        members,
        leader: { id: demoPersonId(310) },
      });
    }
    // An integrator sees the unit's name, never its people: no leader (FORBIDDEN), no members (an empty list).
    const answer = await read(integrator);
    expect(answer.data!.serviceUnits.find((row: any) => row.id === unit.id)).toEqual({
      id: unit.id,
      name: unit.name,
      members: [],
      leader: null,
    });
    expect(new Set(answer.errors?.map((error) => `${error.path?.at(-1)} ${error.extensions?.reason}`))).toEqual(
      new Set(["leader FIELD_NOT_ALLOWED"]),
    );
  });
});
