import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { startVolunteers } from "./support/start.js";
import { DONGTING, staff } from "./support/fixtures.js";

const CREATE_TEAM = /* GraphQL */ `
  mutation Create($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      kind
      partnerUnit
      leader {
        id
      }
      memberCount
      members {
        person {
          id
        }
      }
    }
  }
`;

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startVolunteers();
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("createTeam", () => {
  it("lets staff create a team with a trimmed name; the leader becomes its first member", async () => {
    const leader = demoPersonId(590);
    const answer = await subgraph.request(
      CREATE_TEAM,
      { input: { name: "  东亭夜跑志愿队 ", kind: "OTHER", partnerUnit: " 武汉体育学院 ", leaderId: leader, communityId: DONGTING } },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.createTeam).toMatchObject({
      name: "东亭夜跑志愿队",
      kind: "OTHER",
      partnerUnit: "武汉体育学院",
      leader: { id: leader },
      memberCount: 1,
      members: [{ person: { id: leader } }],
    });
    const history = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1 ORDER BY action`, [
      answer.data!.createTeam.id,
    ]);
    expect(history).toEqual([
      { action: "CREATED", actor_id: staff.personId },
      { action: "MEMBER_JOINED", actor_id: staff.personId },
    ]);
    const [membership] = await subgraph.db.query(`SELECT joined_at FROM team_membership WHERE team_id = $1`, [answer.data!.createTeam.id]);
    expect(new Date(membership.joined_at).toISOString()).toBe(subgraph.clock.now().toISOString());
  });

  it("accepts a 60-character name and a 100-character partner unit, a blank partner unit as none", async () => {
    const answer = await subgraph.request(
      CREATE_TEAM,
      { input: { name: "队".repeat(60), kind: "CULTURE", partnerUnit: "单".repeat(100), communityId: DONGTING } },
      { roles: ["ADMIN"] },
    );
    expect(answer.data!.createTeam).toMatchObject({ memberCount: 0, leader: null, partnerUnit: "单".repeat(100) });
    const blank = await subgraph.request(
      CREATE_TEAM,
      { input: { name: "空白单位队", kind: "CULTURE", partnerUnit: "  ", communityId: DONGTING } },
      staff,
    );
    expect(blank.data!.createTeam.partnerUnit).toBeNull();
  });

  it.each([
    ["an anonymous caller", "UNAUTHENTICATED", "SIGN_IN_REQUIRED", { name: "新队", kind: "OTHER" }, undefined],
    ["a resident", "FORBIDDEN", "ROLE_NOT_ALLOWED", { name: "新队", kind: "OTHER" }, { roles: ["RESIDENT"], personId: demoPersonId(4) }],
    ["a volunteer", "FORBIDDEN", "ROLE_NOT_ALLOWED", { name: "新队", kind: "OTHER" }, { roles: ["VOLUNTEER"], personId: demoPersonId(5) }],
    [
      "the party committee",
      "FORBIDDEN",
      "ROLE_NOT_ALLOWED",
      { name: "新队", kind: "OTHER" },
      { roles: ["PARTY_COMMITTEE"], personId: demoPersonId(1) },
    ],
    ["a blank name", "BAD_USER_INPUT", "TEXT_BLANK", { name: "   ", kind: "OTHER" }, staff],
    ["a name over 60 characters", "BAD_USER_INPUT", "INVALID_INPUT", { name: "队".repeat(61), kind: "OTHER" }, staff],
    [
      "a partner unit over 100 characters",
      "BAD_USER_INPUT",
      "INVALID_INPUT",
      { name: "新队", kind: "YOUTH", partnerUnit: "大".repeat(101) },
      staff,
    ],
    ["a leader id that is not an id", "BAD_USER_INPUT", "INVALID_INPUT", { name: "新队", kind: "OTHER", leaderId: "赵强" }, staff],
  ] as const)("refuses %s with %s (%s) and writes nothing", async (_label, code, reason, input, as) => {
    const attempt = async () => {
      const answer = await subgraph.request(CREATE_TEAM, { input }, as as As | undefined);
      expect(answer.data?.createTeam ?? null).toBeNull();
      return answer;
    };
    await expectRefusedWithoutWrites(subgraph, attempt, code, reason);
  });

  it("refuses an unknown kind with BAD_USER_INPUT and writes nothing", async () => {
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(CREATE_TEAM, { input: { name: "新队", kind: "CHOIR" } }, staff),
      "BAD_USER_INPUT",
    );
  });
});
