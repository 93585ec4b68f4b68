import { Field, Int, ObjectType } from "type-graphql";
import { VolunteerTeam } from "../team/team.entity.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";

/** Figures over the sign-ups of shifts starting in a window. */
@ObjectType({ description: "Service time over the shifts starting in [from, to)." })
export class ServiceTimeSummary {
  @Field()
  from: Date;

  @Field()
  to: Date;

  @Field(() => Int, { description: "Checked-in minutes, each sign-up capped at its shift's length." })
  minutes: number;

  @Field(() => Int, { description: "Sign-ups, including those of shifts still to come." })
  signups: number;

  @Field(() => Int, { description: "Sign-ups that were checked in." })
  attended: number;

  @Field(() => Int, { description: "Signed up, never checked in, shift over." })
  noShows: number;

  @Field(() => Int, { description: "What the no-shows cost: twice each one's shift length." })
  penaltyMinutes: number;

  @Field(() => Int, { description: "The period's service time: minutes less the no-show penalty, never below 0." })
  creditedMinutes: number;

  @Field(() => Int, { description: "Distinct volunteers who were checked in." })
  volunteers: number;
}

@ObjectType({ description: "A team's line in the service-time ranking." })
export class TeamServiceTime {
  @Field(() => Int, { description: "1 for the most minutes; ties share a rank." })
  rank: number;

  @Field(() => VolunteerTeam)
  team: VolunteerTeam;

  @Field(() => ServiceTimeSummary)
  summary: ServiceTimeSummary;
}

@ObjectType({ description: "A volunteer's line in the service-time ranking." })
export class VolunteerServiceTime {
  @Field(() => Int, { description: "1 for the most minutes; ties share a rank." })
  rank: number;

  @Field(() => Volunteer)
  volunteer: Volunteer;

  @Field(() => ServiceTimeSummary)
  summary: ServiceTimeSummary;
}

@ObjectType({ description: "A team's membership in one month (Asia/Shanghai)." })
export class MemberCountByMonth {
  @Field({ description: "YYYY-MM" })
  month: string;

  @Field(() => Int, { description: "Members at the end of the month (now, for the current month)." })
  members: number;

  @Field(() => Int)
  joined: number;

  @Field(() => Int)
  left: number;
}
