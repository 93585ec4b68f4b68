import type { SubgraphContext } from "@dongting/subgraph-kit";

/** The classes the viewer is in, with his post there and the class's community. */
export interface ViewerTies {
  classes: Map<string, { communityId: string; post: string | null }>;
  /** Communities where he is a class monitor (a seat on the 班长议事会). */
  monitorOf: Set<string>;
}

const NONE: ViewerTies = { classes: new Map(), monitorOf: new Set() };
const memo = new WeakMap<SubgraphContext["loaders"], Promise<ViewerTies>>();

/**
 * The viewer's class memberships, one statement per request (memoised). Services resolve it before they open
 * a transaction: on PGlite a query outside the transaction would wait behind it.
 */
export function viewerTies(ctx: SubgraphContext): Promise<ViewerTies> {
  const personId = ctx.viewer.personId;
  if (!personId) return Promise.resolve(NONE);
  let ties = memo.get(ctx.loaders);
  if (!ties) {
    ties = (async () => {
      const rows: Array<{ class_id: string; community_id: string; post: string | null }> = await ctx.db.query(
        `SELECT m.class_id, c.community_id, m.post FROM class_member m JOIN resident_class c ON c.id = m.class_id WHERE m.person_id = $1`,
        [personId],
      );
      return {
        classes: new Map(rows.map((row) => [row.class_id, { communityId: row.community_id, post: row.post }])),
        monitorOf: new Set(rows.filter((row) => row.post === "MONITOR").map((row) => row.community_id)),
      };
    })();
    memo.set(ctx.loaders, ties);
  }
  return ties;
}
