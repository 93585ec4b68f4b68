import {
  isInstantKey,
  notFound,
  optionalText,
  pageArgs,
  pageOf,
  reachOf,
  reaches,
  recordHistory,
  requireId,
  requiredText,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import type { EntityManager } from "typeorm";
import {
  COMMENT_DAYS_DEFAULT,
  COMMENT_MAX,
  COMMENTS_PER_PROPOSAL_MAX,
  PROPOSAL_BODY_MAX,
  PROPOSAL_TITLE_MAX,
  RULE_TEXT_MAX,
  RULE_TITLE_MAX,
  commentDaysProblem,
} from "@dongting/domain/council";
import { isStaff, requireProposerOrStaff, requirePerson, staffWriteReach } from "../access.js";
import { ResidentClass } from "../class/resident-class.entity.js";
import { viewerTies } from "../class/viewer-posts.loader.js";
import { ProposalStatus } from "../domain/enums.js";
import { deliberationEnd, step, type ProposalAction } from "../domain/proposal-state.js";
import { refuse } from "../refusals.js";
import { CommunityRule } from "../rule/community-rule.entity.js";
import { ProposalComment } from "./proposal-comment.entity.js";
import { Proposal } from "./proposal.entity.js";
import type { ProposalInput } from "./proposal.input.js";

/** Proposals newest first, of the statuses given; a page and the total. */
export async function listProposals(ctx: SubgraphContext, statuses: ProposalStatus[] | null, first: number, after: string | null) {
  const page = pageArgs(first, after, isInstantKey);
  const query = ctx.db.manager.createQueryBuilder(Proposal, "p");
  if (statuses?.length) query.where("p.status IN (:...statuses)", { statuses });
  const total = query.clone().getCount();
  if (page.after) query.andWhere("(p.createdAt, p.id) < (:at, :id)", { at: page.after.sortKey, id: page.after.id });
  const rows = await query
    .orderBy("p.createdAt", "DESC")
    .addOrderBy("p.id", "DESC")
    .take(page.first + 1)
    .getMany();
  return { ...pageOf(rows, page.first, (row) => row.createdAt.toISOString()), totalCount: await total };
}

/** The community of a community proposal: the amended rule's, else the one community the proposer belongs to. */
async function communityOfProposal(ctx: SubgraphContext, rule: CommunityRule | null): Promise<string> {
  if (rule) return rule.communityId;
  const reach = await reachOf(ctx, "any");
  const ties = await viewerTies(ctx);
  const mine = new Set([...reach.touchedCommunityIds, ...[...ties.classes.values()].map((tie) => tie.communityId)]);
  if (mine.size !== 1) throw refuse.badUserInput("COMMUNITY_REQUIRED", { field: "input.residentClassId" });
  return [...mine][0];
}

export async function submitProposal(ctx: SubgraphContext, input: ProposalInput): Promise<Proposal> {
  const proposerId = requirePerson(ctx.viewer);
  const title = requiredText("title", input.title, PROPOSAL_TITLE_MAX);
  const body = requiredText("body", input.body, PROPOSAL_BODY_MAX);
  const ruleTitle = optionalText("ruleTitle", input.ruleTitle, RULE_TITLE_MAX);
  const ruleText = optionalText("ruleText", input.ruleText, RULE_TEXT_MAX);
  if (input.ruleId && ruleTitle) throw refuse.badUserInput("RULE_TARGET_AMBIGUOUS", { field: "input.ruleTitle" });
  if ((input.ruleId || ruleTitle) && !ruleText) throw refuse.badUserInput("RULE_TEXT_REQUIRED", { field: "input.ruleText" });
  const rule = input.ruleId ? await ctx.db.manager.findOneBy(CommunityRule, { id: input.ruleId }) : null;
  if (input.ruleId && !rule) throw refuse.badUserInput("UNKNOWN_RULE", { field: "input.ruleId" });
  let communityId: string;
  if (input.residentClassId) {
    const residentClass = await ctx.db.manager.findOneBy(ResidentClass, { id: input.residentClassId });
    if (!residentClass) throw refuse.badUserInput("UNKNOWN_CLASS", { field: "input.residentClassId" });
    if (rule && rule.communityId !== residentClass.communityId) throw refuse.badUserInput("UNKNOWN_RULE", { field: "input.ruleId" });
    communityId = residentClass.communityId;
  } else communityId = await communityOfProposal(ctx, rule);
  if (ruleTitle && (await ctx.db.manager.existsBy(CommunityRule, { communityId, title: ruleTitle })))
    throw refuse.conflict("RULE_TITLE_TAKEN", { field: "input.ruleTitle" });
  return ctx.db.transaction(async (manager) => {
    const proposal = manager.create(Proposal, {
      title,
      body,
      status: ProposalStatus.DRAFT,
      communityId,
      classId: input.residentClassId ?? null,
      proposerId,
      sourceRequestId: input.sourceRequestId ?? null,
      ruleId: rule?.id ?? null,
      ruleTitle: rule ? null : ruleTitle,
      ruleText,
      createdAt: ctx.clock.now(),
    });
    await manager.save(proposal);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Proposal",
      subjectId: proposal.id,
      action: "SUBMITTED",
      detail: { title, classId: proposal.classId, sourceRequestId: proposal.sourceRequestId, ruleId: proposal.ruleId, ruleTitle },
    });
    return proposal;
  });
}

export async function loadProposal(ctx: SubgraphContext, id: string): Promise<Proposal> {
  const proposal = await ctx.db.manager.findOneBy(Proposal, { id: requireId("Proposal", id) });
  if (!proposal) throw notFound("Proposal", id);
  return proposal;
}

/**
 * Runs a state change on the locked proposal row: re-reads it FOR UPDATE (FOR SHARE for a vote, so voters do
 * not queue behind each other but do behind closeVoting), checks the step at the clock, then `work`.
 */
export async function withProposal<T>(
  ctx: SubgraphContext,
  id: string,
  action: ProposalAction,
  work: (manager: EntityManager, proposal: Proposal, to: ProposalStatus) => Promise<T>,
  closesAt?: Date,
): Promise<T> {
  return ctx.db.transaction(async (manager) => {
    const proposal = await manager
      .createQueryBuilder(Proposal, "p")
      .setLock(action === "vote" ? "pessimistic_read" : "pessimistic_write")
      .where("p.id = :id", { id })
      .getOne();
    if (!proposal) throw notFound("Proposal", id);
    const next = step(proposal, action, ctx.clock.now(), closesAt);
    if ("refused" in next) throw refuse.conflict(next.refused, { status: proposal.status });
    return work(manager, proposal, next.to);
  });
}

export async function publishProposal(ctx: SubgraphContext, id: string, commentDays = COMMENT_DAYS_DEFAULT): Promise<Proposal> {
  const proposal = await loadProposal(ctx, id);
  await requireProposerOrStaff(ctx, proposal);
  const staffHere = isStaff(ctx.viewer) && reaches(await staffWriteReach(ctx), { communityId: proposal.communityId });
  const problem = commentDaysProblem(commentDays, staffHere);
  if (problem === "COMMENT_DAYS_OUT_OF_RANGE") throw refuse.badUserInput(problem, { field: "commentDays" });
  if (problem) throw refuse.forbidden(problem, { commentDays });
  const now = ctx.clock.now();
  return withProposal(ctx, proposal.id, "publish", async (manager, locked, to) => {
    const deliberationEndsAt = deliberationEnd(now, commentDays);
    await manager.update(Proposal, { id: locked.id }, { status: to, deliberationEndsAt });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Proposal",
      subjectId: locked.id,
      action: "PUBLISHED",
      detail: { commentDays },
    });
    return { ...locked, status: to, deliberationEndsAt } as Proposal;
  });
}

export async function commentOnProposal(ctx: SubgraphContext, id: string, rawText: string): Promise<Proposal> {
  const authorId = requirePerson(ctx.viewer);
  const text = requiredText("text", rawText, COMMENT_MAX);
  const proposal = await loadProposal(ctx, id);
  return withProposal(ctx, proposal.id, "comment", async (manager, locked) => {
    // The row is locked FOR UPDATE: the count cannot be raced past the cap.
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM proposal_comment WHERE proposal_id = $1`, [locked.id]);
    if (n >= COMMENTS_PER_PROPOSAL_MAX) throw refuse.conflict("TOO_MANY_COMMENTS", { proposalId: locked.id });
    const comment = await manager.save(manager.create(ProposalComment, { proposalId: locked.id, authorId, text, at: ctx.clock.now() }));
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Proposal",
      subjectId: locked.id,
      action: "COMMENTED",
      detail: { commentId: comment.id },
    });
    return locked;
  });
}

export async function withdrawProposal(ctx: SubgraphContext, id: string): Promise<Proposal> {
  const proposal = await loadProposal(ctx, id);
  if (!ctx.viewer.personId || ctx.viewer.personId !== proposal.proposerId) throw refuse.forbidden("NOT_PROPOSER");
  return withProposal(ctx, proposal.id, "withdraw", async (manager, locked, to) => {
    await manager.update(Proposal, { id: locked.id }, { status: to });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Proposal",
      subjectId: locked.id,
      action: "WITHDRAWN",
      detail: { from: locked.status },
    });
    return { ...locked, status: to } as Proposal;
  });
}
