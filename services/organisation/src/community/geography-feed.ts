import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { badUserInput, isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { GEOGRAPHY_FEED_PAGE_MAX } from "@dongting/domain/tenancy";
import { GeographyFeedPage, GeographyKind, type GeographyPlace } from "./geography-feed.type.js";

/** The feed's order: communities first, so a copy paging through never holds a grid before its community. */
const KIND_ORDER = [GeographyKind.COMMUNITY, GeographyKind.ORG_UNIT, GeographyKind.GRID, GeographyKind.NEIGHBOURHOOD];

const encodeNext = (k: number, id: string) => Buffer.from(`${k}:${id}`, "utf8").toString("base64url");

function decodeAfter(after: string | null | undefined): { k: number; id: string } {
  if (!after) return { k: 0, id: "00000000-0000-0000-0000-000000000000" };
  const [k, id] = Buffer.from(after, "base64url").toString("utf8").split(":");
  if (!/^[1-4]$/.test(k ?? "") || !isUuid(id ?? ""))
    throw badUserInput("INVALID_CURSOR", "after is not a cursor returned by this API", { after });
  return { k: Number(k), id };
}

/**
 * A page of the geography, keyset over (kind order, id), in one statement: each branch of the UNION reads
 * its table's primary key from the position on, and the LIMIT stops the merge once the page is full.
 */
export async function geographyFeedPage(ctx: SubgraphContext, first: number, after: string | null | undefined): Promise<GeographyFeedPage> {
  const size = Math.max(0, Math.min(Math.trunc(first), GEOGRAPHY_FEED_PAGE_MAX));
  const position = decodeAfter(after);
  const rows: Array<{
    k: number;
    id: string;
    community_id: string | null;
    grid_id: string | null;
    street_id: string | null;
    code: string | null;
    name: string | null;
  }> = await ctx.db.query(
    `SELECT * FROM (
         SELECT 1 AS k, c."id", NULL::uuid AS community_id, NULL::uuid AS grid_id, c."street_unit_id" AS street_id, c."code", c."name" FROM "community" c
         UNION ALL SELECT 2, u."id", u."community_id", NULL, NULL, NULL, NULL FROM "org_unit" u
         UNION ALL SELECT 3, g."id", g."community_id", NULL, NULL, NULL, NULL FROM "grid" g
         UNION ALL SELECT 4, n."id", n."community_id", n."grid_id", NULL, NULL, NULL FROM "neighbourhood" n
       ) p WHERE (p.k, p."id") > ($1::int, $2::uuid) ORDER BY p.k, p."id" LIMIT $3`,
    [position.k, position.id, size + 1],
  );
  const places: GeographyPlace[] = rows.slice(0, size).map((row) => ({
    kind: KIND_ORDER[Number(row.k) - 1],
    id: row.id,
    communityId: row.community_id,
    gridId: row.grid_id,
    streetId: row.street_id,
    code: row.code,
    name: row.name,
  }));
  const last = rows[size - 1];
  return { places, next: rows.length > size && last ? encodeNext(Number(last.k), last.id) : null };
}

@Resolver()
export class GeographyFeedResolver {
  @Query(() => GeographyFeedPage, {
    description: "The geography the other subgraphs copy (docs/tenancy.md), paged; `first` is capped to 500.",
  })
  geographyFeed(
    @Arg("first", () => Int, { nullable: true, defaultValue: GEOGRAPHY_FEED_PAGE_MAX }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<GeographyFeedPage> {
    return geographyFeedPage(ctx, first ?? GEOGRAPHY_FEED_PAGE_MAX, after);
  }
}
