import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { NAME_MAX, PHONE_INPUT_MAX } from "@dongting/domain/organisation";
import { ID_NUMBER_INPUT_MAX } from "@dongting/domain/organisation-people";
import { MaxTrimmedLength } from "../input-limits.js";

const ID_MESSAGE = (field: string) => ({ message: `${field} must be an id returned by this API` });

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
  @IsUUID("all", ID_MESSAGE("neighbourhoodId"))
  neighbourhoodId?: string | null;

  @Field(() => ID, { nullable: true, description: "The building within the neighbourhood (sets the neighbourhood when none is given)." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE("buildingId"))
  buildingId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "居民身份证号, 18 characters (GB 11643, checksum verified); never answered in full.",
  })
  @IsOptional()
  @MaxLength(ID_NUMBER_INPUT_MAX)
  idNumber?: string | null;

  @Field(() => ID, { nullable: true, description: "Home community when no neighbourhood is given (default: the viewer's only one)." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE("communityId"))
  communityId?: string | null;
}

/** Each field left out is kept; a null phone, neighbourhood, building or ID number clears it (a null name keeps it). */
@InputType()
export class PersonUpdateInput {
  @Field(() => String, { nullable: true, description: "Trimmed; 1..60 characters." })
  @IsOptional()
  @MaxTrimmedLength(NAME_MAX)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "A mainland mobile number; blank or null clears it." })
  @IsOptional()
  @MaxLength(PHONE_INPUT_MAX)
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: "Moves the person (within their community); null: lives outside the grid tree." })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE("neighbourhoodId"))
  neighbourhoodId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The building (must be in the neighbourhood; sets it when neighbourhoodId is left out).",
  })
  @IsOptional()
  @IsUUID("all", ID_MESSAGE("buildingId"))
  buildingId?: string | null;

  @Field(() => String, { nullable: true, description: "居民身份证号; blank or null clears it." })
  @IsOptional()
  @MaxLength(ID_NUMBER_INPUT_MAX)
  idNumber?: string | null;
}
