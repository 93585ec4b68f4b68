import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "@dongting/subgraph-kit";
import { ForceKind } from "@dongting/domain/requests";
import { ResidentRequest } from "./request.entity.js";
import "./request-graphql-enums.js";

/** Who was dispatched; the resolver fills person/team references from the ids. */
@ObjectType()
export class Assignment {
  @Field(() => ForceKind)
  forceKind: ForceKind;

  @Field()
  assigneeName: string;

  @Field(() => Date)
  assignedAt: Date;

  assigneePersonId: string | null;
  volunteerTeamId: string | null;
}

@ObjectType({ description: "群众点评: score 1..5; 4 and 5 count as satisfied." })
export class ResidentRating {
  @Field(() => Int)
  score: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date)
  ratedAt: Date;
}

@ObjectType({ description: "社区反评: the community's review of the resident's rating; an unreasonable one leaves the satisfaction rate." })
export class CommunityReview {
  @Field()
  reasonable: boolean;

  @Field()
  note: string;

  @Field(() => Date)
  reviewedAt: Date;
}

@ObjectType()
export class ResidentRequestConnection extends Connection(ResidentRequest, "ResidentRequest") {}
