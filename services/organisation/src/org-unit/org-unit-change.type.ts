import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "One recorded change of an org unit: who, when, what." })
export class OrgUnitChange {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field({
    description:
      "CREATED, RENAMED, MOVED, DELETED, SECRETARY_SET, MEMBER_JOINED, MEMBER_LEFT, MEMBERSHIP_KIND_SET, TRANSFERRED_OUT, TRANSFERRED_IN, SUNK_DOWN_REPORTED, COVERAGE_SET",
  })
  action: string;

  @Field({ description: "What changed, in Chinese, e.g. 更名：「旧名」→「新名」." })
  summary: string;

  @Field({ description: "The change's details as a JSON object (ids and the names at the time)." })
  detail: string;

  /** Resolved to `actor: Person` by the resolver. */
  actorId: string | null;

  /** The party member an entry is about (MEMBER_JOINED, MEMBER_LEFT, MEMBERSHIP_KIND_SET), else null. */
  memberId: string | null;
}
