import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Supergraph } from "@apollo/federation-internals";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import { LIST_CAPS, armorRules, operationCost } from "@dongting/subgraph-kit";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { readSupergraph } from "../src/supergraph.js";

// Every operation the frontends send (their graphql(`...`) documents), with the fragments it spreads,
// checked against the composed graph with the gateway's limits: no page of the product is refused.
const schema = Supergraph.build(readSupergraph()).apiSchema().toGraphQLJSSchema();
const FRONTENDS = fileURLToPath(new URL("../../frontends", import.meta.url));

const sourcesOf = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "gql" || name === "node_modules" ? [] : sourcesOf(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });

interface FrontendOperation {
  frontend: string;
  name: string;
  document: DocumentNode;
}

function frontendOperations(): FrontendOperation[] {
  const operations: FrontendOperation[] = [];
  for (const frontend of readdirSync(FRONTENDS).filter((name) => statSync(join(FRONTENDS, name, "src")).isDirectory())) {
    const definitions = sourcesOf(join(FRONTENDS, frontend, "src")).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/graphql\(\s*`([^`]*)`\s*\)/g)].flatMap((match) => parse(match[1]).definitions),
    );
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const spreadIn = (node: OperationDefinitionNode | FragmentDefinitionNode, found: Set<string>) => {
      visit(node, {
        FragmentSpread(spread) {
          if (found.has(spread.name.value)) return;
          found.add(spread.name.value);
          const fragment = fragments.get(spread.name.value);
          if (fragment) spreadIn(fragment, found);
        },
      });
      return found;
    };
    for (const definition of definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const used = [...spreadIn(definition, new Set())].flatMap((name) => fragments.get(name) ?? []);
      operations.push({
        frontend,
        name: definition.name?.value ?? "(anonymous)",
        document: { kind: Kind.DOCUMENT, definitions: [definition, ...used] },
      });
    }
  }
  return operations;
}

/**
 * The time windows the pages ask for, in days (their hooks: useTimeWindows, periods, checkInScreenRange,
 * dayRange...). An operation not listed is priced at a year, the longest window any list accepts.
 */
const WINDOW_DAYS: Record<string, number> = {
  PatrolShifts: 9,
  VolunteerTeamDetail: 30,
  VolunteerTeamDay: 1.25,
  VolunteerMyWeek: 7,
  VolunteerTeamWeek: 7,
  DayBookings: 1,
  ZoneWeek: 7,
};
const START = Date.parse("2026-06-15T00:00:00+08:00");

/** The dearest variables a page sends: every page at its largest (100), windows as above, the rest any valid value. */
function worstVariables(operation: FrontendOperation): Record<string, unknown> {
  const days = WINDOW_DAYS[operation.name] ?? 366;
  const sample = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return sample(type.ofType, name);
    if (isListType(type)) return [sample(type.ofType, name)];
    if (isEnumType(type)) return type.getValues()[0].value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
          .map((field) => [field.name, sample(field.type, field.name)]),
      );
    }
    const scalar = getNamedType(type).name;
    if (scalar === "Int") return name === "first" ? 100 : 1;
    if (scalar === "Float") return 1;
    if (scalar === "Boolean") return true;
    if (scalar === "DateTime") return new Date(/^(to|serviceTo)$/.test(name) ? START + days * 86_400_000 : START).toISOString();
    return name.endsWith("Month") ? "2026-06" : name === "date" ? "2026-06-15" : "x";
  };
  const operationNode = operation.document.definitions[0] as OperationDefinitionNode;
  return Object.fromEntries(
    (operationNode.variableDefinitions ?? []).map((variable) => [
      variable.variable.name.value,
      sample(typeFromAST(schema, variable.type as never) as GraphQLInputType, variable.variable.name.value),
    ]),
  );
}

const operations = frontendOperations();

describe("the frontends' operations fit the gateway's limits", () => {
  it("finds the frontends' documents", () => {
    expect(new Set(operations.map((operation) => operation.frontend))).toEqual(
      new Set(["council", "organisation", "requests", "shell", "station", "volunteers"]),
    );
    expect(operations.length).toBeGreaterThan(60);
  });

  it.each(operations.map((operation) => [`${operation.frontend} ${operation.name}`, operation] as const))(
    "%s: valid, within depth, aliases and directives, and within the cost at its largest",
    (_label, operation) => {
      expect(
        validate(schema, operation.document, [...specifiedRules, ...armorRules(DEFAULT_LIMITS)]).map((error) => error.message),
      ).toEqual([]);
      const cost = operationCost({
        schema,
        document: operation.document,
        variables: worstVariables(operation),
        caps: LIST_CAPS,
        defaultListCap: DEFAULT_LIMITS.defaultListCap,
      });
      expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    },
  );
});
