import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/*
 * The read copy of organisation's geography that every other subgraph keeps (docs/tenancy.md): which
 * community each grid, neighbourhood and org unit is in, and which street each community is on. Membership
 * never changes once made (organisation refuses to move a grid or neighbourhood to another community), so a
 * row of the copy is never wrong, only possibly missing; a write that names a place the copy lacks is refused.
 */

@Entity({ name: "geo_community" })
@Index("geo_community_street_idx", ["streetId"])
export class GeoCommunity {
  @PrimaryColumn("uuid")
  id: string;

  @Column({ type: "varchar", length: 8 })
  code: string;

  @Column({ type: "varchar", length: 60 })
  name: string;

  @Column({ name: "street_id", type: "uuid", nullable: true })
  streetId: string | null;
}

@Entity({ name: "geo_org_unit" })
export class GeoOrgUnit {
  @PrimaryColumn("uuid")
  id: string;

  /** Null for a street working committee (and any unit above the communities). */
  @Column({ name: "community_id", type: "uuid", nullable: true })
  communityId: string | null;
}

@Entity({ name: "geo_grid" })
@Index("geo_grid_community_idx", ["communityId"])
export class GeoGrid {
  @PrimaryColumn("uuid")
  id: string;

  @Column({ name: "community_id", type: "uuid" })
  communityId: string;
}

@Entity({ name: "geo_neighbourhood" })
export class GeoNeighbourhood {
  @PrimaryColumn("uuid")
  id: string;

  @Column({ name: "grid_id", type: "uuid" })
  gridId: string;

  @Column({ name: "community_id", type: "uuid" })
  communityId: string;
}

export const GEOGRAPHY_COPY_ENTITIES = [GeoCommunity, GeoOrgUnit, GeoGrid, GeoNeighbourhood];

/** The SQL of a migration's `up`: identical in every subgraph that keeps the copy, so the drift check agrees. */
export const CREATE_GEOGRAPHY_COPY_SQL = [
  `CREATE TABLE "geo_community" ("id" uuid NOT NULL, "code" varchar(8) NOT NULL, "name" varchar(60) NOT NULL, "street_id" uuid, CONSTRAINT "PK_geo_community" PRIMARY KEY ("id"))`,
  `CREATE INDEX "geo_community_street_idx" ON "geo_community" ("street_id")`,
  `CREATE TABLE "geo_org_unit" ("id" uuid NOT NULL, "community_id" uuid, CONSTRAINT "PK_geo_org_unit" PRIMARY KEY ("id"))`,
  `CREATE TABLE "geo_grid" ("id" uuid NOT NULL, "community_id" uuid NOT NULL, CONSTRAINT "PK_geo_grid" PRIMARY KEY ("id"))`,
  `CREATE INDEX "geo_grid_community_idx" ON "geo_grid" ("community_id")`,
  `CREATE TABLE "geo_neighbourhood" ("id" uuid NOT NULL, "grid_id" uuid NOT NULL, "community_id" uuid NOT NULL, CONSTRAINT "PK_geo_neighbourhood" PRIMARY KEY ("id"))`,
];

export const DROP_GEOGRAPHY_COPY_SQL = [
  `DROP TABLE "geo_neighbourhood"`,
  `DROP TABLE "geo_grid"`,
  `DROP TABLE "geo_org_unit"`,
  `DROP TABLE "geo_community"`,
];
