// The composed API schema the gateway serves (gateway/supergraph.graphql, federation's API view), and
// what the tests build from it: the root operations and a minimal selection for any output type.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { apiSchemaOf } from "../../src/contract/check-contract.js";
import { readSupergraph } from "../../src/supergraph.js";

export const apiSchema = (): GraphQLSchema => apiSchemaOf(readSupergraph());

export interface RootOperation {
  kind: "query" | "mutation";
  /** The root field's name: the matrix's row key. */
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every root Query field and every Mutation field, in schema order. */
export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  const of = (kind: RootOperation["kind"], type: ReturnType<GraphQLSchema["getQueryType"]>) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ kind, name: field.name, field }));
  return [...of("query", schema.getQueryType()), ...of("mutation", schema.getMutationType())];
}

/** The type's name without list and non-null wrappers. */
export const namedTypeOf = (type: GraphQLOutputType | GraphQLInputType): string => getNamedType(type).name;

export const isListOutput = (type: GraphQLOutputType): boolean => isListType(getNullableType(type));

const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/**
 * The least a viewer must be allowed to read to get an answer at all: the id of an object (the key every
 * read policy names), the count of a connection, else the first non-null leaf without arguments, else
 * `__typename`. A leaf type selects nothing.
 */
export function minimalSelection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return isLeafType(named) ? "" : "{ __typename }";
  const fields = named.getFields();
  if (fields.id) return "{ id }";
  if (fields.totalCount) return "{ totalCount }";
  const leaf = Object.values(fields).find(
    (field) => isNonNullType(field.type) && isLeafType(getNamedType(field.type)) && requiredArgs(field).length === 0,
  );
  return `{ ${leaf ? leaf.name : "__typename"} }`;
}

/** A value as a GraphQL literal: enum values bare, strings quoted, objects and lists recursively. */
export function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return "null";
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    return `[${items.map((item) => literal(item, nullable.ofType)).join(", ")}]`;
  }
  if (isEnumType(nullable) && typeof value === "string") return value;
  if (isScalarType(nullable)) return JSON.stringify(value);
  if (typeof value !== "object" || !isInputObjectType(nullable)) return JSON.stringify(value);
  const fields = nullable.getFields();
  const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => fields[key]);
  return `{ ${entries.map(([key, item]) => `${key}: ${literal(item, fields[key].type)}`).join(", ")} }`;
}

/** `name(arg: literal, ...) selection` for the arguments given (undefined ones left out); the minimal selection by default. */
export function callWith(
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown>,
  alias?: string,
  selection = minimalSelection(field.type),
): string {
  const args = field.args
    .filter((arg: GraphQLArgument) => values[arg.name] !== undefined)
    .map((arg) => `${arg.name}: ${literal(values[arg.name], arg.type)}`);
  const head = `${alias ? `${alias}: ` : ""}${field.name}${args.length ? `(${args.join(", ")})` : ""}`;
  return selection ? `${head} ${selection}` : head;
}

/** One root field as a whole operation document. */
export function documentFor(operation: RootOperation, values: Record<string, unknown>): string {
  return `${operation.kind} ${operation.kind === "query" ? "Matrix" : "MatrixMutation"}_${operation.name} { ${callWith(operation.field, values)} }`;
}
