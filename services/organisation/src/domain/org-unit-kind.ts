/** The five kinds of party organisation, from the street down to a central household. */
export enum OrgUnitKind {
  STREET_WORKING_COMMITTEE = "STREET_WORKING_COMMITTEE",
  COMMUNITY_COMMITTEE = "COMMUNITY_COMMITTEE",
  COMPOUND_ORGANISATION = "COMPOUND_ORGANISATION",
  BUILDING_GROUP = "BUILDING_GROUP",
  CENTRAL_HOUSEHOLD = "CENTRAL_HOUSEHOLD",
}

export enum CompoundForm {
  ENTITY = "ENTITY",
  FUNCTIONAL = "FUNCTIONAL",
}

const NESTING: readonly OrgUnitKind[] = [
  OrgUnitKind.STREET_WORKING_COMMITTEE,
  OrgUnitKind.COMMUNITY_COMMITTEE,
  OrgUnitKind.COMPOUND_ORGANISATION,
  OrgUnitKind.BUILDING_GROUP,
  OrgUnitKind.CENTRAL_HOUSEHOLD,
];

/** The kind a parent must have for a child of `kind`; null when `kind` is a root (street committee). */
export function requiredParentKind(kind: OrgUnitKind): OrgUnitKind | null {
  const depth = NESTING.indexOf(kind);
  return depth <= 0 ? null : NESTING[depth - 1];
}

export type NestingProblem = { problem: string } | null;

/** Kinds nest strictly; `form` belongs to, and only to, a compound organisation. */
export function checkNesting(kind: OrgUnitKind, form: CompoundForm | null | undefined, parentKind: OrgUnitKind | null): NestingProblem {
  const expectedParent = requiredParentKind(kind);
  if (expectedParent === null && parentKind !== null) {
    return { problem: `${kind} is a root and cannot have a parent` };
  }
  if (expectedParent !== null && parentKind !== expectedParent) {
    return { problem: `${kind} must be placed under ${expectedParent}, not ${parentKind ?? "no parent"}` };
  }
  if (kind === OrgUnitKind.COMPOUND_ORGANISATION && !form) {
    return { problem: "form (ENTITY or FUNCTIONAL) is required for COMPOUND_ORGANISATION" };
  }
  if (kind !== OrgUnitKind.COMPOUND_ORGANISATION && form) {
    return { problem: "form is only allowed on COMPOUND_ORGANISATION" };
  }
  return null;
}
