import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoNeighbourhoodId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefused, startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { SEARCH_MAX, maskPhone } from "@dongting/domain/organisation";
import { definition } from "../src/definition.js";
import {
  OWN_GRID_LEADER,
  OWN_NEIGHBOURHOOD_LEADER,
  STAFF_ROLES,
  STRANGER,
  admin,
  buildingLeaders,
  committee,
  gridLeader,
  integrator,
  leaks,
  people,
  refusals,
  resident,
  staff,
  stationStaff,
  volunteer,
  type Person,
} from "./privacy-support.js";

let subgraph: TestSubgraph;
let member: Person;
let stranger: Person;
let self: Person;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
  // Person 1 (王建国) is a party member of 东亭社区党委; person 4 (the resident persona) is none.
  [member, self, stranger] = await people(subgraph, [demoPersonId(1), demoPersonId(4), STRANGER]);
});
afterAll(async () => {
  await subgraph?.stop();
});

const PERSON = `query($id: ID!) { person(id: $id) { id name phone roles neighbourhood { id } partyMembership { kind orgUnit { id } } } }`;
const PEOPLE = `query($search: String) { people(search: $search, first: 3) { totalCount edges { node { id name phone } } } }`;
const read = (id: string, as?: As) => subgraph.request(PERSON, { id }, as);
/** A person's field on its own, so one refusal does not hide another. */
const readField = (id: string, field: string, as?: As) => subgraph.request(`query($id: ID!) { person(id: $id) { ${field} } }`, { id }, as);
const PERSONAL_FIELDS = ["id", "name", "phone", "roles", "neighbourhood { id }", "partyMembership { kind }"];
/** What a resident's own leaders and a volunteer's team mates keep to themselves (and the staff). */
const NOT_FOR_NAME_READERS = ["roles", "neighbourhood { id }", "partyMembership { kind }"];

describe("an anonymous caller", () => {
  it("lists nobody: { people(first: 3) { totalCount } } answers UNAUTHENTICATED", async () => {
    const answer = await subgraph.request(`{ people(first: 3) { totalCount } }`);
    expectRefused(answer, "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    expect(answer.data ?? null).toBeNull();
  });

  it.each(PERSONAL_FIELDS)("reads no %s of anyone: UNAUTHENTICATED, no data", async (field) => {
    const answer = await readField(member.id, field);
    expect(refusals(answer)).toEqual(["person UNAUTHENTICATED SIGN_IN_REQUIRED"]);
    expect(answer.data?.person ?? null).toBeNull();
    expect(leaks(answer, [member.name, member.phone!, member.phone!.slice(-4)])).toEqual([]);
  });
});

describe("the integrator (a service account)", () => {
  it("lists nobody: FORBIDDEN, no data", async () => {
    const answer = await subgraph.request(PEOPLE, {}, integrator);
    expect(refusals(answer)).toEqual(["people FORBIDDEN FIELD_NOT_ALLOWED"]);
    expect(answer.data ?? null).toBeNull();
  });

  it.each(PERSONAL_FIELDS)("reads no %s: the person is null with one FORBIDDEN on its path", async (field) => {
    const answer = await readField(member.id, field, integrator);
    expect(refusals(answer)).toEqual(["person FORBIDDEN FIELD_NOT_ALLOWED"]);
    expect(answer.data).toEqual({ person: null });
  });
});

describe("staff roles", () => {
  it.each(Object.entries(STAFF_ROLES))("%s searches the register", async (_label, as) => {
    const answer = await subgraph.request(PEOPLE, { search: "建国" }, as);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.people.totalCount).toBeGreaterThan(0);
  });

  it.each([
    ["community staff", staff],
    ["the party committee", committee],
    ["an admin", admin],
  ])("%s reads the full phone number and the party membership", async (_label, as) => {
    const answer = await read(member.id, as);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.person).toMatchObject({ name: member.name, phone: member.phone, partyMembership: { kind: "DIRECT" } });
    expect(answer.data!.person.neighbourhood).not.toBeNull();
  });

  it.each([
    ["a grid leader", gridLeader],
    ["station staff", stationStaff],
  ])("%s reads the name, a masked phone and the neighbourhood, and no party membership", async (_label, as) => {
    const answer = await read(member.id, as);
    expect(refusals(answer)).toEqual(["person.partyMembership FORBIDDEN FIELD_NOT_ALLOWED"]);
    expect(answer.data!.person).toMatchObject({ name: member.name, phone: maskPhone(member.phone!), partyMembership: null });
    expect(answer.data!.person.neighbourhood).not.toBeNull();
    expect(leaks(answer, [member.phone!])).toEqual([]);
  });

  it(`refuses a search term over ${SEARCH_MAX} characters with BAD_USER_INPUT, and takes one of ${SEARCH_MAX}`, async () => {
    const error = expectRefused(
      await subgraph.request(PEOPLE, { search: "王".repeat(SEARCH_MAX + 1) }, staff),
      "BAD_USER_INPUT",
      "INVALID_INPUT",
    );
    expect(error.extensions!.fields).toEqual([expect.objectContaining({ field: "search", constraint: "maxLength" })]);
    const fits = await subgraph.request(PEOPLE, { search: ` ${"王".repeat(SEARCH_MAX)} ` }, staff);
    expect(fits.errors).toBeUndefined();
    expect(fits.data!.people.totalCount).toBe(0);
  });
});

describe("a resident", () => {
  it("lists nobody: FORBIDDEN", async () => {
    const answer = await subgraph.request(PEOPLE, {}, resident);
    expect(refusals(answer)).toEqual(["people FORBIDDEN FIELD_NOT_ALLOWED"]);
    expect(answer.data ?? null).toBeNull();
  });

  it("reads all of their own record, the full phone number included", async () => {
    const answer = await read(self.id, resident);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.person).toEqual({
      id: self.id,
      name: self.name,
      phone: self.phone,
      roles: [],
      neighbourhood: { id: demoNeighbourhoodId(4) },
      partyMembership: null,
    });
  });

  it.each(PERSONAL_FIELDS)("reads no %s of a stranger: FORBIDDEN, no data", async (field) => {
    const answer = await readField(stranger.id, field, resident);
    expect(refusals(answer)).toEqual([`person.${field.split(" ")[0]} FORBIDDEN FIELD_NOT_ALLOWED`]);
    expect(answer.data?.person?.[field.split(" ")[0]] ?? null).toBeNull();
    expect(leaks(answer, [stranger.name, ...(stranger.phone ? [stranger.phone, stranger.phone.slice(-4)] : [])])).toEqual([]);
  });

  it("reads the name and masked phone of their own grid's, neighbourhood's and buildings' leaders, and nothing else of them", async () => {
    const leaders = await people(subgraph, [
      OWN_GRID_LEADER,
      OWN_NEIGHBOURHOOD_LEADER,
      ...(await buildingLeaders(subgraph, demoNeighbourhoodId(4))),
    ]);
    expect(leaders.length).toBeGreaterThanOrEqual(3);
    for (const leader of leaders) {
      const named = await subgraph.request(`query($id: ID!) { person(id: $id) { id name phone } }`, { id: leader.id }, resident);
      expect(named.errors).toBeUndefined();
      expect(named.data!.person).toEqual({ id: leader.id, name: leader.name, phone: leader.phone && maskPhone(leader.phone) });
      for (const field of NOT_FOR_NAME_READERS) {
        expect(refusals(await readField(leader.id, field, resident))).toEqual([
          `person.${field.split(" ")[0]} FORBIDDEN FIELD_NOT_ALLOWED`,
        ]);
      }
    }
  });

  it("finds their own leaders from their own record, and no other grid's leader", async () => {
    const answer = await subgraph.request(
      `query($id: ID!) { person(id: $id) { neighbourhood { leader { id name phone } buildings { leader { id name } } grid { leader { id name phone } } } }
         grids(communityId: "00000000-0000-4000-a005-000000000001") { code leader { name } } }`,
      { id: self.id },
      resident,
    );
    const [gridLeaderRow, neighbourhoodLeaderRow] = await people(subgraph, [OWN_GRID_LEADER, OWN_NEIGHBOURHOOD_LEADER]);
    const neighbourhood = answer.data!.person.neighbourhood;
    expect(neighbourhood.leader).toEqual({ ...neighbourhoodLeaderRow, phone: maskPhone(neighbourhoodLeaderRow.phone!) });
    expect(neighbourhood.grid.leader).toEqual({ ...gridLeaderRow, phone: maskPhone(gridLeaderRow.phone!) });
    expect(neighbourhood.buildings.every((building: { leader: unknown }) => building.leader !== null)).toBe(true);
    const grids = answer.data!.grids as Array<{ code: string; leader: { name: string } | null }>;
    expect(grids.filter((grid) => grid.leader !== null).map((grid) => grid.code)).toEqual(["DT-04"]);
    expect(refusals(answer)).toHaveLength(9);
    expect(refusals(answer).every((line) => /^grids\.\d+\.leader FORBIDDEN FIELD_NOT_ALLOWED$/.test(line))).toBe(true);
  });
});

describe("a volunteer", () => {
  it("reads anyone's name and masked phone (team members are the volunteers subgraph's to list), not where they live", async () => {
    const named = await subgraph.request(`query($id: ID!) { person(id: $id) { name phone } }`, { id: stranger.id }, volunteer);
    expect(named.errors).toBeUndefined();
    expect(named.data!.person).toEqual({ name: stranger.name, phone: stranger.phone && maskPhone(stranger.phone) });
    for (const field of NOT_FOR_NAME_READERS) {
      expect(refusals(await readField(stranger.id, field, volunteer))).toEqual([
        `person.${field.split(" ")[0]} FORBIDDEN FIELD_NOT_ALLOWED`,
      ]);
    }
  });

  it("lists nobody: FORBIDDEN", async () => {
    expect(refusals(await subgraph.request(PEOPLE, {}, volunteer))).toEqual(["people FORBIDDEN FIELD_NOT_ALLOWED"]);
  });
});
