import type { TeamKind } from "../domain/team-kind.js";
import { VolunteerTeam } from "./team.entity.js";

/** The team columns for hand-written SQL, aliased by `alias`; read back with teamFromRow. */
export const teamColumnsSql = (alias: string) =>
  `${alias}."id", ${alias}."name", ${alias}."kind", ${alias}."partner_unit", ${alias}."leader_id", ${alias}."community_id",
  ${alias}."signup_days_ahead", ${alias}."created_at"`;

export interface TeamSqlRow {
  id: string;
  name: string;
  kind: TeamKind;
  partner_unit: string | null;
  leader_id: string | null;
  community_id: string;
  signup_days_ahead: number;
  created_at: Date;
}

export function teamFromRow(row: TeamSqlRow): VolunteerTeam {
  return Object.assign(new VolunteerTeam(), {
    id: row.id,
    name: row.name,
    kind: row.kind,
    partnerUnit: row.partner_unit,
    leaderId: row.leader_id,
    communityId: row.community_id,
    signupDaysAhead: row.signup_days_ahead,
    createdAt: row.created_at,
  });
}
