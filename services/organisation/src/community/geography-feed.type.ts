import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum GeographyKind {
  COMMUNITY = "COMMUNITY",
  ORG_UNIT = "ORG_UNIT",
  GRID = "GRID",
  NEIGHBOURHOOD = "NEIGHBOURHOOD",
}
registerEnumType(GeographyKind, { name: "GeographyKind" });

/** One place of the feed the other subgraphs' read copies are pulled from (the kit's GeographyPlace). */
@ObjectType({ description: "A community, org unit, grid or neighbourhood and where it belongs: what the read copies hold." })
export class GeographyPlace {
  @Field(() => GeographyKind)
  kind: GeographyKind;

  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: "ORG_UNIT (null for a street), GRID, NEIGHBOURHOOD." })
  communityId: string | null;

  @Field(() => ID, { nullable: true, description: "NEIGHBOURHOOD." })
  gridId: string | null;

  @Field(() => ID, { nullable: true, description: "COMMUNITY: its street working committee." })
  streetId: string | null;

  @Field(() => String, { nullable: true, description: "COMMUNITY." })
  code: string | null;

  @Field(() => String, { nullable: true, description: "COMMUNITY." })
  name: string | null;
}

@ObjectType()
export class GeographyFeedPage {
  @Field(() => [GeographyPlace])
  places: GeographyPlace[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null after the last." })
  next: string | null;
}
