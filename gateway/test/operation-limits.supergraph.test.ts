import { Supergraph } from "@apollo/federation-internals";
import { getIntrospectionQuery, getNamedType, isObjectType, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { LIST_CAPS, armorRules, isWindowCap, listPricing, operationCost } from "@dongting/subgraph-kit";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { readSupergraph } from "../src/supergraph.js";

// The composed graph the gateway serves (gateway/supergraph.graphql), priced as the gateway prices it.
const schema = Supergraph.build(readSupergraph()).apiSchema().toGraphQLJSSchema();
const cost = (query: string, variables?: Record<string, unknown>) =>
  operationCost({ schema, document: parse(query), variables, caps: LIST_CAPS, defaultListCap: DEFAULT_LIMITS.defaultListCap });

describe("every list of the composed graph has a declared price", () => {
  const pricing = listPricing(schema, LIST_CAPS);

  it("prices each list by first, its page, or its declared cap: none falls to the default", () => {
    expect(pricing.filter((row) => row.pricing === "default").map((row) => row.field)).toEqual([]);
    // The lists of the graph today, by how they are priced: a new list fails here until it is declared.
    const by = (kind: string) =>
      pricing
        .filter((row) => row.pricing === kind)
        .map((row) => row.field)
        .sort();
    expect(by("window")).toEqual([
      "Query.meetings",
      "Query.waitlist",
      "ResidentClass.meetings",
      "Volunteer.shiftSignups",
      "VolunteerTeam.shifts",
      "Zone.bookings",
    ]);
    expect(by("page")).toEqual([
      "BookingConnection.edges",
      "ClassMemberConnection.edges",
      "PersonConnection.edges",
      "PersonalDataAccessConnection.edges",
      "ProposalConnection.edges",
      "ResidentRequestConnection.edges",
      "ServiceTimeReportConnection.edges",
      "ShiftSignupConnection.edges",
      "VisitorLogConnection.edges",
    ]);
    expect(by("first")).toEqual([
      "OrgUnit.history",
      "OrgUnit.members",
      "Query.exchangeItems",
      "Query.geographyFeed",
      "Query.myBookings",
      "Query.pendingBookings",
      "Query.people",
      "Query.personalDataAccessLog",
      "Query.proposals",
      "Query.requests",
      "Query.serviceTimeReport",
      "Query.teamServiceRanking",
      "Query.visitorLog",
      "Query.volunteerServiceRanking",
      "ResidentClass.members",
      "Volunteer.shiftHistory",
    ]);
    expect(by("cap")).toHaveLength(Object.values(LIST_CAPS).filter((cap) => !isWindowCap(cap)).length);
  });

  it("declares no cap for a field the graph does not have", () => {
    const fields = new Set(pricing.map((row) => row.field));
    expect(Object.keys(LIST_CAPS).filter((field) => !fields.has(field))).toEqual([]);
  });

  it("pages every connection by first (its edges are priced as that page)", () => {
    const unpaged = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
      .flatMap((type) => Object.values((type as import("graphql").GraphQLObjectType).getFields()).map((field) => ({ type, field })))
      .filter(({ field }) => getNamedType(field.type).name.endsWith("Connection") && !field.args.some((arg) => arg.name === "first"))
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(unpaged).toEqual([]);
  });
});

describe("the cost of the issue's operations on the composed graph", () => {
  it("refuses the fan-out (priced 35,156 before): teams x members x teams x members x teams x members", () => {
    const fanOut = cost(`{ volunteerTeams { members { teams { members { teams { members { person { name } } } } } } } }`);
    // 50 teams x 1,000 members x 20 teams x 1,000 x 20 x 1,000 at the caps, bounded by 5,000 memberships a level.
    expect(fanOut).toBeGreaterThan(DEFAULT_LIMITS.maxCost * 1000);
  });

  it("prices first from a variable at its value (before: at its default, 50)", () => {
    const people = `query($n: Int) { people(first: $n) { edges { node { name } } } }`;
    expect(cost(people, { n: 100 })).toBe(1 + 100 * (1 + (1 + 1)));
    expect(cost(people, {})).toBe(1 + 50 * 3);
    expect(cost(people, { n: 20_000 })).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it("prices the party tree by its units, not by 50 children a level", () => {
    const tree = `{ orgRoots { id name kind memberCount(includeDescendants: true) children { id name kind memberCount(includeDescendants: true)
      children { id name kind form memberCount(includeDescendants: true) secretary { name }
        children { id name kind memberCount children { id name kind memberCount } } } } } }`;
    // at most 1,000 units a level, each with its fields and one for the level below: (5 + 5 + 8 + 5 + 4) x 1,000.
    expect(cost(tree)).toBe(1 + 27_000);
  });

  it("lets the standard introspection query through", () => {
    const document = parse(getIntrospectionQuery());
    expect(validate(schema, document, [...specifiedRules, ...armorRules(DEFAULT_LIMITS)])).toEqual([]);
    expect(operationCost({ schema, document, caps: LIST_CAPS, defaultListCap: 100 })).toBeLessThan(DEFAULT_LIMITS.maxCost / 10);
  });
});
