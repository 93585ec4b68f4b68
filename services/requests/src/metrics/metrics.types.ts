import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";

export enum MetricsGroupBy {
  GRID = "GRID",
  CATEGORY = "CATEGORY",
  LEVEL = "LEVEL",
  URGENCY = "URGENCY",
  FORCE_KIND = "FORCE_KIND",
  CHANNEL = "CHANNEL",
  MONTH = "MONTH",
  COMMUNITY = "COMMUNITY",
}
registerEnumType(MetricsGroupBy, { name: "MetricsGroupBy" });

@ObjectType({
  description:
    "Three-dimensional assessment (三维考评) over the requests submitted in the window, REJECTED excluded. Rates count " +
    "what is due: a request still inside its window and not yet accepted (resolved) is pending, not a miss. " +
    "responseRate = accepted no later than respondBy / (total - pendingResponse); resolutionRate = RESOLVED or CLOSED / " +
    "(total - pendingResolution), a reopened request counting unresolved until resolved again; satisfactionRate = " +
    "ratings with score >= 4 / ratings, callback ratings (回访) included, a rating left out only once its unreasonable " +
    "review is confirmed by a second staff member. A rate with a zero denominator is null.",
})
export class RateMetrics {
  @Field(() => Int)
  total: number;

  @Field(() => Float, { nullable: true })
  responseRate: number | null;

  @Field(() => Float, { nullable: true })
  resolutionRate: number | null;

  @Field(() => Float, { nullable: true })
  satisfactionRate: number | null;

  @Field(() => Int, { description: "Requests past a deadline they have not met, now." })
  overdue: number;

  @Field(() => Int, { description: "Numerator of responseRate." })
  respondedInTime: number;

  @Field(() => Int, {
    description: "Not yet accepted and respondBy not passed: neither in time nor a miss yet, left out of responseRate.",
  })
  pendingResponse: number;

  @Field(() => Int, { description: "Numerator of resolutionRate." })
  resolved: number;

  @Field(() => Int, {
    description: "Not RESOLVED or CLOSED, never reopened, and resolveBy not passed: left out of resolutionRate's denominator.",
  })
  pendingResolution: number;

  @Field(() => Int, { description: "Denominator of satisfactionRate." })
  ratings: number;

  @Field(() => Int, { description: "Numerator of satisfactionRate." })
  satisfied: number;
}

@ObjectType()
export class MetricsRow {
  @Field({
    description:
      "GRID: the grid id (NONE without one); COMMUNITY: the community id (label: its name); MONTH: YYYY-MM in Shanghai time; " +
      "otherwise the enum value or category name.",
  })
  key: string;

  @Field()
  label: string;

  @Field(() => RateMetrics)
  metrics: RateMetrics;
}

@ObjectType()
export class RequestMetrics {
  @Field(() => RateMetrics)
  overall: RateMetrics;

  @Field(() => [MetricsRow], { description: "Every known group in display order, empty ones included (total 0, rates null)." })
  rows: MetricsRow[];
}
