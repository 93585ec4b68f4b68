import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class RegisterPersonInput {
  @Field({ description: "Trimmed; 1..60 characters." })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: "A mainland mobile number; spaces, hyphens and +86 are accepted." })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "neighbourhoodId must be an id returned by this API" })
  neighbourhoodId?: string | null;
}
