import { recordHistory, refuseOnViolation, type SubgraphContext } from "@dongting/subgraph-kit";
import { requirePerson, requireStaffOrMonitor } from "../access.js";
import { ProposalStatus, type VoteChoice } from "../domain/enums.js";
import { outcome } from "../domain/proposal-state.js";
import { refuse, violation } from "../refusals.js";
import { adoptRule } from "../rule/rule.service.js";
import { TALLY_SQL, type Count } from "./proposal.loader.js";
import { Proposal } from "./proposal.entity.js";
import { loadProposal, withProposal } from "./proposal.service.js";
import { Vote } from "./vote.entity.js";

/** Staff or the monitor concerned open voting once the comment period is over, until `closesAt`. */
export async function openVoting(ctx: SubgraphContext, id: string, closesAt: Date): Promise<Proposal> {
  const proposal = await loadProposal(ctx, id);
  await requireStaffOrMonitor(ctx, proposal);
  return withProposal(
    ctx,
    proposal.id,
    "openVoting",
    async (manager, locked, to) => {
      await manager.update(Proposal, { id: locked.id }, { status: to, votingClosesAt: closesAt });
      await recordHistory(manager, ctx.viewer, {
        subjectType: "Proposal",
        subjectId: locked.id,
        action: "VOTING_OPENED",
        detail: { closesAt: closesAt.toISOString() },
      });
      return { ...locked, status: to, votingClosesAt: closesAt } as Proposal;
    },
    closesAt,
  );
}

/**
 * Whether the person may vote (a member of the class, or for a community proposal a monitor of one of its
 * classes) and whether he already has, in one statement.
 */
const ELIGIBLE_SQL = `
  SELECT EXISTS (
    SELECT 1 FROM class_member m JOIN resident_class c ON c.id = m.class_id
    WHERE m.person_id = $1 AND (CASE WHEN $2::uuid IS NULL THEN c.community_id = $3 AND m.post = 'MONITOR' ELSE m.class_id = $2::uuid END)
  ) AS eligible,
  EXISTS (SELECT 1 FROM vote v WHERE v.proposal_id = $4 AND v.person_id = $1) AS voted`;

/**
 * One vote per eligible person. In one transaction: the proposal row FOR SHARE (closeVoting waits for votes in
 * flight, and they for it), the step at the clock (CONFLICT NOT_IN_VOTING / VOTING_CLOSED), eligibility
 * (FORBIDDEN NOT_ELIGIBLE), a vote already cast (CONFLICT ALREADY_VOTED, before any write), then the insert,
 * whose unique key still answers a second vote raced past that check.
 */
export async function castVote(ctx: SubgraphContext, proposalId: string, choice: VoteChoice): Promise<Proposal> {
  const personId = requirePerson(ctx.viewer);
  const proposal = await loadProposal(ctx, proposalId);
  return refuseOnViolation(
    () =>
      withProposal(ctx, proposal.id, "vote", async (manager, locked) => {
        const [{ eligible, voted }] = await manager.query(ELIGIBLE_SQL, [personId, locked.classId, locked.communityId, locked.id]);
        if (!eligible) throw refuse.forbidden("NOT_ELIGIBLE", { proposalId });
        if (voted) throw refuse.conflict("ALREADY_VOTED", { proposalId });
        await manager.insert(Vote, { proposalId: locked.id, personId, choice, at: ctx.clock.now() });
        // The ballot is secret: the history says who voted and when, not how.
        await recordHistory(manager, ctx.viewer, { subjectType: "Proposal", subjectId: locked.id, action: "VOTED" });
        return locked;
      }),
    { vote_once_key: violation("ALREADY_VOTED") },
  );
}

/**
 * Staff or the monitor concerned close the vote (at any time during VOTING): one statement counts it, the domain
 * rule decides (at least half of the eligible voted and YES > NO), the counts are stored, and an adopted
 * proposal writes its rule's next version in the same transaction.
 */
export async function closeVoting(ctx: SubgraphContext, id: string): Promise<Proposal> {
  const proposal = await loadProposal(ctx, id);
  await requireStaffOrMonitor(ctx, proposal);
  const now = ctx.clock.now();
  return withProposal(ctx, proposal.id, "close", async (manager, locked) => {
    const [count]: Count[] = await manager.query(TALLY_SQL, [[locked.id]]);
    const status = outcome(count);
    const ruleId = status === ProposalStatus.ADOPTED ? await adoptRule(manager, locked, now) : locked.ruleId;
    const changes = {
      status,
      closedAt: now,
      eligibleCount: count.eligible,
      yesCount: count.yes,
      noCount: count.no,
      abstainCount: count.abstain,
      ruleId,
      ruleTitle: ruleId ? null : locked.ruleTitle,
    };
    await manager.update(Proposal, { id: locked.id }, changes);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Proposal",
      subjectId: locked.id,
      action: status,
      detail: { eligible: count.eligible, voted: count.voted, yes: count.yes, no: count.no, abstain: count.abstain, ruleId },
    });
    return { ...locked, ...changes } as Proposal;
  });
}
