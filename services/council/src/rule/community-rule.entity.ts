import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { RULE_TITLE_MAX } from "@dongting/domain/council";

/** 居民公约 / 管理规定: a community rule; its text lives in its versions. */
@Directive('@key(fields: "id")')
@ObjectType("CommunityRule", { description: "居民公约 / 管理规定, e.g. 《小区运动场管理制度》." })
@Entity({ name: "community_rule" })
@Unique("community_rule_title_key", ["communityId", "title"])
@Check("community_rule_title_check", `char_length("title") BETWEEN 1 AND ${RULE_TITLE_MAX}`)
export class CommunityRule {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_community_rule" })
  id: string;

  @Field()
  @Column({ type: "varchar", length: RULE_TITLE_MAX })
  title: string;

  @Index("community_rule_community_idx")
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
