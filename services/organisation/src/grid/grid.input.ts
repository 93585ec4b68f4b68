import { IsInt, IsOptional, IsUUID, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { GRID_CODE_MAX, HOUSEHOLDS_MAX, HOUSEHOLDS_MIN, NAME_MAX } from "@dongting/domain/organisation";
import { MaxTrimmedLength } from "../input-limits.js";

const ID_MESSAGE = "must be an id returned by this API";

@InputType()
export class CreateGridInput {
  @Field(() => ID, {
    nullable: true,
    description: "Default: the community whose code starts the grid code (DT-11: DT), else the viewer's only one.",
  })
  @IsOptional()
  @IsUUID("all", { message: `communityId ${ID_MESSAGE}` })
  communityId?: string | null;

  @Field({ description: "e.g. DT-11; unique." })
  @MaxTrimmedLength(GRID_CODE_MAX)
  code: string;

  @Field()
  @MaxTrimmedLength(NAME_MAX)
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
  @MaxTrimmedLength(NAME_MAX)
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
  @MaxTrimmedLength(NAME_MAX)
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(HOUSEHOLDS_MIN)
  @Max(HOUSEHOLDS_MAX)
  households: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `leaderId ${ID_MESSAGE}` })
  leaderId?: string | null;
}
