import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import { useQuery } from "@apollo/client/react";
import type { MockLink } from "@apollo/client/testing";
import { describe, expect, it, vi } from "vitest";
import { COUNCIL_REASONS } from "@dongting/domain/reasons/council";
import { CAST_VOTE, PROPOSAL } from "../src/graph/proposals";
import { VotePanel } from "../src/components/VotePanel";
import { TallyCard } from "../src/components/TallyCard";
import { proposalAnswer, refused } from "./fixtures";

/** The panel as the proposal page shows it: fed from the cached PROPOSAL answer, so a vote's answer shows at once. */
function CachedVotePanel({ id }: { id: string }) {
  const { data } = useQuery(PROPOSAL, { variables: { id } });
  const proposal = data?.proposal;
  if (!proposal) return null;
  return <VotePanel proposal={proposal} canVote={proposal.myVote === null} signedIn locale="zh-CN" />;
}

const proposalMock = (answer = proposalAnswer()): MockLink.MockedResponse => ({
  request: { query: PROPOSAL, variables: { id: answer.id } },
  result: { data: { proposal: answer } },
});

describe("voting in one click", () => {
  it("casts the vote clicked, then shows it instead of the buttons", async () => {
    const sent = vi.fn((variables: Record<string, unknown>) => variables.proposalId === "proposal-1" && variables.choice === "NO");
    const voted = proposalAnswer({ myVote: "NO", tally: { ...proposalAnswer().tally, voted: 13 } });
    render(
      <MockedProvider mocks={[proposalMock(), { request: { query: CAST_VOTE, variables: sent }, result: { data: { castVote: voted } } }]}>
        <CachedVotePanel id="proposal-1" />
      </MockedProvider>,
    );
    const no = await screen.findByRole("button", { name: /反对/ });
    await userEvent.setup({ delay: null }).click(no);
    const mine = await screen.findByTestId("my-vote");
    expect(mine.dataset.choice).toBe("NO");
    expect(mine.textContent).toBe("您已投票：反对");
    expect(screen.queryByRole("button", { name: /赞成/ })).toBeNull();
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });

  it("words a second vote's refusal by its reason, not the server's text", async () => {
    render(
      <MockedProvider mocks={[proposalMock(), { request: { query: CAST_VOTE, variables: () => true }, result: refused("ALREADY_VOTED") }]}>
        <CachedVotePanel id="proposal-1" />
      </MockedProvider>,
    );
    await userEvent.setup({ delay: null }).click(await screen.findByRole("button", { name: /赞成/ }));
    const refusal = await screen.findByTestId("vote-error");
    expect(refusal.dataset.reason).toBe("ALREADY_VOTED");
    expect(refusal.textContent).toContain(COUNCIL_REASONS.ALREADY_VOTED.zh);
    expect(refusal.textContent).not.toContain("server words");
  });

  it("offers no buttons to someone signed out, and says why", () => {
    render(
      <MockedProvider mocks={[]}>
        <VotePanel proposal={proposalAnswer()} canVote={false} signedIn={false} locale="en-US" />
      </MockedProvider>,
    );
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(screen.getByTestId("vote-unavailable").textContent).toBe("Sign in to take part.");
  });
});

describe("the tally", () => {
  it("shows only the turnout while voting", () => {
    render(<TallyCard status="VOTING" tally={proposalAnswer().tally} locale="zh-CN" />);
    expect(screen.getByTestId("turnout").textContent).toBe("已投票 12 / 60 人（20%）");
    expect(screen.getByTestId("split-hidden")).toBeTruthy();
    expect(screen.queryByTestId("tally-split")).toBeNull();
    expect(screen.queryByTestId("tally-outcome")).toBeNull();
  });

  it("shows the split and the outcome after closing", () => {
    const tally = { eligible: 60, voted: 41, yes: 30, no: 8, abstain: 3, quorumMet: true, passed: true };
    render(<TallyCard status="ADOPTED" tally={tally} locale="zh-CN" />);
    const split = screen.getByTestId("tally-split");
    expect(within(split).getByText("30")).toBeTruthy();
    expect(within(split).getByText("8")).toBeTruthy();
    expect(screen.getByTestId("tally-outcome").dataset.outcome).toBe("adopted");
  });

  it("says a vote failed for want of a quorum", async () => {
    const tally = { eligible: 60, voted: 20, yes: 18, no: 2, abstain: 0, quorumMet: false, passed: false };
    render(<TallyCard status="REJECTED" tally={tally} locale="en-US" />);
    await waitFor(() => expect(screen.getByTestId("tally-outcome").dataset.outcome).toBe("noQuorum"));
    expect(screen.getByTestId("tally-outcome").textContent).toContain("fewer than half");
  });

  it("shows nothing before voting", () => {
    const { container } = render(<TallyCard status="DELIBERATION" tally={proposalAnswer().tally} locale="zh-CN" />);
    expect(container.textContent).toBe("");
  });
});
