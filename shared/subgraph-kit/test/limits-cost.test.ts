import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { listPricing, operationCost, windowSize, type ListCaps } from "../src/limits/index.js";

const schema = buildSchema(`
  type Query {
    units: [Unit!]!
    unit: Unit
    people(first: Int = 20): PersonConnection!
    history(first: Int): [Unit!]!
    shifts(from: String, to: String): [Shift!]!
    things: [Unit!]!
    teams: [Team!]!
    zones: [Zone!]!
  }
  type Zone { id: ID! bookings(from: String, to: String): [Shift!]! }
  type Team { id: ID! members: [Volunteer!]! }
  type Volunteer { id: ID! teams: [Team!]! }
  type Unit { id: ID! name: String! tags: [String!]! children: [Unit!]! secretary: Person }
  type Person { id: ID! name: String! }
  type PersonConnection { edges: [PersonEdge!]! totalCount: Int! pageInfo: PageInfo! }
  type PersonEdge { cursor: String! node: Person! }
  type PageInfo { hasNextPage: Boolean! }
  type Shift { id: ID! }
`);

const CAPS: ListCaps = {
  "Query.units": { cap: 10, total: 100, tree: true, why: "test" },
  "Unit.children": { cap: 10, total: 100, tree: true, why: "test" },
  "Unit.tags": { cap: 20, why: "test" },
  "Query.shifts": { perDay: 4, maxDays: 92, spanDays: 0.5, why: "test" },
  "Query.teams": { cap: 50, total: 50, tree: true, why: "test" },
  "Team.members": { cap: 1000, total: 5000, why: "test" },
  "Volunteer.teams": { cap: 20, total: 5000, why: "test" },
  "Query.zones": { cap: 30, total: 30, tree: true, why: "test" },
  "Zone.bookings": { perDay: 50, totalPerDay: 200, maxDays: 100, spanDays: 0, why: "test" },
};

const cost = (query: string, variables?: Record<string, unknown>) =>
  operationCost({ schema, document: parse(query), variables, caps: CAPS, defaultListCap: 100 });

describe("the cost of an operation", () => {
  it("costs 1 a field, and a list's selection times its cap", () => {
    expect(cost(`{ unit { id name } }`)).toBe(3);
    // 1 + 10 units x (id + name + tags (values: one) + children (1 + 10 x 1))
    expect(cost(`{ units { id name tags children { id } } }`)).toBe(1 + 10 * (3 + 11));
  });

  it("prices a list without a declared cap at the default", () => {
    expect(cost(`{ things { id } }`)).toBe(1 + 100);
  });

  it("prices first at its value, given in the document or by a variable, else its default", () => {
    expect(cost(`{ history(first: 7) { id } }`)).toBe(1 + 7);
    expect(cost(`query($n: Int) { history(first: $n) { id } }`, { n: 40 })).toBe(1 + 40);
    expect(cost(`query($n: Int = 30) { history(first: $n) { id } }`)).toBe(1 + 30);
    expect(cost(`{ people { totalCount } }`)).toBe(1 + 20);
    expect(cost(`{ history { id } }`)).toBe(1 + 100);
  });

  it("counts a connection's edges once, as the page", () => {
    // 1 + 50 x (totalCount + edges (1 + 1 x (cursor + node (1 + id + name))))
    expect(cost(`query($n: Int) { people(first: $n) { totalCount edges { cursor node { id name } } } }`, { n: 50 })).toBe(
      1 + 50 * (1 + (1 + 1 * (1 + (1 + 2)))),
    );
  });

  it("prices a window list by the days it spans, up to the longest window", () => {
    expect(
      windowSize({ perDay: 4, maxDays: 92, spanDays: 0.5, why: "" }, { from: "2026-06-15T00:00:00Z", to: "2026-06-16T00:00:00Z" }),
    ).toBe(6);
    expect(
      windowSize({ perDay: 4, maxDays: 92, spanDays: 0.5, why: "" }, { from: new Date("2026-06-15"), to: new Date("2026-06-22") }),
    ).toBe(30);
    const query = `query($from: String, $to: String) { shifts(from: $from, to: $to) { id } }`;
    expect(cost(query, { from: "2026-06-15T00:00:00Z", to: "2026-06-16T00:00:00Z" })).toBe(1 + 6);
    expect(cost(query, {})).toBe(1 + 4 * 92.5);
    expect(cost(query, { from: "2026-06-15T00:00:00Z", to: "2027-06-15T00:00:00Z" })).toBe(1 + 4 * 92.5);
    // reversed or empty: only what overlaps from the span before (the service refuses it anyway)
    expect(cost(query, { from: "2026-06-16T00:00:00Z", to: "2026-06-15T00:00:00Z" })).toBe(1 + 2);
  });

  it("bounds a window list of many parents by its items a day in all", () => {
    const day = { from: "2026-06-15T00:00:00Z", to: "2026-06-16T00:00:00Z" };
    const query = `query($from: String, $to: String) { zones { id bookings(from: $from, to: $to) { id } } }`;
    // per zone min(1 + 50, 1 + 200); all zones: 30 x (id + the bookings field) + 200 bookings in all
    expect(cost(query, day)).toBe(1 + 30 * 2 + 200);
    expect(cost(query, { from: "2026-06-15T00:00:00Z", to: "2026-09-23T00:00:00Z" })).toBe(1 + 30 * 2 + 200 * 100);
  });

  it("bounds nested tree lists by the tree's total, not the product of caps", () => {
    // children { children { children { id } } } under one unit: caps give 1 + 10 x (1 + 10 x (1 + 10)) = 1111;
    // at most 100 units a level: 1 + 100 x (own 0 + 1 tree field) + 100 x (0 + 1) + 100 x 1 = 301.
    expect(cost(`{ unit { children { children { children { id } } } } }`)).toBe(1 + 301);
    const deep = `{ units { id children { id children { id children { id children { id children { id } } } } } } }`;
    // six levels of at most 100 units, each with 2 fields (id, the tree field below) but the last: not the caps' 10^6.
    expect(cost(deep)).toBe(1 + 100 * 2 * 5 + 100 * 1);
  });

  it("keeps the caps' price where it is lower, and nests non-tree lists inside tree levels at their caps", () => {
    expect(cost(`{ unit { children { id } } }`)).toBe(1 + 1 + 10);
    // secretary is priced per unit; tags (values) cost one.
    expect(cost(`{ unit { children { id secretary { name } tags } } }`)).toBe(1 + 1 + 10 * 4);
  });

  it("prices a tree level with directives or foreign fragments at its total times its selection", () => {
    const tree = `children { children { id } }`;
    expect(cost(`{ unit { children { ${tree} } } }`)).toBe(1 + 1 + 100 * 1 + 100 * 1 + 100);
    // the inner levels cost 111 per unit: 10 units at the caps, not 100 x 111 at the total.
    expect(cost(`{ unit { children { ...on Unit @include(if: true) { ${tree} } } } }`)).toBe(1 + 1 + 10 * (1 + 10 * (1 + 10)));
    expect(cost(`{ unit { children { ...C } } } fragment C on Unit { ${tree} }`)).toBe(cost(`{ unit { children { ${tree} } } }`));
  });

  it("bounds a many-to-many list by its pairs in all, but not what hangs below a repeated item", () => {
    // members: min(1 + 1,000 x 1, 1 + 5,000 x 1) per team; all teams: 50 x (id + members' field) + 5,000 members.
    expect(cost(`{ teams { id members { id } } }`)).toBe(1 + 50 * 2 + 5000);
    // a volunteer is in several teams: their teams' members are priced per volunteer, at the caps.
    const fanOut = cost(`{ teams { members { teams { members { teams { members { id } } } } } } }`);
    expect(fanOut).toBeGreaterThan(10 ** 9);
  });

  it("honours @skip and @include", () => {
    expect(cost(`query($all: Boolean!) { units @include(if: $all) { id } unit { id } }`, { all: false })).toBe(2);
    expect(cost(`query($all: Boolean!) { units @include(if: $all) { id } unit { id } }`, { all: true })).toBe(2 + 11);
  });

  it("prices __typename at nothing and introspection once, at the schema's size", () => {
    expect(cost(`{ unit { __typename id } }`)).toBe(2);
    const whole = cost(`{ __schema { types { name fields { name type { name ofType { name } } } } } }`);
    expect(whole).toBe(cost(`{ __schema { queryType { name } } }`));
    expect(whole).toBeGreaterThan(50);
    expect(cost(`{ __type(name: "Unit") { fields { name } } }`)).toBeLessThan(whole);
  });
});

describe("list pricing of a schema", () => {
  it("names every list and paged field with how it is priced", () => {
    const byField = <T extends { field: string }>(rows: T[]) => [...rows].sort((a, b) => a.field.localeCompare(b.field));
    expect(byField(listPricing(schema, CAPS))).toEqual(
      byField([
        { field: "Query.units", pricing: "cap" },
        { field: "Query.people", pricing: "first" },
        { field: "Query.history", pricing: "first" },
        { field: "Query.shifts", pricing: "window" },
        { field: "Query.things", pricing: "default" },
        { field: "Query.teams", pricing: "cap" },
        { field: "Unit.tags", pricing: "cap" },
        { field: "Unit.children", pricing: "cap" },
        { field: "PersonConnection.edges", pricing: "page" },
        { field: "Team.members", pricing: "cap" },
        { field: "Volunteer.teams", pricing: "cap" },
        { field: "Query.zones", pricing: "cap" },
        { field: "Zone.bookings", pricing: "window" },
      ]),
    );
  });
});
