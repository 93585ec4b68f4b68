import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { MAX_HOUSEHOLDS_PER_BUILDING } from "./building.entity.js";

const ID_MESSAGE = "must be an id returned by this API";

@InputType()
export class CreateGridInput {
  @Field({ description: "e.g. DT-11; unique." })
  @MaxLength(200)
  code: string;

  @Field()
  @MaxLength(200)
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `leaderId ${ID_MESSAGE}` })
  leaderId?: string | null;
}

@InputType()
export class CreateNeighbourhoodInput {
  @Field(() => ID)
  @IsUUID("all", { message: `gridId ${ID_MESSAGE}` })
  gridId: string;

  @Field()
  @MaxLength(200)
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `leaderId ${ID_MESSAGE}` })
  leaderId?: string | null;
}

@InputType()
export class CreateBuildingInput {
  @Field(() => ID)
  @IsUUID("all", { message: `neighbourhoodId ${ID_MESSAGE}` })
  neighbourhoodId: string;

  @Field()
  @MaxLength(200)
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_HOUSEHOLDS_PER_BUILDING)
  households: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `leaderId ${ID_MESSAGE}` })
  leaderId?: string | null;
}
