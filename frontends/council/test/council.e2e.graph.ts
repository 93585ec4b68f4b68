import { postGraph, queryGraph } from "@dongting/ui-kit/e2e";

/**
 * What the browser test sets up and checks through the gateway: a small class of its own (the resident 陈晓,
 * the volunteer 刘洋 and the grid leader 赵强 as its monitor), so three eligible voters make the quorum, and a
 * proposal amending 《院落行车公约》 for it (titles are stored without the book-title marks).
 */
export interface CouncilTokens {
  staff: string;
  resident: string;
  volunteer: string;
}

export interface RuleState {
  id: string;
  title: string;
  number: number;
  text: string;
}

export const RULE_TITLE = "院落行车公约";

export function councilGraph(tokens: CouncilTokens) {
  return {
    async dongtingId(): Promise<string> {
      const data = await queryGraph<{ viewer: { communities: Array<{ id: string; code: string }> } }>(
        `{ viewer { communities { id code } } }`,
        tokens.staff,
      );
      const dongting = data.viewer.communities.find((c) => c.code === "DT");
      if (!dongting) throw new Error(`staff should act in Dongting: ${JSON.stringify(data)}`);
      return dongting.id;
    },

    /** A new class with these members, `monitorId` its 班长. */
    async createClass(name: string, communityId: string, memberIds: string[], monitorId: string): Promise<string> {
      const created = await queryGraph<{ createResidentClass: { id: string } }>(
        `mutation ($name: String!, $communityId: ID) { createResidentClass(name: $name, communityId: $communityId) { id } }`,
        tokens.staff,
        { name, communityId },
      );
      const classId = created.createResidentClass.id;
      for (const personId of memberIds) {
        await queryGraph(
          `mutation ($classId: ID!, $personId: ID!) { addClassMember(classId: $classId, personId: $personId) { id } }`,
          tokens.staff,
          {
            classId,
            personId,
          },
        );
      }
      await queryGraph(
        `mutation ($classId: ID!, $personId: ID!) { setCommitteePost(classId: $classId, personId: $personId, post: MONITOR) { id monitor { id } } }`,
        tokens.staff,
        { classId, personId: monitorId },
      );
      return classId;
    },

    async rule(communityId: string, title = RULE_TITLE): Promise<RuleState> {
      const data = await queryGraph<{ communityRules: Array<{ id: string; title: string; current: { number: number; text: string } }> }>(
        `query ($communityId: ID) { communityRules(communityId: $communityId) { id title current { number text } } }`,
        tokens.staff,
        { communityId },
      );
      const rule = data.communityRules.find((r) => r.title.replace(/[《》]/g, "") === title);
      if (!rule) throw new Error(`the seed should hold ${title}: ${data.communityRules.map((r) => r.title).join(", ")}`);
      return { id: rule.id, title: rule.title, number: rule.current.number, text: rule.current.text };
    },

    /** The resident proposes the amendment for the class; staff publish it with no comment period to wait out. */
    async proposeAmendment(classId: string, rule: RuleState, addedLine: string, title: string): Promise<string> {
      const submitted = await queryGraph<{ submitProposal: { id: string } }>(
        `mutation ($input: ProposalInput!) { submitProposal(input: $input) { id } }`,
        tokens.resident,
        {
          input: {
            title,
            body: "夜间大货车进出院落噪音扰民，建议在公约中增加禁行条款。",
            residentClassId: classId,
            ruleId: rule.id,
            ruleText: `${rule.text.replace(/\s+$/, "")}\n${addedLine}`,
          },
        },
      );
      const id = submitted.submitProposal.id;
      await queryGraph(`mutation ($id: ID!) { publishProposal(id: $id, commentDays: 0) { id status } }`, tokens.staff, { id });
      return id;
    },

    async openVoting(id: string, closesAt: Date): Promise<void> {
      await queryGraph(
        `mutation ($id: ID!, $closesAt: DateTime!) { openVoting(id: $id, closesAt: $closesAt) { id status } }`,
        tokens.staff,
        {
          id,
          closesAt: closesAt.toISOString(),
        },
      );
    },

    /** A vote as `token`'s person: the answer with its errors (a second vote is CONFLICT). */
    vote(token: string, proposalId: string, choice: "YES" | "NO" | "ABSTAIN") {
      return postGraph<{ castVote: { myVote: string } }>(
        `mutation ($proposalId: ID!, $choice: VoteChoice!) { castVote(proposalId: $proposalId, choice: $choice) { myVote } }`,
        token,
        { proposalId, choice },
      );
    },

    async proposal(id: string) {
      const data = await queryGraph<{
        proposal: {
          status: string;
          comments: Array<{ text: string; author: { id: string } | null }>;
          tally: { voted: number; eligible: number };
        };
      }>(`query ($id: ID!) { proposal(id: $id) { status comments { text author { id } } tally { voted eligible } } }`, tokens.staff, {
        id,
      });
      return data.proposal;
    },

    /**
     * The first coming booking of the Lexiang station's 议事厅 (the seed books it for the 班长议事会 every
     * Wednesday evening, organised by 赵强) that starts after `after` and still holds the room, as `token`'s
     * person reads it (its title is the booker's and station staff's).
     */
    async councilRoomBooking(token: string, after: Date): Promise<{ id: string; title: string; startsAt: string; endsAt: string }> {
      const zones = await queryGraph<{ zones: Array<{ id: string; name: string }> }>(`{ zones { id name } }`, token);
      const room = zones.zones.find((zone) => zone.name === "议事厅");
      if (!room) throw new Error(`the station seed should hold a 议事厅: ${zones.zones.map((zone) => zone.name).join(", ")}`);
      const data = await queryGraph<{
        zone: { bookings: Array<{ id: string; title: string; startsAt: string; endsAt: string; status: string }> };
      }>(
        `query ($id: ID!, $from: DateTime!, $to: DateTime!) { zone(id: $id) { bookings(from: $from, to: $to) { id title startsAt endsAt status } } }`,
        token,
        { id: room.id, from: after.toISOString(), to: new Date(after.getTime() + 14 * 86_400_000).toISOString() },
      );
      const booking = data.zone.bookings.find((b) => b.status === "CONFIRMED" && Date.parse(b.startsAt) > after.getTime());
      if (!booking) throw new Error(`the seed should book the 议事厅 in the coming two weeks: ${JSON.stringify(data)}`);
      return booking;
    },

    /** The meetings of that title in the window, with the booking each points at. */
    async meetingsTitled(title: string, from: Date, to: Date) {
      const data = await queryGraph<{ meetings: Array<{ id: string; title: string; booking: { id: string } | null }> }>(
        `query ($from: DateTime!, $to: DateTime!) { meetings(from: $from, to: $to) { id title booking { id } } }`,
        tokens.staff,
        { from: from.toISOString(), to: to.toISOString() },
      );
      return data.meetings.filter((meeting) => meeting.title === title);
    },
  };
}
