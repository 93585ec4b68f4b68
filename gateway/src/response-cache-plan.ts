import { Kind, parse, type OperationDefinitionNode } from "graphql";

/** The parts of @apollo/query-planner's plan nodes read here (the planner is not a direct dependency). */
interface PlanFetch {
  kind: "Fetch";
  serviceName: string;
  operation: string;
  operationKind: string;
}

/** What one operation's query plan asks of the subgraphs. */
export interface PlannedFetches {
  /** Every subgraph the plan fetches from: its answer is only as fresh as their versions. */
  subgraphs: string[];
  /** The mutation fetches: the subgraph written to and the response keys of the root fields sent there. */
  writes: Array<{ subgraph: string; rootKeys: string[] }>;
}

/** Every Fetch node of a plan, whatever nests it (Sequence, Parallel, Flatten, Condition, Defer, Subscription). */
function collectFetches(node: unknown, found: PlanFetch[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectFetches(item, found);
    return;
  }
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (record.kind === "Fetch" && typeof record.serviceName === "string") {
    found.push(record as unknown as PlanFetch);
    return;
  }
  for (const [key, value] of Object.entries(record)) {
    // Selection sets and documents inside a node are no plan nodes.
    if (key !== "requires" && key !== "operationDocumentNode") collectFetches(value, found);
  }
}

function rootKeysOf(operation: string): string[] {
  try {
    const definition = parse(operation, { noLocation: true }).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    return (definition?.selectionSet.selections ?? []).flatMap((selection) =>
      selection.kind === Kind.FIELD ? [selection.alias?.value ?? selection.name.value] : [],
    );
  } catch {
    return [];
  }
}

/** The subgraphs a query plan reads from and writes to. */
export function plannedFetches(queryPlan: unknown): PlannedFetches {
  const fetches: PlanFetch[] = [];
  collectFetches((queryPlan as { node?: unknown } | null)?.node, fetches);
  return {
    subgraphs: [...new Set(fetches.map((fetch) => fetch.serviceName))].sort(),
    writes: fetches
      .filter((fetch) => fetch.operationKind === "mutation")
      .map((fetch) => ({ subgraph: fetch.serviceName, rootKeys: rootKeysOf(fetch.operation) })),
  };
}

/**
 * The subgraphs a finished mutation wrote to: those with a root field that answered without an error on its path.
 * A subgraph whose root keys cannot be told (none parsed) counts as written: a needless bump costs a cache miss,
 * a missing one a stale answer.
 */
export function writtenSubgraphs(
  writes: PlannedFetches["writes"],
  errors: ReadonlyArray<{ path?: ReadonlyArray<string | number> }> | undefined,
): string[] {
  const failed = new Set((errors ?? []).map((error) => error.path?.[0]).filter((key) => key !== undefined));
  const written = writes.filter((write) => write.rootKeys.length === 0 || write.rootKeys.some((key) => !failed.has(key)));
  return [...new Set(written.map((write) => write.subgraph))].sort();
}
