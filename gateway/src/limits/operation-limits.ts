import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isInterfaceType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  /** Multiplier for a list without a `first` argument (unpaged lists are small: children, zones, teams). */
  defaultListSize: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 50_000,
  defaultListSize: 5,
};

export function readLimits(env: NodeJS.ProcessEnv = process.env): OperationLimits {
  const number = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
  return {
    maxDepth: number("GATEWAY_MAX_DEPTH", DEFAULT_LIMITS.maxDepth),
    maxAliases: number("GATEWAY_MAX_ALIASES", DEFAULT_LIMITS.maxAliases),
    maxTokens: number("GATEWAY_MAX_TOKENS", DEFAULT_LIMITS.maxTokens),
    maxCost: number("GATEWAY_MAX_COST", DEFAULT_LIMITS.maxCost),
    defaultListSize: number("GATEWAY_DEFAULT_LIST_SIZE", DEFAULT_LIMITS.defaultListSize),
  };
}

/**
 * How many items a field returns at most, for the cost estimate: `first` (given, or its default) for
 * paged fields, `defaultListSize` for other lists, 1 otherwise.
 */
function listSize(
  selection: FieldNode,
  fieldDef: GraphQLField<unknown, unknown> | undefined,
  fieldType: GraphQLOutputType | undefined,
  limits: OperationLimits,
  insideConnection: boolean,
): number {
  // A connection's edges are the page `first` already counted.
  if (insideConnection && (selection.name.value === "edges" || selection.name.value === "nodes")) return 1;
  const firstDef = fieldDef?.args.find((arg) => arg.name === "first");
  if (firstDef) {
    const given = selection.arguments?.find((arg) => arg.name.value === "first");
    if (given?.value.kind === Kind.INT) return Number(given.value.value);
    return typeof firstDef.defaultValue === "number" ? firstDef.defaultValue : limits.defaultListSize;
  }
  return fieldType && isListType(getNullableType(fieldType)) ? limits.defaultListSize : 1;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * Walks an operation with its fragments expanded and measures depth, aliases and an estimated cost:
 * every field costs 1 times the product of the sizes of the lists above it (`first` when given).
 * Introspection fields (`__schema`, `__type`) are not counted so tools keep working.
 */
function measure(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  context: ValidationContext,
  limits: OperationLimits,
  multiplier: number,
  visited: Set<string>,
  insideConnection = false,
): Measure {
  const total: Measure = { depth: 0, cost: 0, aliases: 0 };
  const add = (inner: Measure, depthOffset: number) => {
    total.depth = Math.max(total.depth, inner.depth + depthOffset);
    total.cost += inner.cost;
    total.aliases += inner.aliases;
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      if (selection.alias) total.aliases += 1;
      const fieldDef =
        parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[selection.name.value] : undefined;
      const fieldType: GraphQLOutputType | undefined = fieldDef?.type;
      total.cost += multiplier;
      if (!selection.selectionSet) {
        total.depth = Math.max(total.depth, 1);
        continue;
      }
      const childMultiplier = multiplier * listSize(selection, fieldDef, fieldType, limits, insideConnection);
      const isConnection = Boolean(fieldDef?.args.some((arg) => arg.name === "first"));
      const childType = fieldType ? (getNamedType(fieldType) as GraphQLCompositeType) : undefined;
      add(measure(selection.selectionSet, childType, fragments, context, limits, childMultiplier, visited, isConnection), 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? (context.getSchema().getType(typeName) as GraphQLCompositeType | undefined) : parentType;
      add(measure(selection.selectionSet, type, fragments, context, limits, multiplier, visited, insideConnection), 0);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visited.has(name)) continue;
      const type = context.getSchema().getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
      visited.add(name);
      add(measure(fragment.selectionSet, type, fragments, context, limits, multiplier, visited, insideConnection), 0);
      visited.delete(name);
    }
  }
  return total;
}

function limitError(message: string, limit: string, value: number, max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit, value, max } });
}

/** A validation rule enforcing depth, alias and cost limits on every operation. */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const rootType =
          definition.operation === "query"
            ? context.getSchema().getQueryType()
            : definition.operation === "mutation"
              ? context.getSchema().getMutationType()
              : context.getSchema().getSubscriptionType();
        const result = measure(definition.selectionSet, rootType ?? undefined, fragments, context, limits, 1, new Set());
        if (result.depth > limits.maxDepth) {
          context.reportError(
            limitError(
              `Query is too deep: depth ${result.depth} exceeds the limit of ${limits.maxDepth}`,
              "depth",
              result.depth,
              limits.maxDepth,
            ),
          );
        }
        if (result.aliases > limits.maxAliases) {
          context.reportError(
            limitError(
              `Too many aliases: ${result.aliases} exceeds the limit of ${limits.maxAliases}`,
              "aliases",
              result.aliases,
              limits.maxAliases,
            ),
          );
        }
        if (result.cost > limits.maxCost) {
          context.reportError(
            limitError(
              `Query is too expensive: estimated cost ${result.cost} exceeds the limit of ${limits.maxCost}`,
              "cost",
              result.cost,
              limits.maxCost,
            ),
          );
        }
      }
      return false;
    },
  });
}
