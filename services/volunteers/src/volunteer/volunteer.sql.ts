import { Volunteer } from "./volunteer.entity.js";

/** The volunteer columns for hand-written SQL, aliased by `alias`; read back with volunteerFromRow. */
export const volunteerColumnsSql = (alias: string) => `${alias}."id", ${alias}."person_id", ${alias}."skills",
  ${alias}."signup_block_lifted_at", ${alias}."created_at"`;

export interface VolunteerSqlRow {
  id: string;
  person_id: string;
  skills: string[];
  signup_block_lifted_at: Date | null;
  created_at: Date;
}

export function volunteerFromRow(row: VolunteerSqlRow): Volunteer {
  return Object.assign(new Volunteer(), {
    id: row.id,
    personId: row.person_id,
    skills: row.skills,
    signupBlockLiftedAt: row.signup_block_lifted_at,
    createdAt: row.created_at,
  });
}
