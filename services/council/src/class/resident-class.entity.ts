import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CLASS_NAME_MAX } from "@dongting/domain/council";

/** 居民班级: a resident class of one community, optionally tied to a neighbourhood (小区). */
@Directive('@key(fields: "id")')
@ObjectType("ResidentClass", { description: "居民班级" })
@Entity({ name: "resident_class" })
@Unique("resident_class_name_key", ["communityId", "name"])
@Check("resident_class_name_check", `char_length("name") BETWEEN 1 AND ${CLASS_NAME_MAX}`)
export class ResidentClass {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_resident_class" })
  id: string;

  @Field()
  @Column({ type: "varchar", length: CLASS_NAME_MAX })
  name: string;

  @Index("resident_class_community_idx")
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @Column({ name: "neighbourhood_id", type: "uuid", nullable: true })
  neighbourhoodId: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
