import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { isWindowCap, type ListCaps } from "./list-caps.js";
import { treeBound } from "./tree-bound.js";
import { windowSize } from "./windows.js";

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  /** The request's variables, as sent: `first: $n` is priced at the value of `$n`. */
  variables?: Record<string, unknown>;
  operationName?: string | null;
  caps: ListCaps;
  defaultListCap: number;
}

/**
 * The estimated cost of an operation, by graphql-query-complexity (which coerces the variables, follows
 * fragments, honours `@skip`/`@include` and takes the dearest type of an abstract selection): a field costs
 * 1, plus its selection times the number of items it returns at most (listSize). Throws when the document
 * is beyond pricing (more than 10,000 nodes once fragments are expanded).
 */
export function operationCost(input: CostInput): number {
  return getComplexity({
    schema: input.schema,
    query: input.document,
    variables: input.variables ?? {},
    operationName: input.operationName ?? undefined,
    estimators: [costEstimator(input)],
  });
}

function costEstimator({ schema, document, caps, defaultListCap }: CostInput): ComplexityEstimator {
  const introspection = introspectionPrices(schema);
  const bound = treeBound(document, caps);
  return ({ type, field, node, args, childComplexity }) => {
    // Resolved from memory: the type name, and the schema's description (priced once, at its root).
    if (field.name === "__typename" || type.name.startsWith("__")) return 0;
    if (field.name === "__schema") return introspection.schema;
    if (field.name === "__type") return introspection.type;
    const priced = 1 + listSize(type, field, args, caps, defaultListCap) * childComplexity;
    return bound(node, type.name, field, args, childComplexity, priced);
  };
}

const key = (type: GraphQLCompositeType, field: GraphQLField<unknown, unknown>) => `${type.name}.${field.name}`;

/** A Relay-style connection: its page was counted at the field with `first`, its edges are that page. */
function isConnection(type: GraphQLCompositeType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return "pageInfo" in fields && "edges" in fields;
}

/** How many items a field returns at most, per parent. */
function listSize(
  type: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  caps: ListCaps,
  defaultListCap: number,
): number {
  if (field.name === "_entities") return Array.isArray(args.representations) ? args.representations.length : defaultListCap;
  if (field.args.some((arg) => arg.name === "first")) return typeof args.first === "number" ? Math.max(0, args.first) : defaultListCap;
  if (isConnection(type) && field.name === "edges") return 1;
  if (!isListType(getNullableType(field.type))) return 1;
  const cap = caps[key(type, field)];
  if (!cap) return defaultListCap;
  return isWindowCap(cap) ? windowSize(cap, args) : cap.cap;
}

/** How a list field of the schema is priced; "default" means no cap is declared for it. */
export type ListPricing = "first" | "page" | "entities" | "cap" | "window" | "default";

/** Every list field (and every field with `first`) of the schema's object types, with its pricing. */
export function listPricing(schema: GraphQLSchema, caps: ListCaps): Array<{ field: string; pricing: ListPricing }> {
  const rows: Array<{ field: string; pricing: ListPricing }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const isList = isListType(getNullableType(field.type));
      const paged = field.args.some((arg) => arg.name === "first");
      if (!isList && !paged && !isConnection(getNamedType(field.type) as GraphQLCompositeType)) continue;
      const cap = caps[key(type, field)];
      const pricing: ListPricing =
        field.name === "_entities"
          ? "entities"
          : paged
            ? "first"
            : isConnection(type) && field.name === "edges"
              ? "page"
              : cap
                ? isWindowCap(cap)
                  ? "window"
                  : "cap"
                : "default";
      rows.push({ field: key(type, field), pricing });
    }
  }
  return rows;
}

/**
 * `__schema` is priced at the size of the whole answer it can give (every type, field, argument, enum
 * value, input field and directive, and each field's type reference), `__type` at the largest type's.
 * The schema is fixed and in memory; what costs is asking for it many times, which the alias limit bounds.
 */
const introspectionCache = new WeakMap<GraphQLSchema, { schema: number; type: number }>();

function introspectionPrices(schema: GraphQLSchema): { schema: number; type: number } {
  const cached = introspectionCache.get(schema);
  if (cached) return cached;
  let total = 0;
  let largest = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    let size = 1;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) size += 2 + 2 * field.args.length;
      size += type.getInterfaces().length;
    }
    if (isInputObjectType(type)) size += 2 * Object.keys(type.getFields()).length;
    if (isEnumType(type)) size += type.getValues().length;
    if (isUnionType(type)) size += type.getTypes().length;
    total += size;
    largest = Math.max(largest, size);
  }
  for (const directive of schema.getDirectives()) total += 1 + 2 * directive.args.length;
  const prices = { schema: total, type: largest };
  introspectionCache.set(schema, prices);
  return prices;
}
