import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { checkTimeWindow, isInstantKey, pageArgs, pageOf, refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { MEETING_WINDOW_MAX_DAYS } from "@dongting/domain/council";
import { ACCESS } from "../access.js";
import { CommitteePost } from "../domain/enums.js";
import { Meeting } from "../meeting/meeting.entity.js";
import { meetingsByClass } from "../meeting/meeting.loader.js";
import { CommunityReference, NeighbourhoodReference, PersonReference } from "../references/references.js";
import { ClassCommitteeMember, ClassMemberConnection } from "./class.type.js";
import { classById, committeeByClass, memberCountByClass, membersByClass } from "./class.loader.js";
import { addClassMember, createResidentClass, listClasses, setCommitteePost } from "./class.service.js";
import { ResidentClass } from "./resident-class.entity.js";

@Resolver(() => ResidentClass)
export class ClassResolver {
  @Query(() => [ResidentClass], { description: "The classes of a community (all communities when not given), by name." })
  residentClasses(@Arg("communityId", () => ID, { nullable: true }) communityId: string | null, @Ctx() ctx: SubgraphContext) {
    return listClasses(ctx, communityId ?? null);
  }

  @Query(() => ResidentClass, { nullable: true })
  residentClass(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return classById(ctx).load(id);
  }

  @FieldResolver(() => CommunityReference)
  community(@Root() residentClass: ResidentClass): CommunityReference {
    return { id: residentClass.communityId };
  }

  @FieldResolver(() => NeighbourhoodReference, { nullable: true })
  neighbourhood(@Root() residentClass: ResidentClass) {
    return refTo(residentClass.neighbourhoodId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: "班长" })
  async monitor(@Root() residentClass: ResidentClass, @Ctx() ctx: SubgraphContext) {
    const committee = await committeeByClass(ctx).load(residentClass.id);
    return refTo(committee.find((seat) => seat.post === CommitteePost.MONITOR)?.personId);
  }

  @FieldResolver(() => [ClassCommitteeMember], { description: "班委会: the monitor first, then deputies and members." })
  async committee(@Root() residentClass: ResidentClass, @Ctx() ctx: SubgraphContext): Promise<ClassCommitteeMember[]> {
    const committee = await committeeByClass(ctx).load(residentClass.id);
    return committee.map((seat) => ({ person: { id: seat.personId }, post: seat.post }));
  }

  @FieldResolver(() => Int)
  memberCount(@Root() residentClass: ResidentClass, @Ctx() ctx: SubgraphContext) {
    return memberCountByClass(ctx).load(residentClass.id);
  }

  @FieldResolver(() => ClassMemberConnection, { description: "Longest-standing first." })
  async members(
    @Root() residentClass: ResidentClass,
    @Arg("first", () => Int, { defaultValue: 50, nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ClassMemberConnection> {
    const page = pageArgs(first ?? 50, after, isInstantKey);
    const [rows, totalCount] = await Promise.all([
      membersByClass(ctx, page.first, page.after).load(residentClass.id),
      memberCountByClass(ctx).load(residentClass.id),
    ]);
    const nodes = rows.map((row) => ({ id: row.id, person: { id: row.personId }, joinedAt: row.joinedAt }));
    return { ...pageOf(nodes, page.first, (node) => node.joinedAt.toISOString()), totalCount };
  }

  @FieldResolver(() => [Meeting], { description: "Its committee meetings starting in [from, to), earliest first." })
  meetings(
    @Root() residentClass: ResidentClass,
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Meeting[]> {
    checkTimeWindow(from, to, MEETING_WINDOW_MAX_DAYS);
    return meetingsByClass(ctx, from, to).load(residentClass.id);
  }

  @Authorized(...ACCESS.createResidentClass)
  @Mutation(() => ResidentClass, { description: "COMMUNITY_STAFF in the class's community." })
  createResidentClass(
    @Arg("name") name: string,
    @Arg("neighbourhoodId", () => ID, { nullable: true }) neighbourhoodId: string | null,
    @Arg("communityId", () => ID, { nullable: true }) communityId: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return createResidentClass(ctx, name, neighbourhoodId ?? null, communityId ?? null);
  }

  @Authorized(...ACCESS.addClassMember)
  @Mutation(() => ResidentClass, { description: "Staff or the class's monitor; CONFLICT ALREADY_CLASS_MEMBER." })
  addClassMember(@Arg("classId", () => ID) classId: string, @Arg("personId", () => ID) personId: string, @Ctx() ctx: SubgraphContext) {
    return addClassMember(ctx, classId, personId);
  }

  @Authorized(...ACCESS.setCommitteePost)
  @Mutation(() => ResidentClass, { description: "Staff; a new monitor replaces the old one; one class per monitor." })
  setCommitteePost(
    @Arg("classId", () => ID) classId: string,
    @Arg("personId", () => ID) personId: string,
    @Arg("post", () => CommitteePost) post: CommitteePost,
    @Ctx() ctx: SubgraphContext,
  ) {
    return setCommitteePost(ctx, classId, personId, post);
  }
}
