import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "@dongting/subgraph-kit";
import { ForceKind } from "@dongting/domain/requests";
import type { RequestEvent } from "./request-event.entity.js";
import { ResidentRequest } from "./request.entity.js";
import "./request-graphql-enums.js";

/**
 * The parts of a request the resolvers hand on (assignment, rating, review, timeline entries) keep the
 * request's submitter and place, so the read policy's `submitter` relation and its scope (`place`) decide
 * on them without a query.
 */
interface OfSubmitter {
  submitterId: string;
  communityId: string;
  gridId: string | null;
  /** The request's id: the read policy's `handling_member` relation and the parts' own fields (Assignment.unit) need it. */
  requestId?: string;
  /** Whether the request is anonymous: the read policy then hides the parts that name its submitter. */
  anonymous?: boolean;
}

/** What a part of `request` carries of it (see OfSubmitter). */
export const partOf = (request: OfSubmitter & { id: string }): OfSubmitter => ({
  submitterId: request.submitterId,
  communityId: request.communityId,
  gridId: request.gridId,
  requestId: request.id,
  anonymous: request.anonymous,
});

/** A timeline entry as ResidentRequest.events answers it. */
export type TimelineEvent = RequestEvent & OfSubmitter;

/** Who was dispatched; the resolver fills person/team references from the ids. */
@ObjectType()
export class Assignment implements OfSubmitter {
  @Field(() => ForceKind)
  forceKind: ForceKind;

  @Field()
  assigneeName: string;

  @Field(() => Date)
  assignedAt: Date;

  assigneePersonId: string | null;
  volunteerTeamId: string | null;
  submitterId: string;
  communityId: string;
  gridId: string | null;
}

@ObjectType({ description: "群众点评: score 1..5; 4 and 5 count as satisfied." })
export class ResidentRating implements OfSubmitter {
  @Field(() => Int)
  score: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date)
  ratedAt: Date;

  submitterId: string;
  communityId: string;
  gridId: string | null;
}

@ObjectType({ description: "社区反评: the community's review of the resident's rating; an unreasonable one leaves the satisfaction rate." })
export class CommunityReview implements OfSubmitter {
  @Field()
  reasonable: boolean;

  @Field()
  note: string;

  @Field(() => Date)
  reviewedAt: Date;

  submitterId: string;
  communityId: string;
  gridId: string | null;
}

@ObjectType()
export class ResidentRequestConnection extends Connection(ResidentRequest, "ResidentRequest") {}
