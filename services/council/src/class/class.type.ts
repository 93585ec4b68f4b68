import { Field, ObjectType } from "type-graphql";
import { Connection } from "@dongting/subgraph-kit";
import { CommitteePost } from "../domain/enums.js";
import { PersonReference } from "../references/references.js";

@ObjectType("ClassCommitteeMember")
export class ClassCommitteeMember {
  @Field(() => PersonReference)
  person: PersonReference;

  @Field(() => CommitteePost)
  post: CommitteePost;
}

/** A member of a class (the row's id is kept for the cursor). */
@ObjectType("ClassMember")
export class ClassMember {
  id: string;

  @Field(() => PersonReference)
  person: PersonReference;

  @Field()
  joinedAt: Date;
}

@ObjectType("ClassMemberConnection")
export class ClassMemberConnection extends Connection(ClassMember, "ClassMember") {}
