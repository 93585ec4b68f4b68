import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, operationLimitsRule } from "../src/limits/operation-limits.js";

const schema = buildSchema(`
  type Query { units(first: Int): [Unit!]! unit: Unit page(first: Int = 20): UnitConnection! }
  type UnitConnection { edges: [UnitEdge!]! }
  type UnitEdge { node: Unit! }
  type Unit { id: ID! children: [Unit!]! parent: Unit }
`);

const errorsOf = (source: string, limits = DEFAULT_LIMITS) =>
  validate(schema, parse(source), [operationLimitsRule(limits)]).map((error) => error.message);

describe("operation limits", () => {
  it("accepts a query at the depth limit and refuses one deeper, through fragments too", () => {
    const nest = (depth: number) => {
      let selection = "id";
      for (let i = 1; i < depth; i++) selection = `parent { ${selection} }`;
      return `{ ${selection.replace(/^parent/, "unit")} }`;
    };
    expect(errorsOf(nest(12))).toEqual([]);
    expect(errorsOf(nest(13))).toEqual(["Query is too deep: depth 13 exceeds the limit of 12"]);
    const viaFragment = `{ unit { ...F } } fragment F on Unit { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } }`;
    expect(errorsOf(viaFragment)[0]).toMatch(/too deep: depth 14/);
  });

  it("counts aliases across the document", () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: unit { id }`).join(" ")} }`;
    expect(errorsOf(aliases(15))).toEqual([]);
    expect(errorsOf(aliases(16))).toEqual(["Too many aliases: 16 exceeds the limit of 15"]);
  });

  it("multiplies cost by list sizes, using first when given", () => {
    const limits = { ...DEFAULT_LIMITS, maxCost: 700 };
    expect(errorsOf(`{ units(first: 10) { id children { id } } }`, limits)).toEqual([]);
    // 1 + 100 ids + 100 children + 100*5 grandchildren ids = 701
    expect(errorsOf(`{ units(first: 100) { id children { id } } }`, limits)[0]).toMatch(/estimated cost 701 exceeds/);
  });

  it("counts a connection's edges once, as its page size", () => {
    const limits = { ...DEFAULT_LIMITS, maxCost: 81 };
    // 1 page + 20 edges + 20 nodes + 20 ids = 61; children add 20 + 20*5 ids = 181
    expect(errorsOf(`{ page { edges { node { id } } } }`, limits)).toEqual([]);
    expect(errorsOf(`{ page { edges { node { id children { id } } } } }`, limits)[0]).toMatch(/estimated cost 181 exceeds/);
  });

  it("ignores introspection fields", () => {
    expect(
      errorsOf(
        `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`,
      ),
    ).toEqual([]);
  });
});
