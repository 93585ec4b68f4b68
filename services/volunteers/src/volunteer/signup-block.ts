import { isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { isSignUpBlocked, NO_SHOW_BLOCK_DAYS } from "@dongting/domain/volunteers";
import type { EntityManager } from "typeorm";
import { signupNoShowSql } from "../shift/signup.sql.js";

type Query = Pick<EntityManager, "query">;

/**
 * When each volunteer's no-shows of the last 90 days ended, and when his block was last lifted: the
 * facts isSignUpBlocked (the pure rule) decides on. One statement for any number of volunteers.
 */
async function blockFacts(
  db: Query,
  volunteerIds: readonly string[],
  now: Date,
): Promise<Map<string, { ends: Date[]; liftedAt: Date | null }>> {
  const rows: Array<{ id: string; lifted_at: Date | null; ends: Date[] | null }> = await db.query(
    `SELECT v."id", v."signup_block_lifted_at" AS "lifted_at",
            (SELECT array_agg(s."ends_at") FROM "shift_signup" s
             WHERE s."volunteer_id" = v."id" AND s."ends_at" > $2::timestamptz - make_interval(days => $3) AND ${signupNoShowSql("$2")}) AS "ends"
     FROM "volunteer" v WHERE v."id" = ANY($1::uuid[])`,
    [volunteerIds, now, NO_SHOW_BLOCK_DAYS],
  );
  return new Map(rows.map((row) => [row.id, { ends: (row.ends ?? []).map((end) => new Date(end)), liftedAt: row.lifted_at }]));
}

/** Whether the volunteer may no longer sign himself up (read inside the caller's transaction). */
export async function isBlocked(db: Query, volunteerId: string, now: Date): Promise<boolean> {
  const facts = (await blockFacts(db, [volunteerId], now)).get(volunteerId);
  return facts !== undefined && isSignUpBlocked(facts.ends, facts.liftedAt, now);
}

/** Volunteer.signupBlocked: one statement per batch. */
export const signupBlockedByVolunteer = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, boolean>("signupBlockedByVolunteer", async (volunteerIds) => {
    const now = ctx.clock.now();
    const ids = volunteerIds.filter(isUuid);
    const facts = ids.length ? await blockFacts(ctx.db, ids, now) : new Map();
    return volunteerIds.map((id) => {
      const fact = facts.get(id);
      return fact !== undefined && isSignUpBlocked(fact.ends, fact.liftedAt, now);
    });
  });
