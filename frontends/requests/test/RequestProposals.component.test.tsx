import { act, cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { REQUEST_DETAIL, REQUEST_PROPOSALS } from "../src/graph/requests";
import { RequestPage } from "../src/pages/RequestPage";
import { PermissionsContext, permissionsOf } from "../src/hooks/usePermissions";
import { RESIDENT_ID, answers, requestCard, withGraph } from "./support/graph";
import type { Locale } from "@dongting/ui-kit";

afterEach(cleanup);

const PROPOSAL_ID = "70000000-0000-4000-8000-000000000001";

/** 陈晓's closed request about the lift, which the council took up as a proposal. */
const detail = {
  request: {
    ...requestCard({ status: "CLOSED", title: "3栋加装电梯" }),
    description: "3栋老人多，希望加装电梯",
    respondedAt: "2026-06-15T03:00:00.000Z",
    resolvedAt: "2026-06-16T03:00:00.000Z",
    neighbourhood: null,
    patrolShift: null,
    events: [
      { __typename: "RequestEvent", at: "2026-06-15T02:00:00.000Z", type: "SUBMITTED", note: null, actor: null },
      { __typename: "RequestEvent", at: "2026-06-16T03:00:00.000Z", type: "CLOSED", note: null, actor: null },
    ],
  },
};

const grown = {
  request: {
    __typename: "ResidentRequest",
    id: "r-1",
    proposals: [{ __typename: "Proposal", id: PROPOSAL_ID, title: "3栋加装电梯议题", status: "DELIBERATION" }],
  },
};

function renderPage(proposalsMock: Parameters<typeof withGraph>[1][number], locale: Locale = "zh-CN") {
  return render(
    withGraph(
      <PermissionsContext.Provider value={permissionsOf({ personId: RESIDENT_ID, roles: ["RESIDENT"] })}>
        <RequestPage id="r-1" locale={locale} />
      </PermissionsContext.Provider>,
      [answers(REQUEST_DETAIL, detail, { id: "r-1" }), proposalsMock],
      locale,
    ),
  );
}

describe("the request's timeline", () => {
  it("ends with the council proposal that grew out of the request, its status and a link to its page", async () => {
    renderPage(answers(REQUEST_PROPOSALS, grown, { id: "r-1" }));
    const entry = await screen.findByTestId("timeline-proposal");
    const timeline = screen.getByTestId("request-timeline");
    expect(within(timeline).getAllByTestId("timeline-event")).toHaveLength(2);
    expect(entry.getAttribute("data-proposal-status")).toBe("DELIBERATION");
    const link = within(entry).getByRole("link", { name: "转为议事提案《3栋加装电梯议题》" });
    expect(link.getAttribute("href")).toBe(`/council/proposals/${PROPOSAL_ID}`);
    expect(within(entry).getByText("公示征求意见")).toBeTruthy();
  });

  it("words it in English", async () => {
    renderPage(answers(REQUEST_PROPOSALS, grown, { id: "r-1" }), "en-US");
    const entry = await screen.findByTestId("timeline-proposal");
    expect(within(entry).getByRole("link", { name: "Became council proposal “3栋加装电梯议题”" })).toBeTruthy();
    expect(within(entry).getByText("Open for comment")).toBeTruthy();
  });

  it("still shows the request and its history when the council cannot answer", async () => {
    renderPage({
      request: { query: REQUEST_PROPOSALS, variables: { id: "r-1" } },
      result: { data: null, errors: [{ message: "subgraph council unavailable", extensions: { code: "SUBREQUEST_HTTP_ERROR" } }] },
      maxUsageCount: Number.POSITIVE_INFINITY,
    } as never);
    const page = await screen.findByTestId("request-detail");
    // Let the proposals' refusal arrive too.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(within(page).getAllByTestId("timeline-event")).toHaveLength(2);
    expect(within(page).queryByTestId("timeline-proposal")).toBeNull();
    expect(page.querySelector("[data-error-kind]")).toBeNull();
  });
});
