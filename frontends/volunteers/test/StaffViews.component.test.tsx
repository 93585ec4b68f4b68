import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { MySignup, ShiftSummary } from "../src/graph/shifts";
import { RESET_SHIFT_FEED, VERIFY_CERTIFICATE } from "../src/graph/certificates";
import { RemoteContext } from "../src/hooks/useRemote";
import { ANONYMOUS } from "@dongting/ui-kit";
import { CalendarFeedCard } from "../src/components/CalendarFeedCard";
import { LIFT_SIGNUP_BLOCK } from "../src/graph/staff-tools";
import { CancelledNotice } from "../src/components/CancelledNotice";
import { SignupBlockAlert } from "../src/components/SignupBlockAlert";
import { VerifyPage } from "../src/pages/VerifyPage";

const user = () => userEvent.setup({ delay: null });

function renderWith(mocks: MockLink.MockedResponse[], ui: ReactNode) {
  render(<MockedProvider mocks={mocks}>{ui}</MockedProvider>);
}

const shift = (id: string, cancelReason: string | null): ShiftSummary => ({
  id,
  title: `巡逻 ${id}`,
  startsAt: "2026-06-16T12:00:00.000Z",
  endsAt: "2026-06-16T14:00:00.000Z",
  capacity: 5,
  signupCount: 1,
  location: null,
  cancelledAt: cancelReason ? "2026-06-15T02:00:00.000Z" : null,
  cancelReason,
  team: { id: "team-patrol", name: "七宝巡逻队", kind: "PATROL" },
});

const signup = (s: ShiftSummary): MySignup => ({
  id: `signup-${s.id}`,
  checkedInAt: null,
  checkedOutAt: null,
  minutes: 0,
  noShow: false,
  shift: s,
});

describe("cancelled shifts on the week page", () => {
  it("tells the volunteer which of his shifts were called off, with each reason", () => {
    render(<CancelledNotice signups={[signup(shift("a", "暴雨预警，巡逻改期")), signup(shift("b", null))]} locale="zh-CN" />);
    const notice = screen.getByTestId("cancelled-notice");
    expect(notice.textContent).toContain("有班次已取消");
    expect(notice.textContent).toContain("巡逻 a");
    expect(notice.textContent).toContain("暴雨预警，巡逻改期");
    expect(notice.textContent).not.toContain("巡逻 b");
  });

  it("says nothing when none was cancelled", () => {
    render(<CancelledNotice signups={[signup(shift("b", null))]} locale="zh-CN" />);
    expect(screen.queryByTestId("cancelled-notice")).toBeNull();
  });
});

describe("the sign-up block", () => {
  it("shows the block to the volunteer without the staff's button", () => {
    renderWith([], <SignupBlockAlert volunteer={{ id: "v1", signupBlocked: true }} mayLift={false} locale="zh-CN" />);
    expect(screen.getByTestId("signup-blocked").textContent).toContain("90 天内缺勤 2 次");
    expect(document.querySelector('[data-action="lift-block"]')).toBeNull();
  });

  it("lets staff lift it after confirming", async () => {
    const sent = vi.fn(() => true);
    renderWith(
      [
        {
          request: { query: LIFT_SIGNUP_BLOCK, variables: { volunteerId: "v1" } },
          result: () => {
            sent();
            return { data: { liftSignupBlock: { __typename: "Volunteer", id: "v1", signupBlocked: false } } };
          },
        },
      ],
      <SignupBlockAlert volunteer={{ id: "v1", signupBlocked: true }} mayLift locale="zh-CN" />,
    );
    await user().click(document.querySelector('[data-action="lift-block"]')!);
    await user().click(await screen.findByRole("button", { name: "确 定" }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
  });
});

describe("the public verify form", () => {
  it("checks the number and code as printed (upper case, trimmed) and shows the certificate's facts", async () => {
    renderWith(
      [
        {
          request: { query: VERIFY_CERTIFICATE, variables: { number: "DT-VS-2026-000001", code: "ABCD2345" } },
          result: {
            data: {
              verifyCertificate: {
                __typename: "CertificateCheck",
                number: "DT-VS-2026-000001",
                valid: true,
                holder: "刘*",
                minutes: 150,
                issuedAt: "2026-06-15T02:00:00.000Z",
                issuer: "东亭社区",
              },
            },
          },
        },
      ],
      <VerifyPage />,
    );
    await user().type(screen.getByTestId("verify-number"), " dt-vs-2026-000001 ");
    await user().type(screen.getByTestId("verify-code"), "abcd2345");
    await user().click(screen.getByTestId("verify-submit"));
    const result = await screen.findByTestId("verify-result");
    expect(result.dataset.valid).toBe("true");
    expect(result.textContent).toContain("DT-VS-2026-000001");
    expect(result.textContent).toContain("刘*");
    expect(result.textContent).toContain("2 小时 30 分");
    expect(result.textContent).toContain("东亭社区");
  });
});

describe("subscribing to my shifts", () => {
  it("resets the feed and shows its address on the gateway", async () => {
    render(
      <MockedProvider mocks={[{ request: { query: RESET_SHIFT_FEED }, result: { data: { resetShiftCalendarFeed: "tok-123" } } }]}>
        <RemoteContext.Provider
          value={{ locale: "zh-CN", viewer: ANONYMOUS, graphqlUrl: "http://localhost:4000/graphql", getToken: () => null }}
        >
          <CalendarFeedCard locale="zh-CN" />
        </RemoteContext.Provider>
      </MockedProvider>,
    );
    await user().click(document.querySelector('[data-action="reset-feed"]')!);
    const url = (await screen.findByTestId("calendar-feed-url")) as HTMLInputElement;
    expect(url.value).toBe("http://localhost:4000/calendars/shifts/tok-123.ics");
  });
});
