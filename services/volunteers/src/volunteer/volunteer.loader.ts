import { alignByKey, entityByIdLoader, groupByKey, isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { In } from "typeorm";
import type { VolunteerTeam } from "../team/team.entity.js";
import { teamColumnsSql, teamFromRow, type TeamSqlRow } from "../team/team.sql.js";
import { Volunteer } from "./volunteer.entity.js";
import { volunteerColumnsSql, volunteerFromRow, type VolunteerSqlRow } from "./volunteer.sql.js";

export const volunteerById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, Volunteer, "volunteer");

export const volunteerByPersonId = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, Volunteer | null>("volunteerByPersonId", async (personIds) => {
    const ids = personIds.filter(isUuid);
    const rows = ids.length ? await ctx.db.manager.findBy(Volunteer, { personId: In(ids) }) : [];
    return alignByKey(personIds, rows, (row) => row.personId);
  });

interface MemberRow extends VolunteerSqlRow {
  team_id: string;
}

/**
 * Active members of each team, longest-serving first: one statement per batch. Raw SQL because a
 * volunteer in two of the batched teams must appear under both (TypeORM's entity mapping would merge them).
 */
export const membersByTeam = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, Volunteer[]>("membersByTeam", async (teamIds) => {
    const ids = teamIds.filter(isUuid);
    const rows: MemberRow[] = ids.length
      ? await ctx.db.query(
          `SELECT m."team_id", ${volunteerColumnsSql("v")}
           FROM "team_membership" m JOIN "volunteer" v ON v."id" = m."volunteer_id"
           WHERE m."left_at" IS NULL AND m."team_id" = ANY($1::uuid[])
           ORDER BY m."joined_at", v."id"`,
          [ids],
        )
      : [];
    return groupByKey(teamIds, rows, (row) => row.team_id).map((group) => group.map(volunteerFromRow));
  });

interface TeamRow extends TeamSqlRow {
  volunteer_id: string;
}

/** The teams a volunteer is currently in, by name: one statement per batch. */
export const teamsByVolunteer = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, VolunteerTeam[]>("teamsByVolunteer", async (volunteerIds) => {
    const ids = volunteerIds.filter(isUuid);
    const rows: TeamRow[] = ids.length
      ? await ctx.db.query(
          `SELECT m."volunteer_id", ${teamColumnsSql("t")}
           FROM "team_membership" m JOIN "volunteer_team" t ON t."id" = m."team_id"
           WHERE m."left_at" IS NULL AND m."volunteer_id" = ANY($1::uuid[])
           ORDER BY t."name", t."id"`,
          [ids],
        )
      : [];
    return groupByKey(volunteerIds, rows, (row) => row.volunteer_id).map((group) => group.map(teamFromRow));
  });
