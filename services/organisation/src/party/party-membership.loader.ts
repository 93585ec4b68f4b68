import { In } from "typeorm";
import { alignByKey, isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { personById } from "../person/person.loader.js";
import { personColumns, personFromRow, personPage, type PersonSqlRow } from "../person/person.rows.js";
import type { PersonConnection } from "../person/person-connection.type.js";
import { PartyMembership } from "./party-membership.entity.js";
import type { RequestLoader } from "@dongting/subgraph-kit";

export const membershipOfPerson = (ctx: SubgraphContext): RequestLoader<string, PartyMembership | null> =>
  ctx.loaders.get<string, PartyMembership | null>("membershipOfPerson", async (personIds) => {
    const valid = personIds.filter(isUuid);
    const rows = valid.length ? await ctx.db.manager.findBy(PartyMembership, { personId: In(valid) }) : [];
    return alignByKey(personIds, rows, (row) => row.personId);
  });

export interface MembersQuery {
  includeDescendants: boolean;
  first: number;
  after: { sortKey: string; id: string } | null;
  /** A LIKE pattern on names, or null. */
  namePattern: string | null;
}

/**
 * One page of members (ordered by name, id) and their total, for many units in ONE statement whatever
 * the depth: a unit's scope is its own memberships, or with includeDescendants every membership whose
 * unit's path lies under the unit's path.
 */
export const orgUnitMembers = (ctx: SubgraphContext, query: MembersQuery): RequestLoader<string, PersonConnection> =>
  ctx.loaders.get<string, PersonConnection>(`orgUnitMembers:${JSON.stringify(query)}`, async (unitIds) => {
    const valid = unitIds.filter(isUuid);
    const scope = query.includeDescendants ? `mu."path" <@ scope."path"` : `m."org_unit_id" = scope."id"`;
    const matching = `FROM "party_membership" m JOIN "org_unit" mu ON mu."id" = m."org_unit_id" JOIN "person" p ON p."id" = m."person_id"
      WHERE ${scope} AND ($2::text IS NULL OR p."name" LIKE $2::text)`;
    const rows: Array<PersonSqlRow & { unit_id: string; total: number }> = valid.length
      ? await ctx.db.query(
          `SELECT k."unit_id", t."total", ${personColumns("page")}
           FROM unnest($1::uuid[]) AS k("unit_id")
           JOIN "org_unit" scope ON scope."id" = k."unit_id"
           CROSS JOIN LATERAL (SELECT count(*)::int AS "total" ${matching}) t
           LEFT JOIN LATERAL (
             SELECT ${personColumns("p")} ${matching}
               AND ($3::varchar IS NULL OR (p."name", p."id") > ($3::varchar, $4::uuid))
             ORDER BY p."name", p."id" LIMIT $5
           ) page ON true
           ORDER BY k."unit_id", page."name", page."id"`,
          [valid, query.namePattern, query.after?.sortKey ?? null, query.after?.id ?? null, query.first + 1],
        )
      : [];
    const people = personById(ctx);
    return unitIds.map((unitId) => {
      const own = rows.filter((row) => row.unit_id === unitId);
      const members = own.filter((row) => row.id !== null).map(personFromRow);
      for (const member of members) people.prime(member.id, member);
      return personPage(members, query.first, own[0]?.total ?? 0);
    });
  });
