import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { HandlingLevel, Urgency } from "@dongting/domain/requests";
import { ACCESS, checkMayRead } from "../access.js";
import { missedDeadline } from "../domain/overdue.js";
import { CommunityReference } from "../references/community-reference.js";
import { GridReference } from "../references/grid-reference.js";
import { NeighbourhoodReference } from "../references/neighbourhood-reference.js";
import { PersonReference } from "../references/person-reference.js";
import { ShiftReference } from "../references/shift-reference.js";
import { VolunteerTeamReference } from "../references/volunteer-team-reference.js";
import { RequestEvent } from "./request-event.entity.js";
import { ResidentRequest } from "./request.entity.js";
import { AssignInput, RequestFilter, SubmitRequestInput } from "./request.input.js";
import {
  acceptRequest,
  assignRequest,
  escalateRequest,
  rateRequest,
  rejectRequest,
  resolveRequest,
  reviewRequest,
  startRequest,
} from "./request-transition.service.js";
import { submitRequest } from "./request-intake.service.js";
import { listRequests } from "./request-list.service.js";
import { requestById, requestEvents } from "./request.loader.js";
import { Assignment, CommunityReview, partOf, ResidentRating, ResidentRequestConnection, type TimelineEvent } from "./request.type.js";

@Resolver(() => ResidentRequest)
export class ResidentRequestResolver {
  @Authorized()
  @Query(() => ResidentRequest, { nullable: true })
  async request(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ResidentRequest | null> {
    const request = await requestById(ctx).load(id);
    return request && checkMayRead(ctx, request);
  }

  @Authorized()
  @Query(() => ResidentRequestConnection, {
    description: "Newest first. Readers see the requests their grants reach (and their own); residents only their own.",
  })
  requests(
    @Arg("filter", () => RequestFilter, { nullable: true }) filter: RequestFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ResidentRequestConnection> {
    return listRequests(ctx, filter ?? {}, first ?? 20, after);
  }

  @Authorized()
  @Mutation(() => ResidentRequest)
  submitRequest(@Arg("input", () => SubmitRequestInput) input: SubmitRequestInput, @Ctx() ctx: SubgraphContext): Promise<ResidentRequest> {
    return submitRequest(ctx, input);
  }

  @Authorized(...ACCESS.handle)
  @Mutation(() => ResidentRequest, { description: "Grades a SUBMITTED request; sets respondBy/resolveBy from the category's hours." })
  acceptRequest(
    @Arg("id", () => ID) id: string,
    @Arg("level", () => HandlingLevel) level: HandlingLevel,
    @Arg("urgency", () => Urgency) urgency: Urgency,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ResidentRequest> {
    return acceptRequest(ctx, id, level, urgency);
  }

  @Authorized(...ACCESS.handle)
  @Mutation(() => ResidentRequest, { description: "Dispatches (or re-dispatches) an accepted request to a work force." })
  assignRequest(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => AssignInput) input: AssignInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ResidentRequest> {
    return assignRequest(ctx, id, input);
  }

  // Signed in: handlers where the request is, and the members of a unit handling it (access.ts checkMayWork).
  @Authorized()
  @Mutation(() => ResidentRequest)
  startRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ResidentRequest> {
    return startRequest(ctx, id);
  }

  @Authorized()
  @Mutation(() => ResidentRequest, { description: "From ASSIGNED or IN_PROGRESS; by handlers, or a member of a unit handling it." })
  resolveRequest(@Arg("id", () => ID) id: string, @Arg("note") note: string, @Ctx() ctx: SubgraphContext): Promise<ResidentRequest> {
    return resolveRequest(ctx, id, note);
  }

  @Authorized(...ACCESS.handle)
  @Mutation(() => ResidentRequest, { description: "Moves an open request one level up; CONFLICT at DISTRICT." })
  escalateRequest(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: SubgraphContext): Promise<ResidentRequest> {
    return escalateRequest(ctx, id, reason);
  }

  @Authorized(...ACCESS.handle)
  @Mutation(() => ResidentRequest, { description: "From SUBMITTED or ACCEPTED, with a reason." })
  rejectRequest(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: SubgraphContext): Promise<ResidentRequest> {
    return rejectRequest(ctx, id, reason);
  }

  @Authorized()
  @Mutation(() => ResidentRequest, { description: "Only the submitter; only once the request is RESOLVED." })
  rateRequest(
    @Arg("id", () => ID) id: string,
    @Arg("score", () => Int) score: number,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ResidentRequest> {
    return rateRequest(ctx, id, score, comment);
  }

  @Authorized(...ACCESS.handle)
  @Mutation(() => ResidentRequest)
  reviewRequest(
    @Arg("id", () => ID) id: string,
    @Arg("reasonable") reasonable: boolean,
    @Arg("note") note: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ResidentRequest> {
    return reviewRequest(ctx, id, reasonable, note);
  }

  @FieldResolver(() => Boolean, { description: "Past a deadline it has not met (response while SUBMITTED, resolution while in hand)." })
  overdue(@Root() request: ResidentRequest, @Ctx() ctx: SubgraphContext): boolean {
    return missedDeadline(request, ctx.clock.now()) !== null;
  }

  @FieldResolver(() => CommunityReference, { description: "The community the request belongs to (its neighbourhood's or grid's)." })
  community(@Root() request: ResidentRequest): CommunityReference {
    return refTo(request.communityId)!;
  }

  @FieldResolver(() => PersonReference, { nullable: true })
  submitter(@Root() request: ResidentRequest): PersonReference | null {
    return refTo(request.submitterId);
  }

  @FieldResolver(() => GridReference, { nullable: true })
  grid(@Root() request: ResidentRequest): GridReference | null {
    return refTo(request.gridId);
  }

  @FieldResolver(() => NeighbourhoodReference, { nullable: true })
  neighbourhood(@Root() request: ResidentRequest): NeighbourhoodReference | null {
    return refTo(request.neighbourhoodId);
  }

  @FieldResolver(() => ShiftReference, { nullable: true, description: "Set when the request came from a patrol shift." })
  patrolShift(@Root() request: ResidentRequest): ShiftReference | null {
    return refTo(request.patrolShiftId);
  }

  @FieldResolver(() => Assignment, { nullable: true })
  assignment(@Root() request: ResidentRequest): Assignment | null {
    if (!request.forceKind || !request.assigneeName || !request.assignedAt) return null;
    return {
      forceKind: request.forceKind,
      assigneeName: request.assigneeName,
      assignedAt: request.assignedAt,
      assigneePersonId: request.assigneePersonId,
      volunteerTeamId: request.volunteerTeamId,
      ...partOf(request),
    };
  }

  @FieldResolver(() => [RequestEvent], { description: "Oldest first." })
  async events(@Root() request: ResidentRequest, @Ctx() ctx: SubgraphContext): Promise<TimelineEvent[]> {
    const events = await requestEvents(ctx).load(request.id);
    return events.map((event) => ({ ...event, ...partOf(request) }));
  }

  @FieldResolver(() => ResidentRating, { nullable: true })
  residentRating(@Root() request: ResidentRequest): ResidentRating | null {
    if (request.ratingScore == null || !request.ratedAt) return null;
    return { score: request.ratingScore, comment: request.ratingComment, ratedAt: request.ratedAt, ...partOf(request) };
  }

  @FieldResolver(() => CommunityReview, { nullable: true })
  communityReview(@Root() request: ResidentRequest): CommunityReview | null {
    if (request.reviewReasonable == null || request.reviewNote == null || !request.reviewedAt) return null;
    return {
      reasonable: request.reviewReasonable,
      note: request.reviewNote,
      reviewedAt: request.reviewedAt,
      ...partOf(request),
    };
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => PersonReference, { nullable: true })
  assigneePerson(@Root() assignment: Assignment): PersonReference | null {
    return refTo(assignment.assigneePersonId);
  }

  @FieldResolver(() => VolunteerTeamReference, { nullable: true })
  volunteerTeam(@Root() assignment: Assignment): VolunteerTeamReference | null {
    return refTo(assignment.volunteerTeamId);
  }
}

@Resolver(() => RequestEvent)
export class RequestEventResolver {
  @FieldResolver(() => PersonReference, { nullable: true })
  actor(@Root() event: RequestEvent): PersonReference | null {
    return refTo(event.actorId);
  }
}
