import { ArrayMaxSize, IsOptional, IsUUID } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ASSIGNEE_NAME_MAX, ForceKind } from "@dongting/domain/requests";
import { TextLimit } from "../text-limit.js";
import "../request/request-graphql-enums.js";

/** A unit's members at most (a unit is a working group; a whole volunteer team stays the volunteers subgraph's). */
export const UNIT_MEMBERS_MAX = 100;
/** A dispatch's note at most: it follows the unit's name in a timeline note. */
export const DISPATCH_NOTE_MAX = 500;

const ID_MESSAGE = "must be an id returned by this API";

@InputType()
export class ServiceUnitInput {
  /** Blank is refused by the service (TEXT_BLANK) after trimming. */
  @Field()
  @TextLimit(ASSIGNEE_NAME_MAX)
  name: string;

  @Field(() => ForceKind)
  forceKind: ForceKind;

  @Field(() => ID, { nullable: true, description: "Optional: the viewer's only community (where they manage units)." })
  @IsOptional()
  @IsUUID("all", { message: `communityId ${ID_MESSAGE}` })
  communityId?: string | null;

  @Field(() => ID, { nullable: true, description: "One of memberIds." })
  @IsOptional()
  @IsUUID("all", { message: `leaderId ${ID_MESSAGE}` })
  leaderId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Organisation's people." })
  @IsOptional()
  @ArrayMaxSize(UNIT_MEMBERS_MAX)
  @IsUUID("all", { each: true, message: `memberIds ${ID_MESSAGE}` })
  memberIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Required for force kind VOLUNTEER, refused for the others." })
  @IsOptional()
  @IsUUID("all", { message: `volunteerTeamId ${ID_MESSAGE}` })
  volunteerTeamId?: string | null;
}
