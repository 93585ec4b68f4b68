import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class PostItemInput {
  @Field()
  @MaxLength(200)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Without it the owner is the caller; only station staff post for someone else." })
  @IsOptional()
  @IsUUID("all", { message: "ownerId must be an id returned by this API" })
  ownerId?: string | null;
}
