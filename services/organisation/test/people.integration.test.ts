import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId, demoPersonPhone } from "@dongting/subgraph-kit/seed";
import { demoCommunityId, demoNeighbourhoodId } from "@dongting/subgraph-kit/seed";
import { expectRefused, startTestSubgraph, type As, type GraphQLAnswer, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { maskPhone } from "@dongting/domain/organisation";
import { definition } from "../src/definition.js";
import { SIGNED_OUT, WRONG_ROLE, admin, committee, refusalCheck, resident, staff } from "./helpers.js";

type PeoplePage = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string } }>;
};

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id name phone roles neighbourhood { id } partyMembership { kind } } }`;
const PEOPLE = `query($search: String, $first: Int, $after: String) {
  people(search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }
}`;

const refused = refusalCheck(() => subgraph);
const registerRefused = (variables: Record<string, unknown>, as: As | undefined, code: string, reason: string) =>
  refused(REGISTER, variables, as, code, reason);

describe("registerPerson", () => {
  it.each([
    ["community staff", staff],
    ["the party committee", committee],
    ["an admin", admin],
  ])("registers a resident for %s, trimming the name and normalising the phone", async (_label, as) => {
    const answer = await subgraph.request(
      REGISTER,
      { input: { name: "  欧阳晓明 ", phone: "+86 138-0027-1234", neighbourhoodId: demoNeighbourhoodId(7) } },
      as,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.registerPerson).toMatchObject({
      name: "欧阳晓明",
      phone: "13800271234",
      roles: [],
      neighbourhood: { id: demoNeighbourhoodId(7) },
      partyMembership: null,
    });
    const [entry] = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [answer.data!.registerPerson.id]);
    expect(entry).toEqual({ action: "REGISTERED", actor_id: as.personId });
  });

  it("registers a person without phone or neighbourhood", async () => {
    const answer = await subgraph.request(REGISTER, { input: { name: "王小", phone: "  ", communityId: demoCommunityId(1) } }, staff);
    expect(answer.data!.registerPerson).toMatchObject({ name: "王小", phone: null, neighbourhood: null });
  });

  it("refuses an anonymous caller (UNAUTHENTICATED) and other roles (FORBIDDEN), writing nothing", async () => {
    const input = { name: "某人", phone: "13800271234" };
    await registerRefused({ input }, undefined, ...SIGNED_OUT);
    for (const role of ["RESIDENT", "VOLUNTEER", "GRID_LEADER", "STATION_STAFF", "INTEGRATOR"] as const) {
      await registerRefused({ input }, { roles: [role], personId: demoPersonId(4) }, ...WRONG_ROLE);
    }
  });

  it.each([
    ["a blank name", { name: "  " }, "TEXT_BLANK"],
    ["a name of 61 characters", { name: "欧".repeat(61) }, "INVALID_INPUT"],
    ["a landline number", { name: "某人", phone: "027-87654321" }, "PHONE_NOT_MOBILE"],
    ["ten digits", { name: "某人", phone: "1380027123" }, "PHONE_NOT_MOBILE"],
    ["twelve digits", { name: "某人", phone: "138002712345" }, "PHONE_NOT_MOBILE"],
    ["a number starting 12", { name: "某人", phone: "12800271234" }, "PHONE_NOT_MOBILE"],
    ["letters", { name: "某人", phone: "1380027123a" }, "PHONE_NOT_MOBILE"],
    ["a phone typed over 40 characters", { name: "某人", phone: "1".repeat(41) }, "INVALID_INPUT"],
    ["a malformed neighbourhood id", { name: "某人", neighbourhoodId: "7" }, "INVALID_INPUT"],
  ])("refuses %s with BAD_USER_INPUT (%s), writing nothing", async (_label, input, reason) => {
    await registerRefused({ input }, staff, "BAD_USER_INPUT", reason);
  });

  it("names each field validation refused, with its constraint", async () => {
    const error = await registerRefused(
      { input: { name: "欧".repeat(61), phone: "1".repeat(41), neighbourhoodId: "7" } },
      staff,
      "BAD_USER_INPUT",
      "INVALID_INPUT",
    );
    expect(error.extensions!.fields.map((f: { field: string; constraint: string }) => [f.field, f.constraint])).toEqual([
      ["input.name", "maxLength"],
      ["input.phone", "maxLength"],
      ["input.neighbourhoodId", "isUuid"],
    ]);
  });

  it("refuses an unknown neighbourhood with NOT_FOUND, writing nothing", async () => {
    await registerRefused({ input: { name: "某人", neighbourhoodId: demoNeighbourhoodId(9999) } }, staff, "NOT_FOUND", "NOT_FOUND");
  });

  it("accepts a name of exactly 60 characters", async () => {
    const answer = await subgraph.request(REGISTER, { input: { name: "欧".repeat(60), communityId: demoCommunityId(1) } }, staff);
    expect(answer.data!.registerPerson.name).toHaveLength(60);
  });
});

describe("people", () => {
  it("finds people by any part of their name, paged by name, in one statement", async () => {
    subgraph.sql.reset();
    const answer = await subgraph.request(PEOPLE, { search: "建国", first: 100 }, staff);
    expect(answer.errors).toBeUndefined();
    expect(subgraph.sql.count()).toBe(1);
    const { totalCount, edges } = answer.data!.people;
    expect(edges.length).toBe(Math.min(totalCount, 100));
    expect(edges.every((edge: { node: { name: string } }) => edge.node.name.includes("建国"))).toBe(true);
    expect(edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(demoPersonId(1));
    const [{ n }] = await subgraph.db.query(`SELECT count(*)::int AS n FROM person WHERE name LIKE '%建国%'`);
    expect(totalCount).toBe(n);
  });

  it("pages through all matches without gaps or repeats", async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const answer: GraphQLAnswer = await subgraph.request(PEOPLE, { search: "王", first: 100, after }, staff);
      const people: PeoplePage = answer.data!.people;
      total = people.totalCount;
      ids.push(...people.edges.map((edge) => edge.node.id));
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(500);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it("lists everyone without a search, and treats % and _ literally", async () => {
    const all = await subgraph.request(PEOPLE, { first: 3 }, staff);
    expect(all.data!.people.totalCount).toBeGreaterThanOrEqual(15_000);
    expect(all.data!.people.edges).toHaveLength(3);
    expect(all.data!.people.pageInfo.hasNextPage).toBe(true);
    const literal = await subgraph.request(PEOPLE, { search: "_" }, staff);
    expect(literal.data!.people.totalCount).toBe(0);
  });

  it("refuses more than 100 per page with BAD_USER_INPUT", async () => {
    expectRefused(await subgraph.request(PEOPLE, { first: 101 }, staff), "BAD_USER_INPUT", "PAGE_SIZE_OUT_OF_RANGE");
    expectRefused(await subgraph.request(PEOPLE, { first: -1 }, staff), "BAD_USER_INPUT", "PAGE_SIZE_OUT_OF_RANGE");
  });
});

describe("phone masking", () => {
  const PHONE = `query($id: ID!) { person(id: $id) { phone } }`;
  const phone = demoPersonPhone(4);

  it.each([
    ["a grid leader", { roles: ["GRID_LEADER"], personId: demoPersonId(6) } as As, maskPhone(phone)],
    ["station staff", { roles: ["STATION_STAFF"], personId: demoPersonId(3) } as As, maskPhone(phone)],
    ["a volunteer", { roles: ["VOLUNTEER"], personId: demoPersonId(5) } as As, maskPhone(phone)],
    ["the person", resident, phone],
    ["community staff", staff, phone],
    ["the party committee", committee, phone],
    ["an admin", { roles: ["ADMIN"] } as As, phone],
  ])("shows %s %s", async (_label, as, expected) => {
    const answer = await subgraph.request(PHONE, { id: demoPersonId(4) }, as);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.person.phone).toBe(expected);
  });

  it.each([
    ["anonymous", undefined, "UNAUTHENTICATED", "SIGN_IN_REQUIRED"],
    [
      "a resident who is not one of the person's leaders",
      { roles: ["RESIDENT"], personId: demoPersonId(5) } as As,
      "FORBIDDEN",
      "FIELD_NOT_ALLOWED",
    ],
  ] as const)("shows %s no number at all", async (_label, as, code, reason) => {
    const answer = await subgraph.request(PHONE, { id: demoPersonId(4) }, as);
    expectRefused(answer, code, reason);
    expect(answer.data?.person?.phone ?? null).toBeNull();
    expect(JSON.stringify(answer)).not.toContain(phone.slice(-4));
  });

  it("masks as 138****5678", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
});
