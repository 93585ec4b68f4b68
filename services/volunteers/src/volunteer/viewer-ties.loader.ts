import { isUuid, type SubgraphContext } from "@dongting/subgraph-kit";

/** How the signed-in person is tied to the volunteers subgraph: what the read policy's relations look at. */
export interface ViewerTies {
  /** His own volunteer record, if he volunteers. */
  volunteerId: string | null;
  /** The teams he is currently in or leads; true for those he leads. */
  teams: ReadonlyMap<string, boolean>;
  /** The current members of those teams; true for members of a team he leads. */
  volunteers: ReadonlyMap<string, boolean>;
}

const NO_TIES: ViewerTies = { volunteerId: null, teams: new Map(), volunteers: new Map() };

interface TieRow {
  person_id: string;
  kind: "self" | "team" | "volunteer";
  id: string;
  leads: boolean;
}

/**
 * The ties of each batched person in one statement: his record, his teams (led or joined) and their
 * current members. A request has one viewer, so this runs at most once per request, and only when a
 * relation is asked (staff pass on their role first).
 */
async function loadTies(ctx: SubgraphContext, personIds: readonly string[]): Promise<ViewerTies[]> {
  const ids = personIds.filter(isUuid);
  const rows: TieRow[] = ids.length
    ? await ctx.db.query(
        `WITH "mine" AS (
           SELECT t."leader_id" AS "person_id", t."id" AS "team_id", true AS "leads"
           FROM "volunteer_team" t WHERE t."leader_id" = ANY($1::uuid[])
           UNION ALL
           SELECT v."person_id", m."team_id", false
           FROM "team_membership" m JOIN "volunteer" v ON v."id" = m."volunteer_id"
           WHERE v."person_id" = ANY($1::uuid[]) AND m."left_at" IS NULL
         )
         SELECT v."person_id", 'self' AS "kind", v."id", false AS "leads" FROM "volunteer" v WHERE v."person_id" = ANY($1::uuid[])
         UNION ALL
         SELECT "person_id", 'team', "team_id", bool_or("leads") FROM "mine" GROUP BY "person_id", "team_id"
         UNION ALL
         SELECT "mine"."person_id", 'volunteer', m."volunteer_id", bool_or("mine"."leads")
         FROM "mine" JOIN "team_membership" m ON m."team_id" = "mine"."team_id" AND m."left_at" IS NULL
         GROUP BY "mine"."person_id", m."volunteer_id"`,
        [ids],
      )
    : [];
  return personIds.map((personId) => {
    const own = rows.filter((row) => row.person_id === personId);
    const pairs = (kind: TieRow["kind"]) => own.filter((row) => row.kind === kind).map((row) => [row.id, row.leads] as const);
    return {
      volunteerId: own.find((row) => row.kind === "self")?.id ?? null,
      teams: new Map(pairs("team")),
      volunteers: new Map(pairs("volunteer")),
    };
  });
}

/** The viewer's ties, loaded once per request (none for an anonymous caller or a service account). */
export function viewerTies(ctx: SubgraphContext): Promise<ViewerTies> {
  const personId = ctx.viewer.personId;
  if (!personId) return Promise.resolve(NO_TIES);
  return ctx.loaders.get<string, ViewerTies>("viewerTies", (personIds) => loadTies(ctx, personIds)).load(personId);
}
