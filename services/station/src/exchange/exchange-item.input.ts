import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ITEM_DESCRIPTION_MAX_LENGTH, ITEM_TITLE_MAX_LENGTH } from "@dongting/domain/station";

@InputType()
export class PostItemInput {
  @Field()
  @MaxLength(ITEM_TITLE_MAX_LENGTH)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ITEM_DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Without it the owner is the caller; only station staff post for someone else." })
  @IsOptional()
  @IsUUID("all", { message: "ownerId must be an id returned by this API" })
  ownerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The community whose board it goes on. Default: the caller's one community; else the one community with a 百宝箱 zone; else refused (COMMUNITY_REQUIRED).",
  })
  @IsOptional()
  @IsUUID("all", { message: "communityId must be an id returned by this API" })
  communityId?: string | null;
}
