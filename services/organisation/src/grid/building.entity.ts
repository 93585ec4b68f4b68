import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { HOUSEHOLDS_MAX, HOUSEHOLDS_MIN, NAME_MAX } from "@dongting/domain/organisation";
import { Person } from "../person/person.entity.js";
import { Neighbourhood } from "./neighbourhood.entity.js";
import { Community } from "../community/community.entity.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "楼栋: a building of a neighbourhood, with its number of households." })
@Entity({ name: "building" })
@Index("building_neighbourhood_name_key", ["neighbourhoodId", "name"], { unique: true })
@Check("building_name_check", `char_length("name") BETWEEN 1 AND ${NAME_MAX}`)
@Check("building_households_check", `"households" BETWEEN ${HOUSEHOLDS_MIN} AND ${HOUSEHOLDS_MAX}`)
export class Building {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: NAME_MAX })
  name: string;

  @Field(() => Int)
  @Column({ type: "int" })
  households: number;

  @Column({ name: "neighbourhood_id", type: "uuid" })
  neighbourhoodId: string;

  @ManyToOne(() => Neighbourhood, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "neighbourhood_id", foreignKeyConstraintName: "building_neighbourhood_fk" })
  neighbourhood?: Relation<Neighbourhood>;

  @Index("building_leader_idx")
  @Column({ name: "leader_id", type: "uuid", nullable: true })
  leaderId: string | null;

  @ManyToOne(() => Person, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "leader_id", foreignKeyConstraintName: "building_leader_fk" })
  leader?: Relation<Person> | null;

  /** The community the row belongs to for ever (a trigger refuses a change; docs/tenancy.md). */
  @Index("building_community_idx")
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @ManyToOne(() => Community, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "community_id", foreignKeyConstraintName: "building_community_fk" })
  community?: Relation<Community>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
