import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { SKILL_MAX } from "@dongting/domain/volunteers";

/** A person of the organisation subgraph who volunteers; one row per person, in any number of teams. */
@Directive('@key(fields: "id")')
@ObjectType("Volunteer", { description: "A person who volunteers in one or more teams." })
@Entity({ name: "volunteer" })
export class Volunteer {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("volunteer_person_key", { unique: true })
  @Column({ name: "person_id", type: "uuid" })
  personId: string;

  @Field(() => [String])
  @Column({ type: "varchar", array: true, length: SKILL_MAX, default: () => "'{}'" })
  skills: string[];

  /** When staff last lifted his no-show block: no-shows before it no longer block (they still cost minutes). */
  @Column({ name: "signup_block_lifted_at", type: "timestamptz", nullable: true })
  signupBlockLiftedAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
