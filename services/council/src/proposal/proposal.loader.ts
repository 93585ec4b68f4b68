import { entityByIdLoader, groupByKey, isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import type { VoteChoice } from "../domain/enums.js";
import { splitVisible } from "../domain/proposal-state.js";
import { ProposalComment } from "./proposal-comment.entity.js";
import { Proposal } from "./proposal.entity.js";

export const proposalById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, Proposal, "proposal");

/** A meeting's agenda: its proposals, oldest first, one statement per batch. */
export const proposalsByMeeting = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, Proposal[]>("proposalsByMeeting", async (meetingIds) => {
    const ids = meetingIds.filter(isUuid);
    const rows = ids.length
      ? await ctx.db.manager
          .createQueryBuilder(Proposal, "p")
          .where("p.meetingId = ANY(:ids)", { ids })
          .orderBy("p.createdAt")
          .addOrderBy("p.id")
          .getMany()
      : [];
    return groupByKey(meetingIds, rows, (row) => row.meetingId!);
  });

export const commentsByProposal = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, ProposalComment[]>("commentsByProposal", async (proposalIds) => {
    const ids = proposalIds.filter(isUuid);
    const rows = ids.length
      ? await ctx.db.manager
          .createQueryBuilder(ProposalComment, "c")
          .where("c.proposalId = ANY(:ids)", { ids })
          .orderBy("c.at")
          .addOrderBy("c.id")
          .getMany()
      : [];
    return groupByKey(proposalIds, rows, (row) => row.proposalId);
  });

export interface Count {
  eligible: number;
  voted: number;
  yes: number;
  no: number;
  abstain: number;
}

/**
 * The count of each proposal of the batch in one statement, however many eligible voters: the eligible are the
 * class's members (a class proposal) or the monitors of the community's classes (a community proposal).
 */
export const TALLY_SQL = `
  SELECT p.id,
    (CASE WHEN p.class_id IS NULL
      THEN (SELECT count(*) FROM class_member m JOIN resident_class c ON c.id = m.class_id WHERE c.community_id = p.community_id AND m.post = 'MONITOR')
      ELSE (SELECT count(*) FROM class_member m WHERE m.class_id = p.class_id) END)::int AS eligible,
    count(v.id)::int AS voted,
    (count(v.id) FILTER (WHERE v.choice = 'YES'))::int AS yes,
    (count(v.id) FILTER (WHERE v.choice = 'NO'))::int AS no,
    (count(v.id) FILTER (WHERE v.choice = 'ABSTAIN'))::int AS abstain
  FROM proposal p LEFT JOIN vote v ON v.proposal_id = p.id
  WHERE p.id = ANY($1::uuid[]) GROUP BY p.id`;

/** Live counts (open proposals); a closed proposal's counts are its stored ones, read without a statement. */
export const tallyByProposal = (ctx: SubgraphContext) =>
  ctx.loaders.get<Proposal, Count, string>(
    "tallyByProposal",
    async (proposals) => {
      const live = proposals.filter((p) => !splitVisible(p.status)).map((p) => p.id);
      const rows: Array<Count & { id: string }> = live.length ? await ctx.db.query(TALLY_SQL, [live]) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return proposals.map((p) =>
        splitVisible(p.status)
          ? {
              eligible: p.eligibleCount ?? 0,
              voted: (p.yesCount ?? 0) + (p.noCount ?? 0) + (p.abstainCount ?? 0),
              yes: p.yesCount ?? 0,
              no: p.noCount ?? 0,
              abstain: p.abstainCount ?? 0,
            }
          : (byId.get(p.id) ?? { eligible: 0, voted: 0, yes: 0, no: 0, abstain: 0 }),
      );
    },
    { cacheKeyFn: (p) => p.id },
  );

/** The viewer's own vote on each proposal of the batch. */
export const myVoteByProposal = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, VoteChoice | null>("myVoteByProposal", async (proposalIds) => {
    const ids = proposalIds.filter(isUuid);
    if (!ctx.viewer.personId || ids.length === 0) return proposalIds.map(() => null);
    const rows: Array<{ proposal_id: string; choice: VoteChoice }> = await ctx.db.query(
      `SELECT proposal_id, choice FROM vote WHERE person_id = $1 AND proposal_id = ANY($2::uuid[])`,
      [ctx.viewer.personId, ids],
    );
    const byId = new Map(rows.map((row) => [row.proposal_id, row.choice]));
    return proposalIds.map((id) => byId.get(id) ?? null);
  });
