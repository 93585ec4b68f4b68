import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ItemStatus } from "../domain/item-status.js";

registerEnumType(ItemStatus, { name: "ItemStatus" });

@Directive('@key(fields: "id")')
@ObjectType({ description: "An idle item offered in the 百宝箱 exchange." })
@Entity({ name: "exchange_item" })
@Check("exchange_item_status_check", `"status" IN ('AVAILABLE','RESERVED','GIVEN','WITHDRAWN')`)
@Check("exchange_item_title_check", `char_length("title") BETWEEN 1 AND 60`)
@Check("exchange_item_claimant_check", `("status" IN ('RESERVED','GIVEN')) = ("claimant_id" IS NOT NULL)`)
@Check("exchange_item_not_own_check", `"claimant_id" IS DISTINCT FROM "owner_id"`)
@Index("exchange_item_status_idx", ["status", "postedAt"])
@Index("exchange_item_community_status_idx", ["communityId", "status", "postedAt"])
export class ExchangeItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: 60 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  description: string | null;

  @Field(() => ItemStatus)
  @Column({ type: "varchar", length: 16 })
  status: ItemStatus;

  /** The community whose 百宝箱 board the item is on. */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @Column({ name: "owner_id", type: "uuid" })
  ownerId: string;

  @Column({ name: "claimant_id", type: "uuid", nullable: true })
  claimantId: string | null;

  @Field()
  @Column({ name: "posted_at", type: "timestamptz" })
  postedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "claimed_at", type: "timestamptz", nullable: true })
  claimedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "closed_at", type: "timestamptz", nullable: true })
  closedAt: Date | null;
}
