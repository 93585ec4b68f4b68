import type { CompoundForm, OrgUnitKind } from "@dongting/domain/organisation";
import type { Person } from "../person/person.entity.js";
import { personFromRow, type PersonSqlRow } from "../person/person.rows.js";
import { OrgUnit } from "./org-unit.entity.js";

/** The org unit columns for hand-written SQL over alias `u`. */
export const UNIT_COLUMNS = `u."id", u."name", u."kind", u."form", u."parent_id", u."path"::text AS "path", u."secretary_id", u."community_id", u."created_at"`;

/** Member counts of `u`: its own members, and those of it and every unit below it (one GiST probe). */
export const DIRECT_MEMBERS = `(SELECT count(*) FROM "party_membership" m WHERE m."org_unit_id" = u."id")::int`;
export const SUBTREE_MEMBERS = `(SELECT count(*) FROM "party_membership" m JOIN "org_unit" mu ON mu."id" = m."org_unit_id"
  WHERE mu."path" <@ u."path")::int`;
export const COUNT_COLUMNS = `, ${DIRECT_MEMBERS} AS "direct_members", ${SUBTREE_MEMBERS} AS "subtree_members"`;

/** The secretary's person columns, joined in when the query shows secretaries (prefixed `secretary_`). */
export const SECRETARY_COLUMNS = `, s."name" AS "secretary_name", s."phone" AS "secretary_phone", s."roles" AS "secretary_roles",
  s."neighbourhood_id" AS "secretary_neighbourhood_id", s."community_id" AS "secretary_community_id", s."created_at" AS "secretary_created_at"`;
export const SECRETARY_JOIN = `LEFT JOIN "person" s ON s."id" = u."secretary_id"`;

/** `SELECT ... FROM "org_unit" u` with what the plan asks for; the caller appends WHERE. */
export function treeSelect(plan: { memberCounts: boolean; secretaries: boolean }, extraColumns = ""): string {
  return `SELECT ${extraColumns}${UNIT_COLUMNS}${plan.memberCounts ? COUNT_COLUMNS : ""}${plan.secretaries ? SECRETARY_COLUMNS : ""}
    FROM "org_unit" u ${plan.secretaries ? SECRETARY_JOIN : ""}`;
}

export interface OrgUnitSqlRow {
  id: string;
  name: string;
  kind: OrgUnitKind;
  form: CompoundForm | null;
  parent_id: string | null;
  path: string;
  secretary_id: string | null;
  community_id: string | null;
  created_at: Date | string;
  direct_members?: number;
  subtree_members?: number;
  secretary_name?: string | null;
  secretary_phone?: string | null;
  secretary_roles?: PersonSqlRow["roles"];
  secretary_neighbourhood_id?: string | null;
  secretary_community_id?: string;
  secretary_created_at?: Date | string;
}

/** The secretary joined into a tree row, or null when the row has none or it was not joined. */
export function secretaryFromRow(row: OrgUnitSqlRow): Person | null {
  if (!row.secretary_id || row.secretary_name === undefined || row.secretary_name === null) return null;
  return personFromRow({
    id: row.secretary_id,
    name: row.secretary_name,
    phone: row.secretary_phone ?? null,
    roles: row.secretary_roles ?? [],
    neighbourhood_id: row.secretary_neighbourhood_id ?? null,
    community_id: row.secretary_community_id ?? "",
    created_at: row.secretary_created_at ?? new Date(0),
  });
}

export function orgUnitFromRow(row: OrgUnitSqlRow): OrgUnit {
  return Object.assign(new OrgUnit(), {
    id: row.id,
    name: row.name,
    kind: row.kind,
    form: row.form,
    parentId: row.parent_id,
    path: row.path,
    secretaryId: row.secretary_id,
    communityId: row.community_id,
    createdAt: new Date(row.created_at),
  });
}
