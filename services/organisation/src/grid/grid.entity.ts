import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { GRID_CODE_MAX, NAME_MAX } from "@dongting/domain/organisation";
import { Person } from "../person/person.entity.js";
import { Community } from "../community/community.entity.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "网格: a grid of the community, split into small neighbourhoods." })
@Entity({ name: "grid" })
@Check("grid_code_check", `char_length("code") BETWEEN 1 AND ${GRID_CODE_MAX}`)
@Check("grid_name_check", `char_length("name") BETWEEN 1 AND ${NAME_MAX}`)
@Index("grid_community_idx", ["communityId", "code"])
export class Grid {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Short code, unique, e.g. DT-01." })
  @Index("grid_code_key", { unique: true })
  @Column({ type: "varchar", length: GRID_CODE_MAX })
  code: string;

  @Field()
  @Column({ type: "varchar", length: NAME_MAX })
  name: string;

  @Index("grid_leader_idx")
  @Column({ name: "leader_id", type: "uuid", nullable: true })
  leaderId: string | null;

  @ManyToOne(() => Person, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "leader_id", foreignKeyConstraintName: "grid_leader_fk" })
  leader?: Relation<Person> | null;

  /** The community the row belongs to for ever (a trigger refuses a change; docs/tenancy.md). */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @ManyToOne(() => Community, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "community_id", foreignKeyConstraintName: "grid_community_fk" })
  community?: Relation<Community>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
