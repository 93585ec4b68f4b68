import { ORGANISATION_REASONS, type OrganisationReason } from "./reasons/organisation.js";
import { reasonMessage } from "./reasons/common.js";

/*
 * The organisation slice's rules both sides must agree on: how the party tree nests, and the limits of
 * every name, code and number the graph accepts. The service enforces them; the UI checks them early.
 */

/** The five kinds of party organisation, from the street down to a central household. */
export const OrgUnitKind = {
  STREET_WORKING_COMMITTEE: "STREET_WORKING_COMMITTEE",
  COMMUNITY_COMMITTEE: "COMMUNITY_COMMITTEE",
  COMPOUND_ORGANISATION: "COMPOUND_ORGANISATION",
  BUILDING_GROUP: "BUILDING_GROUP",
  CENTRAL_HOUSEHOLD: "CENTRAL_HOUSEHOLD",
} as const;
export type OrgUnitKind = (typeof OrgUnitKind)[keyof typeof OrgUnitKind];

/** 实体型 or 功能型: only a compound organisation has one. */
export const CompoundForm = { ENTITY: "ENTITY", FUNCTIONAL: "FUNCTIONAL" } as const;
export type CompoundForm = (typeof CompoundForm)[keyof typeof CompoundForm];

/** The five kinds, top to bottom; each nests only directly under the one before it. */
export const KIND_ORDER: readonly OrgUnitKind[] = [
  OrgUnitKind.STREET_WORKING_COMMITTEE,
  OrgUnitKind.COMMUNITY_COMMITTEE,
  OrgUnitKind.COMPOUND_ORGANISATION,
  OrgUnitKind.BUILDING_GROUP,
  OrgUnitKind.CENTRAL_HOUSEHOLD,
];

/** Kinds nest strictly, so a tree is at most this many levels deep (a root and four levels below it). */
export const MAX_TREE_DEPTH = KIND_ORDER.length;

/** The kind a parent must have for a unit of `kind`; null for a root (street working committee). */
export function parentKindOf(kind: OrgUnitKind): OrgUnitKind | null {
  const depth = KIND_ORDER.indexOf(kind);
  return depth <= 0 ? null : KIND_ORDER[depth - 1];
}

/** The kind of the units below one of `kind`; null for a central household (the lowest level). */
export function childKindOf(kind: OrgUnitKind): OrgUnitKind | null {
  const depth = KIND_ORDER.indexOf(kind);
  return depth < 0 || depth >= KIND_ORDER.length - 1 ? null : KIND_ORDER[depth + 1];
}

/** `form` (实体型/功能型) belongs to, and only to, a compound organisation. */
export function needsForm(kind: OrgUnitKind): boolean {
  return kind === OrgUnitKind.COMPOUND_ORGANISATION;
}

/** A broken rule: the reason clients localise by, and a message saying what exactly is wrong. */
export interface RuleProblem<R extends OrganisationReason = OrganisationReason> {
  reason: R;
  message: string;
}

/** The server's message for a refusal: the reason's text in both languages, then what exactly is wrong. */
export const refusalMessage = (reason: OrganisationReason, detail: string): string =>
  `${reasonMessage(ORGANISATION_REASONS[reason])}: ${detail}`;

const problem = <R extends OrganisationReason>(reason: R, detail: string): RuleProblem<R> => ({
  reason,
  message: refusalMessage(reason, detail),
});

/** Whether a unit of `kind` (with `form`) may sit under a parent of `parentKind` (null: as a root). */
export function nestingProblem(
  kind: OrgUnitKind,
  form: CompoundForm | null | undefined,
  parentKind: OrgUnitKind | null,
): RuleProblem<"KINDS_DO_NOT_NEST" | "FORM_REQUIRED" | "FORM_NOT_ALLOWED"> | null {
  const expectedParent = parentKindOf(kind);
  if (expectedParent === null && parentKind !== null) return problem("KINDS_DO_NOT_NEST", `${kind} is a root and cannot have a parent`);
  if (expectedParent !== null && parentKind !== expectedParent) {
    return problem("KINDS_DO_NOT_NEST", `${kind} must be placed under ${expectedParent}, not ${parentKind ?? "no parent"}`);
  }
  if (needsForm(kind) && !form) return problem("FORM_REQUIRED", `form (ENTITY or FUNCTIONAL) is required for ${kind}`);
  if (!needsForm(kind) && form) return problem("FORM_NOT_ALLOWED", `form is only allowed on ${OrgUnitKind.COMPOUND_ORGANISATION}`);
  return null;
}

/** Whether `ancestorId` is `id` itself or above it, following `parentOf` (unknown parents end the walk). */
export function isSelfOrAncestor(parentOf: (id: string) => string | null | undefined, ancestorId: string, id: string): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = id;
  while (current && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = parentOf(current);
  }
  return false;
}

export interface MoveCheckUnit {
  id: string;
  kind: OrgUnitKind;
}

/** SAME_PARENT is no refusal (the graph answers the unit unchanged), just a move not worth proposing. */
export type MoveRefusal = "SAME_PARENT" | Extract<OrganisationReason, "MOVE_UNDER_ITSELF" | "KINDS_DO_NOT_NEST">;

/** Why moving `unit` under `newParent` is pointless or refused; null when the move may be proposed. */
export function moveRefusal(
  unit: MoveCheckUnit,
  newParent: MoveCheckUnit,
  parentOf: (id: string) => string | null | undefined,
): MoveRefusal | null {
  if (isSelfOrAncestor(parentOf, unit.id, newParent.id)) return "MOVE_UNDER_ITSELF";
  if (parentKindOf(unit.kind) !== newParent.kind) return "KINDS_DO_NOT_NEST";
  if (parentOf(unit.id) === newParent.id) return "SAME_PARENT";
  return null;
}

/**
 * The new parent for a tree drop: dropped onto a node (not into a gap) it is that node; dropped into the
 * gap before or after a node it is that node's parent.
 */
export function dropParentId(target: string, dropToGap: boolean, parentOf: (id: string) => string | null | undefined): string | null {
  return dropToGap ? (parentOf(target) ?? null) : target;
}

/** Names of units, grids, neighbourhoods, buildings and people: 1..60 characters once trimmed. */
export const NAME_MAX = 60;

/** The length the graph measures: code points of the trimmed text (as PostgreSQL's char_length counts them). */
export const trimmedLength = (raw: string): number => [...raw.trim()].length;

/** The kit's reason for a required text that is blank or longer than `max` once trimmed; null when it fits. */
export function textProblem(raw: string, max: number): "TEXT_BLANK" | "TEXT_TOO_LONG" | null {
  const length = trimmedLength(raw);
  if (length === 0) return "TEXT_BLANK";
  return length > max ? "TEXT_TOO_LONG" : null;
}

/** A name as the graph checks it: trimmed, then 1..NAME_MAX characters. */
export const nameProblem = (raw: string) => textProblem(raw, NAME_MAX);

/** Grid codes such as DT-01: trimmed and upper-cased, then 1..GRID_CODE_MAX letters, digits or hyphens. */
export const GRID_CODE_MAX = 20;
const GRID_CODE = new RegExp(`^[A-Za-z0-9-]{1,${GRID_CODE_MAX}}$`);

export function normaliseGridCode(raw: string): { code: string } | RuleProblem<"GRID_CODE_MALFORMED"> {
  const code = raw.trim().toUpperCase();
  if (!GRID_CODE.test(code)) return problem("GRID_CODE_MALFORMED", `code must be 1..${GRID_CODE_MAX} letters, digits or hyphens`);
  return { code };
}

/** The households of one building. */
export const HOUSEHOLDS_MIN = 0;
export const HOUSEHOLDS_MAX = 2000;

/** How much a phone number may be typed with (spaces, hyphens, +86) before it is normalised. */
export const PHONE_INPUT_MAX = 40;

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export const isMainlandMobile = (phone: string): boolean => MAINLAND_MOBILE.test(phone);

/**
 * A phone number as typed ("138 1234 5678", "+86 138-1234-5678") -> "13812345678"; blank -> null;
 * anything that is not then a mainland mobile number is a problem.
 */
export function normaliseMobile(raw: string | null | undefined): { phone: string | null } | RuleProblem<"PHONE_NOT_MOBILE"> {
  const compact = (raw ?? "").replace(/[\s-]/g, "").replace(/^(\+86|0086)/, "");
  if (compact === "") return { phone: null };
  if (!isMainlandMobile(compact)) return problem("PHONE_NOT_MOBILE", "phone must be a mainland mobile number (11 digits, 13x-19x)");
  return { phone: compact };
}

/** 13812345678 -> 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "****";
}

/** Search terms (people, party members by name): at most 100 characters once trimmed. */
export const SEARCH_MAX = 100;

/** The record of sensitive reads is read a window at a time, at most a year (366 days) long. */
export const ACCESS_LOG_WINDOW_DAYS_MAX = 366;
