import { Kind, parse } from "graphql";

/*
 * The work-order fields of a request (issue 12: deadlineState, units, anonymous) arrive in the requests
 * subgraph in the same round as the exports. They are the only fields the export selects that a supergraph may
 * still lack: each is selected once the supergraph the gateway serves has it, so the export follows the
 * composed graph without a change here. Until then its column stays blank (anonymous: "否", as no request of a
 * graph without the field can be anonymous).
 */

export const WORKORDER_FIELDS = ["deadlineState", "units", "anonymous"] as const;
export type WorkorderField = (typeof WORKORDER_FIELDS)[number];

/** What each field selects. */
const SELECTIONS: Readonly<Record<WorkorderField, string>> = {
  deadlineState: "deadlineState",
  units: "units { name }",
  anonymous: "anonymous",
};

/** The work-order fields `ResidentRequest` has in the supergraph `sdl`. */
export function workorderFieldsIn(sdl: string): ReadonlySet<WorkorderField> {
  const present = new Set<string>();
  for (const definition of parse(sdl).definitions) {
    const isRequest =
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === "ResidentRequest";
    if (isRequest) for (const field of definition.fields ?? []) present.add(field.name.value);
  }
  return new Set(WORKORDER_FIELDS.filter((field) => present.has(field)));
}

/** The selection of the fields in `available`, for the export's operation. */
export const workorderSelection = (available: ReadonlySet<WorkorderField>): string =>
  WORKORDER_FIELDS.filter((field) => available.has(field))
    .map((field) => SELECTIONS[field])
    .join(" ");
