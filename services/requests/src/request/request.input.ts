import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import {
  ASSIGNEE_NAME_MAX,
  CATEGORY_NAME_MAX,
  CLIENT_REQUEST_ID_MAX,
  DeadlineState,
  FILTER_VALUES_MAX,
  ForceKind,
  HandlingLevel,
  REQUEST_DESCRIPTION_MAX,
  REQUEST_SEARCH_MAX,
  REQUEST_TITLE_MAX,
  RequestChannel,
  RequestStatus,
  Urgency,
} from "@dongting/domain/requests";
import { TextLimit } from "../text-limit.js";
import "./request-graphql-enums.js";
import "./request-deadline.enum.js";

const ID_MESSAGE = "must be an id returned by this API";

@InputType()
export class RequestFilter {
  @Field(() => [RequestStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  status?: RequestStatus[] | null;

  @Field(() => [Urgency], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  urgency?: Urgency[] | null;

  @Field(() => [HandlingLevel], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  level?: HandlingLevel[] | null;

  @Field(() => ID, { nullable: true, description: "Only this community's requests (within those the viewer may read)." })
  @IsOptional()
  @IsUUID("all", { message: `communityId ${ID_MESSAGE}` })
  communityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `gridId ${ID_MESSAGE}` })
  gridId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `submitterId ${ID_MESSAGE}` })
  submitterId?: string | null;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @Field(() => [DeadlineState], { nullable: true, description: "Only requests whose deadlineState is one of these, now." })
  @IsOptional()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  deadlineState?: DeadlineState[] | null;

  @Field(() => String, { nullable: true, description: "Matched against code, title and description." })
  @IsOptional()
  @TextLimit(REQUEST_SEARCH_MAX)
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "我的任务: the requests handled by a unit the viewer is a member of (open and closed; filter by status).",
  })
  assignedToMe?: boolean | null;

  @Field(() => ID, { nullable: true, description: "The requests this unit handles: for its members, and for readers where they read." })
  @IsOptional()
  @IsUUID("all", { message: `unitId ${ID_MESSAGE}` })
  unitId?: string | null;
}

@InputType()
export class SubmitRequestInput {
  @Field({ description: "Idempotency key: submitting the same key twice returns the first request." })
  @MinLength(1)
  @MaxLength(CLIENT_REQUEST_ID_MAX)
  clientRequestId: string;

  /** Blank is refused by the service (TEXT_BLANK) after trimming. */
  @Field()
  @TextLimit(REQUEST_TITLE_MAX)
  title: string;

  @Field()
  @TextLimit(REQUEST_DESCRIPTION_MAX)
  description: string;

  @Field(() => RequestChannel)
  channel: RequestChannel;

  @Field()
  @TextLimit(CATEGORY_NAME_MAX)
  category: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `submitterId ${ID_MESSAGE}` })
  submitterId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `neighbourhoodId ${ID_MESSAGE}` })
  neighbourhoodId?: string | null;

  @Field(() => ID, { nullable: true, description: "The neighbourhood's grid (the client knows it from the organisation graph)." })
  @IsOptional()
  @IsUUID("all", { message: `gridId ${ID_MESSAGE}` })
  gridId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The community the request is for. Optional: the neighbourhood's or grid's community, else the viewer's only one; " +
      "one that disagrees with the neighbourhood or grid is refused.",
  })
  @IsOptional()
  @IsUUID("all", { message: `communityId ${ID_MESSAGE}` })
  communityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `patrolShiftId ${ID_MESSAGE}` })
  patrolShiftId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Submit anonymously: who asked is shown only to the submitter and community staff (default false).",
  })
  anonymous?: boolean | null;
}

@InputType()
export class AssignInput {
  @Field(() => ForceKind)
  forceKind: ForceKind;

  @Field()
  @TextLimit(ASSIGNEE_NAME_MAX)
  assigneeName: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `assigneePersonId ${ID_MESSAGE}` })
  assigneePersonId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only with forceKind VOLUNTEER." })
  @IsOptional()
  @IsUUID("all", { message: `volunteerTeamId ${ID_MESSAGE}` })
  volunteerTeamId?: string | null;
}
