// Reading one field through every door: for a field T.f, each field (root or nested) that answers a T,
// reached by the shortest chain of reads from a root query, then f. The answer of ADMIN shows the chain
// reaches a T; the answer of the reader must then hold no value of f (null, or REDACTED_TEXT for redacted
// free text) and carry the refusal on f's path or on a read before it; or, where a policy masks f for the
// reader, only masked values (a unit's members: []).
import { REDACTED_TEXT } from "@dongting/subgraph-kit";
import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import type { Answer } from "../stack.js";
import { callWith } from "./api-schema.js";
import { minimalArguments, type ArgumentContext } from "./arguments.js";
import type { PersonalField } from "./personal-fields.js";

interface Step {
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
}

export interface Probe {
  target: PersonalField;
  /** The reads before the target field: root first, the door last. */
  steps: Step[];
  document: string;
}

type Field = GraphQLField<unknown, unknown>;

function argumentsOf(field: Field, context: ArgumentContext): Record<string, unknown> | null {
  try {
    return minimalArguments(field, context);
  } catch {
    return null; // an id no sample names: not a door this test can open
  }
}

/** How many chains of reads to keep per type: another root may reach rows where the first finds none. */
const CHAINS_PER_TYPE = 8;

/** The shortest chains of reads from a root query to each object type (by-id roots first: the cheapest). */
export function shortestChains(schema: GraphQLSchema, context: ArgumentContext): Map<string, Step[][]> {
  const query = schema.getQueryType()!;
  const chains = new Map<string, Step[][]>([[query.name, [[]]]]);
  let frontier: Array<{ type: GraphQLObjectType; chain: Step[] }> = [{ type: query, chain: [] }];
  const byIdFirst = (a: Field, b: Field) =>
    Number(b.args.some((arg) => arg.name === "id")) - Number(a.args.some((arg) => arg.name === "id"));
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const { type, chain } of frontier) {
      for (const field of Object.values(type.getFields()).sort(byIdFirst)) {
        const named = getNamedType(field.type);
        if (!isObjectType(named) || chain.some((step) => getNamedType(step.field.type) === named)) continue;
        const known = chains.get(named.name) ?? [];
        if (known.length >= CHAINS_PER_TYPE) continue;
        const args = argumentsOf(field, context);
        if (!args) continue;
        const longer = [...chain, { field, args }];
        chains.set(named.name, [...known, longer]);
        next.push({ type: named, chain: longer });
      }
    }
    frontier = next;
  }
  return chains;
}

/** Every door to `target`'s type the chains reach, each as one probe reading the target field. */
export function probesFor(schema: GraphQLSchema, target: PersonalField, chains: Map<string, Step[][]>, context: ArgumentContext): Probe[] {
  const field = (schema.getType(target.type) as GraphQLObjectType).getFields()[target.field];
  const leaf = { field, args: argumentsOf(field, context) ?? {} };
  if (target.type === schema.getQueryType()!.name) return [{ target, steps: [], document: documentOf([], leaf) }];
  const probes: Probe[] = [];
  for (const [parentName, parentChains] of chains) {
    const parent = schema.getType(parentName) as GraphQLObjectType;
    for (const door of Object.values(parent.getFields())) {
      if (getNamedType(door.type).name !== target.type) continue;
      const args = argumentsOf(door, context);
      if (!args) continue;
      for (const chain of parentChains) {
        const steps = [...chain, { field: door, args }];
        probes.push({ target, steps, document: documentOf(steps, leaf) });
      }
    }
  }
  return probes;
}

function documentOf(steps: Step[], leaf: Step): string {
  let selection = callWith(leaf.field, leaf.args);
  for (const step of [...steps].reverse()) {
    selection = callWith(step.field, step.args, undefined, `{ ${selection} }`);
  }
  return `query PrivacyProbe { ${selection} }`;
}

/** The values of the last of `names` in `data` as they are (a list field's value is one list), the lists before flattened. */
function fieldValuesAt(data: unknown, names: readonly string[]): unknown[] {
  let level: unknown[] = [data];
  for (const name of names) {
    level = level
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .filter((value): value is Record<string, unknown> => value !== null && typeof value === "object")
      .map((value) => value[name]);
  }
  return level;
}

/** The values found at `names` in `data`, lists flattened. */
const valuesAt = (data: unknown, names: readonly string[]): unknown[] =>
  fieldValuesAt(data, names).flatMap((value) => (Array.isArray(value) ? value : [value]));

const namesOf = (probe: Probe) => [...probe.steps.map((step) => step.field.name), probe.target.field];
const named = (path: readonly (string | number)[] | undefined) => (path ?? []).filter((part): part is string => typeof part === "string");
const related = (a: string[], b: string[]) => a.slice(0, b.length).join(".") === b.slice(0, a.length).join(".");

/** Did ADMIN's answer get through to at least one object that holds the target field? */
export function reaches(probe: Probe, admin: Answer): boolean {
  if (admin.errors?.length) return false;
  return valuesAt(admin.data, namesOf(probe).slice(0, -1)).some((value) => value !== null && value !== undefined);
}

/** `Type.field` of each read of the probe, the target last. */
function coordinatesOf(probe: Probe): string[] {
  const parents = ["Query", ...probe.steps.map((step) => getNamedType(step.field.type).name)];
  return [...probe.steps.map((step, i) => `${parents[i]}.${step.field.name}`), `${probe.target.type}.${probe.target.field}`];
}

/**
 * Why the reader's answer leaks or is refused wrongly, or null when it holds nothing it should not. Where
 * even ADMIN's answer holds no value (a `my...` field of an account without a person), null is no refusal.
 * `masks`: the fields (`Type.field`) masked for this reader, with their masks.
 */
export function leakOf(
  probe: Probe,
  answer: Answer,
  admin: Answer,
  code: "UNAUTHENTICATED" | "FORBIDDEN",
  masks: ReadonlyMap<string, (value: unknown) => unknown> = new Map(),
): string | null {
  const names = namesOf(probe);
  const wrongErrors = () => {
    const wrong = (answer.errors ?? []).filter((error) => !["UNAUTHENTICATED", "FORBIDDEN"].includes(String(error.extensions?.code)));
    return wrong.length || answer.status >= 500 ? `errors ${JSON.stringify(wrong).slice(0, 160)} (HTTP ${answer.status})` : null;
  };
  // A field masked for the reader answers the masked value with no refusal, and what lies beneath it comes from
  // that value alone (a unit's members masked to []: no person below). Each value the reader got there must be
  // one the mask leaves as it is (masking it again changes nothing), so no unmasked value came through.
  const cut = coordinatesOf(probe).findIndex((coordinate) => masks.has(coordinate));
  if (cut >= 0) {
    const mask = masks.get(coordinatesOf(probe)[cut])!;
    const unmasked = fieldValuesAt(answer.data, names.slice(0, cut + 1)).filter(
      (value) => value !== null && value !== undefined && JSON.stringify(mask(value)) !== JSON.stringify(value),
    );
    if (unmasked.length) return `answered unmasked ${JSON.stringify(unmasked[0]).slice(0, 80)} at ${names.slice(0, cut + 1).join(".")}`;
    const below = cut < names.length - 1 ? valuesAt(answer.data, names).filter((value) => value !== null && value !== undefined) : [];
    if (below.length) return `answered ${JSON.stringify(below[0]).slice(0, 80)} beneath the masked ${names.slice(0, cut + 1).join(".")}`;
    return wrongErrors();
  }
  const values = valuesAt(answer.data, names);
  const shown = values.filter((value) => value !== null && value !== undefined && !(probe.target.redacted && value === REDACTED_TEXT));
  if (shown.length) return `answered ${JSON.stringify(shown[0]).slice(0, 80)}`;
  const wrong = wrongErrors();
  if (wrong) return wrong;
  const redactedOnly = values.length > 0 && values.every((value) => value === REDACTED_TEXT);
  const refused = (answer.errors ?? []).some((error) => error.extensions?.code === code && related(named(error.path), names));
  const nothingToHide = valuesAt(admin.data, names).every((value) => value === null || value === undefined);
  return redactedOnly || refused || nothingToHide
    ? null
    : `no ${code} on ${names.join(".")} or before it: ${JSON.stringify(answer.errors ?? []).slice(0, 160)}`;
}
