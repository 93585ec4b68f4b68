import type { CompoundForm, OrgUnitKind } from "../domain/org-unit-kind.js";
import { OrgUnit } from "./org-unit.entity.js";

/** The org unit columns for hand-written SQL over alias `u`. */
export const UNIT_COLUMNS = `u."id", u."name", u."kind", u."form", u."parent_id", u."path"::text AS "path", u."secretary_id", u."created_at"`;

/** Member counts of `u`: its own members, and those of it and every unit below it (one GiST probe). */
export const DIRECT_MEMBERS = `(SELECT count(*) FROM "party_membership" m WHERE m."org_unit_id" = u."id")::int`;
export const SUBTREE_MEMBERS = `(SELECT count(*) FROM "party_membership" m JOIN "org_unit" mu ON mu."id" = m."org_unit_id"
  WHERE mu."path" <@ u."path")::int`;
export const COUNT_COLUMNS = `, ${DIRECT_MEMBERS} AS "direct_members", ${SUBTREE_MEMBERS} AS "subtree_members"`;

export interface OrgUnitSqlRow {
  id: string;
  name: string;
  kind: OrgUnitKind;
  form: CompoundForm | null;
  parent_id: string | null;
  path: string;
  secretary_id: string | null;
  created_at: Date | string;
  direct_members?: number;
  subtree_members?: number;
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
    createdAt: new Date(row.created_at),
  });
}
