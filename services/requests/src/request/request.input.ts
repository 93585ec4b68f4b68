import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ForceKind, HandlingLevel, RequestChannel, RequestStatus, Urgency } from "../domain/request-enums.js";
import "./request-graphql-enums.js";

const ID_MESSAGE = "must be an id returned by this API";

@InputType()
export class RequestFilter {
  @Field(() => [RequestStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  status?: RequestStatus[] | null;

  @Field(() => [Urgency], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  urgency?: Urgency[] | null;

  @Field(() => [HandlingLevel], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  level?: HandlingLevel[] | null;

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

  @Field(() => String, { nullable: true, description: "Matched against code, title and description." })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType()
export class SubmitRequestInput {
  @Field({ description: "Idempotency key: submitting the same key twice returns the first request." })
  @MinLength(1)
  @MaxLength(100)
  clientRequestId: string;

  /** Checked for 1..80 after trimming in the service; this only bounds the payload. */
  @Field()
  @MaxLength(400)
  title: string;

  /** Checked for 1..2000 after trimming in the service. */
  @Field()
  @MaxLength(8000)
  description: string;

  @Field(() => RequestChannel)
  channel: RequestChannel;

  @Field()
  @MaxLength(20)
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `patrolShiftId ${ID_MESSAGE}` })
  patrolShiftId?: string | null;
}

@InputType()
export class AssignInput {
  @Field(() => ForceKind)
  forceKind: ForceKind;

  /** Checked for 1..60 after trimming in the service. */
  @Field()
  @MaxLength(200)
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
