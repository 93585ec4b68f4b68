import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoBuildingId, demoGridId, demoNeighbourhoodId, demoOrgUnitId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import {
  OWN_GRID_LEADER,
  STRANGER,
  committee,
  gridLeader,
  integrator,
  leaks,
  people,
  refusals,
  resident,
  staff,
  volunteer,
} from "./privacy-support.js";

/*
 * `_entities` called directly on the subgraph (the side door the gateway uses), with and without a token:
 * the type's entity rule decides whether the entity is resolved at all, and its field rules what it shows.
 */
let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Person { id name phone } ... on Grid { id code name } ... on Neighbourhood { id name } ... on Building { id name }
  ... on OrgUnit { id name kind memberCount }
} }`;
const entities = (typename: string, ids: string[], as?: As) =>
  subgraph.request(ENTITIES, { reps: ids.map((id) => ({ __typename: typename, id })) }, as);

describe("_entities without a token", () => {
  it.each([
    ["Person", [demoPersonId(1), demoPersonId(4)]],
    ["Grid", [demoGridId(1)]],
    ["Neighbourhood", [demoNeighbourhoodId(1)]],
    ["Building", [demoBuildingId(1)]],
  ])("refuses every %s: UNAUTHENTICATED, no data", async (typename, ids) => {
    const answer = await entities(typename, ids);
    expect(answer.data!._entities).toEqual(ids.map(() => null));
    expect(refusals(answer)).toEqual(ids.map((_, index) => `_entities.${index} UNAUTHENTICATED SIGN_IN_REQUIRED`));
    const names: Array<{ name: string }> = await subgraph.db.query(
      `SELECT name FROM person WHERE id = ANY($1::uuid[]) UNION SELECT name FROM grid WHERE id = ANY($1::uuid[])
       UNION SELECT name FROM neighbourhood WHERE id = ANY($1::uuid[]) UNION SELECT name FROM building WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(names).toHaveLength(ids.length);
    expect(
      leaks(
        answer,
        names.map((row) => row.name),
      ),
    ).toEqual([]);
  });

  it("resolves an OrgUnit (the party tree's names, kinds and counts are public) and nothing personal in it", async () => {
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrgUnit { name memberCount secretary { name } } } }`,
      { reps: [{ __typename: "OrgUnit", id: demoOrgUnitId(2) }] },
    );
    expect(answer.data!._entities).toEqual([{ name: "东亭社区党委", memberCount: 7, secretary: null }]);
    expect(refusals(answer)).toEqual(["_entities.0.secretary UNAUTHENTICATED SIGN_IN_REQUIRED"]);
  });
});

describe("_entities with a token", () => {
  it.each([
    ["community staff", staff],
    ["the party committee", committee],
    ["a grid leader", gridLeader],
    ["a volunteer", volunteer],
  ])("resolves people for %s", async (_label, as) => {
    const answer = await entities("Person", [demoPersonId(1), STRANGER], as);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities.map((person: { id: string }) => person.id)).toEqual([demoPersonId(1), STRANGER]);
  });

  it("resolves a resident's own record and their own leaders, and refuses a stranger", async () => {
    const [self, leader, stranger] = await people(subgraph, [demoPersonId(4), OWN_GRID_LEADER, STRANGER]);
    const answer = await entities("Person", [self.id, leader.id, stranger.id], resident);
    expect(answer.data!._entities.slice(0, 2).map((person: { name: string }) => person.name)).toEqual([self.name, leader.name]);
    expect(answer.data!._entities[0].phone).toBe(self.phone);
    expect(answer.data!._entities[2]).toBeNull();
    expect(refusals(answer)).toEqual(["_entities.2 FORBIDDEN FIELD_NOT_ALLOWED"]);
    expect(leaks(answer, [stranger.name])).toEqual([]);
  });

  it("refuses every person to the integrator, and answers it grids, neighbourhoods and buildings", async () => {
    const persons = await entities("Person", [demoPersonId(1)], integrator);
    expect(persons.data!._entities).toEqual([null]);
    expect(refusals(persons)).toEqual(["_entities.0 FORBIDDEN FIELD_NOT_ALLOWED"]);
    for (const [typename, id] of [
      ["Grid", demoGridId(4)],
      ["Neighbourhood", demoNeighbourhoodId(4)],
      ["Building", demoBuildingId(4)],
    ]) {
      const answer = await entities(typename, [id], integrator);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!._entities[0].id).toBe(id);
    }
  });
});
