import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { NAME_MAX } from "@dongting/domain/organisation";
import { Person } from "../person/person.entity.js";
import { Grid } from "./grid.entity.js";
import { Community } from "../community/community.entity.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "小邻里: a small neighbourhood of a grid, a few buildings; residents live in one." })
@Entity({ name: "neighbourhood" })
@Index("neighbourhood_grid_name_key", ["gridId", "name"], { unique: true })
@Check("neighbourhood_name_check", `char_length("name") BETWEEN 1 AND ${NAME_MAX}`)
export class Neighbourhood {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: NAME_MAX })
  name: string;

  @Column({ name: "grid_id", type: "uuid" })
  gridId: string;

  @ManyToOne(() => Grid, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "grid_id", foreignKeyConstraintName: "neighbourhood_grid_fk" })
  grid?: Relation<Grid>;

  @Index("neighbourhood_leader_idx")
  @Column({ name: "leader_id", type: "uuid", nullable: true })
  leaderId: string | null;

  @ManyToOne(() => Person, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "leader_id", foreignKeyConstraintName: "neighbourhood_leader_fk" })
  leader?: Relation<Person> | null;

  /** The community the row belongs to for ever (a trigger refuses a change; docs/tenancy.md). */
  @Index("neighbourhood_community_idx")
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @ManyToOne(() => Community, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "community_id", foreignKeyConstraintName: "neighbourhood_community_fk" })
  community?: Relation<Community>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
