import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { NAME_MAX, PHONE_INPUT_MAX } from "@dongting/domain/organisation";
import { MaxTrimmedLength } from "../input-limits.js";

@InputType()
export class RegisterPersonInput {
  @Field({ description: "Trimmed; 1..60 characters." })
  @MaxTrimmedLength(NAME_MAX)
  name: string;

  @Field(() => String, { nullable: true, description: "A mainland mobile number; spaces, hyphens and +86 are accepted." })
  @IsOptional()
  @MaxLength(PHONE_INPUT_MAX)
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "neighbourhoodId must be an id returned by this API" })
  neighbourhoodId?: string | null;

  @Field(() => ID, { nullable: true, description: "Home community when no neighbourhood is given (default: the viewer's only one)." })
  @IsOptional()
  @IsUUID("all", { message: "communityId must be an id returned by this API" })
  communityId?: string | null;
}
