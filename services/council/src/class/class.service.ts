import {
  communityInCopy,
  isUuid,
  neighbourhoodInCopy,
  notFound,
  recordHistory,
  refuseOnViolation,
  requireId,
  requiredText,
  type Reach,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { CLASS_NAME_MAX, COMMITTEE_MAX } from "@dongting/domain/council";
import { requireStaffIn, requireStaffOrMonitor, staffWriteReach } from "../access.js";
import { CommitteePost } from "../domain/enums.js";
import { refuse, violation } from "../refusals.js";
import { ClassMemberRow } from "./class-member.entity.js";
import { ResidentClass } from "./resident-class.entity.js";

/** The classes of one community (or every community), by name. */
export function listClasses(ctx: SubgraphContext, communityId: string | null): Promise<ResidentClass[]> {
  if (communityId !== null && !isUuid(communityId)) return Promise.resolve([]);
  return ctx.db.manager.find(ResidentClass, { where: communityId ? { communityId } : {}, order: { name: "ASC", id: "ASC" } });
}

/** The community of a new class: the neighbourhood's, the one named, else the single one the caller's grants reach. */
async function communityOfNewClass(
  ctx: SubgraphContext,
  reach: Reach,
  communityId: string | null,
  neighbourhoodId: string | null,
): Promise<string> {
  if (!reach.global && reach.communityIds.length === 0) throw refuse.forbidden("OUT_OF_SCOPE", { communityId });
  let community = communityId;
  if (neighbourhoodId) {
    const place = await neighbourhoodInCopy(ctx.db, neighbourhoodId);
    if (!place || (community && place.communityId !== community))
      throw refuse.badUserInput("UNKNOWN_NEIGHBOURHOOD", { field: "neighbourhoodId", neighbourhoodId });
    community = place.communityId;
  }
  if (!community) {
    if (reach.global || reach.communityIds.length !== 1) throw refuse.badUserInput("COMMUNITY_REQUIRED", { field: "communityId" });
    return reach.communityIds[0];
  }
  if (!(await communityInCopy(ctx.db, community)))
    throw refuse.badUserInput("UNKNOWN_COMMUNITY", { field: "communityId", communityId: community });
  requireStaffIn(reach, community);
  return community;
}

export async function createResidentClass(
  ctx: SubgraphContext,
  rawName: string,
  neighbourhoodId: string | null,
  communityId: string | null,
): Promise<ResidentClass> {
  const name = requiredText("name", rawName, CLASS_NAME_MAX);
  const community = await communityOfNewClass(ctx, await staffWriteReach(ctx), communityId, neighbourhoodId);
  return refuseOnViolation(
    () =>
      ctx.db.transaction(async (manager) => {
        const created = manager.create(ResidentClass, { name, communityId: community, neighbourhoodId, createdAt: ctx.clock.now() });
        await manager.save(created);
        await recordHistory(manager, ctx.viewer, {
          subjectType: "ResidentClass",
          subjectId: created.id,
          action: "CREATED",
          detail: { name, communityId: community, neighbourhoodId },
        });
        return created;
      }),
    { resident_class_name_key: violation("CLASS_NAME_TAKEN") },
  );
}

async function loadClass(ctx: SubgraphContext, classId: string): Promise<ResidentClass> {
  const found = await ctx.db.manager.findOneBy(ResidentClass, { id: requireId("ResidentClass", classId) });
  if (!found) throw notFound("ResidentClass", classId);
  return found;
}

/** Staff or the class's monitor add a person of the community; CONFLICT when he is in it already. */
export async function addClassMember(ctx: SubgraphContext, classId: string, personId: string): Promise<ResidentClass> {
  const residentClass = await loadClass(ctx, classId);
  if (!isUuid(personId)) throw refuse.badUserInput("INVALID_PERSON_ID", { field: "personId" });
  await requireStaffOrMonitor(ctx, { communityId: residentClass.communityId, classId });
  await refuseOnViolation(
    () =>
      ctx.db.transaction(async (manager) => {
        await manager.insert(ClassMemberRow, { classId, personId, post: null, joinedAt: ctx.clock.now() });
        await recordHistory(manager, ctx.viewer, {
          subjectType: "ResidentClass",
          subjectId: classId,
          action: "MEMBER_ADDED",
          detail: { personId },
        });
      }),
    { class_member_key: violation("ALREADY_CLASS_MEMBER") },
  );
  return residentClass;
}

/**
 * Staff set a committee post; the person joins the class if he is not in it. A new monitor replaces the
 * class's current one (who stays a member); a person monitors one class at most (CONFLICT otherwise). The
 * class row is locked, so two staff setting monitors at once take turns; the partial unique indexes hold.
 */
export async function setCommitteePost(
  ctx: SubgraphContext,
  classId: string,
  personId: string,
  post: CommitteePost,
): Promise<ResidentClass> {
  const residentClass = await loadClass(ctx, classId);
  if (!isUuid(personId)) throw refuse.badUserInput("INVALID_PERSON_ID", { field: "personId" });
  requireStaffIn(await staffWriteReach(ctx), residentClass.communityId);
  const now = ctx.clock.now();
  await refuseOnViolation(
    () =>
      ctx.db.transaction(async (manager) => {
        await manager.query(`SELECT id FROM resident_class WHERE id = $1 FOR UPDATE`, [classId]);
        const [{ others }] = await manager.query(
          `SELECT count(*)::int AS others FROM class_member WHERE class_id = $1 AND post IS NOT NULL AND post <> 'MONITOR' AND person_id <> $2`,
          [classId, personId],
        );
        // The monitor's seat is always free to fill (a new monitor replaces the old one).
        if (post !== CommitteePost.MONITOR && others + 1 >= COMMITTEE_MAX) throw refuse.conflict("COMMITTEE_FULL", { classId });
        if (post === CommitteePost.MONITOR) {
          await manager.query(`UPDATE class_member SET post = NULL WHERE class_id = $1 AND post = 'MONITOR' AND person_id <> $2`, [
            classId,
            personId,
          ]);
        }
        await manager.query(
          `INSERT INTO class_member (class_id, person_id, post, joined_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (class_id, person_id) DO UPDATE SET post = EXCLUDED.post`,
          [classId, personId, post, now],
        );
        await recordHistory(manager, ctx.viewer, {
          subjectType: "ResidentClass",
          subjectId: classId,
          action: "POST_SET",
          detail: { personId, post },
        });
      }),
    { class_member_monitor_once_key: violation("ALREADY_MONITOR_ELSEWHERE") },
  );
  return residentClass;
}
