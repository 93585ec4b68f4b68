import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { Building } from "../grid/building.entity.js";
import { Grid } from "../grid/grid.entity.js";
import { OrgUnit } from "./org-unit.entity.js";

/** A party unit covers a grid (a compound organisation its 网格): one row per link. */
@Entity({ name: "org_unit_grid" })
export class OrgUnitGrid {
  @PrimaryColumn({ name: "org_unit_id", type: "uuid", primaryKeyConstraintName: "PK_org_unit_grid" })
  orgUnitId: string;

  @ManyToOne(() => OrgUnit, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "org_unit_id", foreignKeyConstraintName: "org_unit_grid_org_unit_fk" })
  orgUnit?: Relation<OrgUnit>;

  @Index("org_unit_grid_grid_idx")
  @PrimaryColumn({ name: "grid_id", type: "uuid", primaryKeyConstraintName: "PK_org_unit_grid" })
  gridId: string;

  @ManyToOne(() => Grid, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "grid_id", foreignKeyConstraintName: "org_unit_grid_grid_fk" })
  grid?: Relation<Grid>;
}

/** A party unit covers a building (a building group 楼栋党小组 its 楼栋): one row per link. */
@Entity({ name: "org_unit_building" })
export class OrgUnitBuilding {
  @PrimaryColumn({ name: "org_unit_id", type: "uuid", primaryKeyConstraintName: "PK_org_unit_building" })
  orgUnitId: string;

  @ManyToOne(() => OrgUnit, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "org_unit_id", foreignKeyConstraintName: "org_unit_building_org_unit_fk" })
  orgUnit?: Relation<OrgUnit>;

  @Index("org_unit_building_building_idx")
  @PrimaryColumn({ name: "building_id", type: "uuid", primaryKeyConstraintName: "PK_org_unit_building" })
  buildingId: string;

  @ManyToOne(() => Building, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "building_id", foreignKeyConstraintName: "org_unit_building_building_fk" })
  building?: Relation<Building>;
}
