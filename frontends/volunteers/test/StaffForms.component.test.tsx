import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { VOLUNTEERS_REASONS } from "@dongting/domain/reasons/volunteers";
import type { AttendanceRow, ShiftSummary } from "../src/graph/shifts";
import { CANCEL_SHIFT, CORRECT_SERVICE_TIME, CREATE_SHIFT, UPDATE_SHIFT, UPDATE_TEAM } from "../src/graph/staff-tools";
import { CancelShiftModal } from "../src/components/CancelShiftModal";
import { CorrectionModal } from "../src/components/CorrectionModal";
import { ShiftFormModal } from "../src/components/ShiftFormModal";
import { TeamFormModal } from "../src/components/TeamFormModal";

/** Monday 2026-06-15 10:00 in the community (the kit's TEST_NOW). */
const NOW = new Date("2026-06-15T02:00:00.000Z");
const TEAM = { __typename: "VolunteerTeam" as const, id: "team-patrol", name: "七宝巡逻队", kind: "PATROL" as const };

const SHIFT: ShiftSummary = {
  id: "shift-1",
  title: "夜间巡逻",
  startsAt: "2026-06-16T12:00:00.000Z", // 06-16 20:00 local
  endsAt: "2026-06-16T14:00:00.000Z", // 22:00
  capacity: 5,
  signupCount: 2,
  location: "党群服务中心",
  cancelledAt: null,
  cancelReason: null,
  team: TEAM,
};

const answered = (shift: ShiftSummary) => ({ __typename: "Shift" as const, ...shift });
const refused = (reason: keyof typeof VOLUNTEERS_REASONS, code = "CONFLICT") => ({
  errors: [{ message: "server words that the UI must not show", extensions: { code, reason } }],
});

function renderWith(mocks: MockLink.MockedResponse[], ui: ReactNode) {
  render(<MockedProvider mocks={mocks}>{ui}</MockedProvider>);
}

async function typeInto(testId: string, text: string) {
  const user = userEvent.setup({ delay: null });
  const field = screen.getByTestId(testId);
  await user.clear(field);
  if (text) await user.type(field, text);
}

const click = (testId: string) => userEvent.setup({ delay: null }).click(screen.getByTestId(testId));

describe("shift form", () => {
  it("creates a shift on the community's clock: the day and times typed are Asia/Shanghai", async () => {
    const expected = {
      input: {
        teamId: TEAM.id,
        title: "周末巡逻",
        startsAt: "2026-06-20T00:30:00.000Z",
        endsAt: "2026-06-20T02:30:00.000Z",
        capacity: 8,
        location: "东门",
      },
    };
    const sent = vi.fn((variables: Record<string, unknown>) => JSON.stringify(variables) === JSON.stringify(expected));
    const onClose = vi.fn();
    renderWith(
      [{ request: { query: CREATE_SHIFT, variables: sent }, result: { data: { createShift: answered({ ...SHIFT, id: "new" }) } } }],
      <ShiftFormModal open teamId={TEAM.id} defaultDate="2026-06-20" locale="zh-CN" onClose={onClose} />,
    );
    await typeInto("shift-title", "周末巡逻");
    await typeInto("shift-start", "08:30");
    await typeInto("shift-end", "10:30");
    await typeInto("shift-capacity", "8");
    await typeInto("shift-location", "东门");
    await click("shift-form-submit");
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toHaveBeenCalled();
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });

  it("says in advance that a shift is too long, by the shared reason, and sends nothing", async () => {
    const sent = vi.fn(() => true);
    renderWith(
      [{ request: { query: CREATE_SHIFT, variables: sent }, result: { data: null } }],
      <ShiftFormModal open teamId={TEAM.id} defaultDate="2026-06-20" locale="zh-CN" onClose={() => {}} />,
    );
    await typeInto("shift-title", "通宵值守");
    await typeInto("shift-start", "08:00");
    await typeInto("shift-end", "21:00");
    await click("shift-form-submit");
    expect(await screen.findByText(VOLUNTEERS_REASONS.SHIFT_TOO_LONG.zh)).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it("edits only what changed and words the subgraph's refusal by its reason", async () => {
    const sent = vi.fn(
      (variables: Record<string, unknown>) => JSON.stringify(variables) === JSON.stringify({ id: SHIFT.id, input: { capacity: 1 } }),
    );
    renderWith(
      [{ request: { query: UPDATE_SHIFT, variables: sent }, result: refused("CAPACITY_BELOW_SIGNUPS") }],
      <ShiftFormModal open teamId={TEAM.id} shift={SHIFT} locale="en-US" onClose={() => {}} />,
    );
    expect((screen.getByTestId("shift-start") as HTMLInputElement).value).toBe("20:00");
    await typeInto("shift-capacity", "1");
    await click("shift-form-submit");
    const refusal = await screen.findByTestId("shift-form-error");
    expect(refusal.dataset.reason).toBe("CAPACITY_BELOW_SIGNUPS");
    expect(refusal.textContent).toContain(VOLUNTEERS_REASONS.CAPACITY_BELOW_SIGNUPS.en);
    expect(refusal.textContent).not.toContain("server words");
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });
});

describe("cancelling a shift", () => {
  it("asks for the reason first, then sends it trimmed", async () => {
    const sent = vi.fn((variables: Record<string, unknown>) => variables.id === SHIFT.id && variables.reason === "暴雨预警");
    const onClose = vi.fn();
    const cancelled = { ...SHIFT, cancelledAt: NOW.toISOString(), cancelReason: "暴雨预警" };
    renderWith(
      [{ request: { query: CANCEL_SHIFT, variables: sent }, result: { data: { cancelShift: answered(cancelled) } } }],
      <CancelShiftModal open shift={SHIFT} locale="zh-CN" onClose={onClose} />,
    );
    await click("cancel-shift-submit");
    expect(await screen.findByText("请填写取消原因")).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
    await typeInto("cancel-shift-reason", "  暴雨预警 ");
    await click("cancel-shift-submit");
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });

  it("shows SHIFT_HAS_ATTENDANCE worded from the reasons table", async () => {
    renderWith(
      [{ request: { query: CANCEL_SHIFT, variables: { id: SHIFT.id, reason: "改期" } }, result: refused("SHIFT_HAS_ATTENDANCE") }],
      <CancelShiftModal open shift={SHIFT} locale="zh-CN" onClose={() => {}} />,
    );
    await typeInto("cancel-shift-reason", "改期");
    await click("cancel-shift-submit");
    const refusal = await screen.findByTestId("cancel-shift-error");
    expect(refusal.textContent).toContain(VOLUNTEERS_REASONS.SHIFT_HAS_ATTENDANCE.zh);
  });
});

describe("team form", () => {
  const team = { id: TEAM.id, name: TEAM.name, kind: TEAM.kind, partnerUnit: null, signupDaysAhead: 14 };

  it("keeps sign-up days ahead within 1..14 and sends only the changed setting", async () => {
    const sent = vi.fn(
      (variables: Record<string, unknown>) => JSON.stringify(variables) === JSON.stringify({ id: TEAM.id, input: { signupDaysAhead: 7 } }),
    );
    const onClose = vi.fn();
    renderWith(
      [
        {
          request: { query: UPDATE_TEAM, variables: sent },
          result: {
            data: { updateTeam: { __typename: "VolunteerTeam", id: TEAM.id, name: TEAM.name, partnerUnit: null, signupDaysAhead: 7 } },
          },
        },
      ],
      <TeamFormModal open team={team} locale="zh-CN" onClose={onClose} />,
    );
    // More than 14 is not taken: the field holds 14 again once left, and an unchanged team is not written.
    await typeInto("team-days-ahead", "20");
    await click("team-name");
    await waitFor(() => expect((screen.getByTestId("team-days-ahead") as HTMLInputElement).value).toBe("14"));
    expect(screen.getByText("班次开始前多少天开放报名（1–14 天）")).toBeTruthy();
    await click("team-form-submit");
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(sent).not.toHaveBeenCalled();
    await typeInto("team-days-ahead", "7");
    await click("team-form-submit");
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(2));
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });
});

describe("service time correction", () => {
  const shift = { id: "shift-past", title: "早间巡逻", startsAt: "2026-06-15T00:00:00.000Z", endsAt: "2026-06-15T01:00:00.000Z" };
  // As the cache holds it (with __typename), for the answer that replaces it.
  const signup = {
    __typename: "ShiftSignup",
    id: "signup-1",
    checkedInAt: "2026-06-15T00:02:00.000Z",
    checkedOutAt: null,
    minutes: 0,
    noShow: false,
    lastCorrection: null,
    volunteer: { __typename: "Volunteer", id: "volunteer-liu", person: { __typename: "Person", id: "p5", name: "刘洋" } },
  } as AttendanceRow;

  it("corrects a missed check-out with a reason, starting from the recorded check-in and the shift's end", async () => {
    const expected = {
      shiftId: shift.id,
      volunteerId: "volunteer-liu",
      checkedInAt: "2026-06-15T00:02:00.000Z",
      checkedOutAt: "2026-06-15T01:00:00.000Z",
      reason: "忘记签退",
    };
    const sent = vi.fn((variables: Record<string, unknown>) => JSON.stringify(variables) === JSON.stringify(expected));
    const onClose = vi.fn();
    const corrected = {
      ...signup,
      checkedOutAt: expected.checkedOutAt,
      minutes: 58,
      lastCorrection: {
        __typename: "ServiceTimeCorrection",
        at: NOW.toISOString(),
        reason: "忘记签退",
        minutesBefore: 0,
        checkedInAfter: expected.checkedInAt,
        checkedOutAfter: expected.checkedOutAt,
        by: { __typename: "Person", id: "p6", name: "赵强" },
      },
    };
    renderWith(
      [{ request: { query: CORRECT_SERVICE_TIME, variables: sent }, result: { data: { correctServiceTime: corrected } } }],
      <CorrectionModal open shift={shift} signup={signup} locale="zh-CN" now={NOW} onClose={onClose} />,
    );
    expect((screen.getByTestId("correction-in") as HTMLInputElement).value).toBe("08:02");
    expect((screen.getByTestId("correction-out") as HTMLInputElement).value).toBe("09:00");
    await click("correction-submit");
    expect(await screen.findByText("请填写更正原因")).toBeTruthy();
    await typeInto("correction-reason", "忘记签退");
    await click("correction-submit");
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });

  it("refuses a check-out in the future before asking the subgraph", async () => {
    const sent = vi.fn(() => true);
    renderWith(
      [{ request: { query: CORRECT_SERVICE_TIME, variables: sent }, result: { data: null } }],
      <CorrectionModal
        open
        shift={{ ...shift, endsAt: "2026-06-15T03:00:00.000Z" }}
        signup={signup}
        locale="zh-CN"
        now={NOW}
        onClose={() => {}}
      />,
    );
    await typeInto("correction-out", "10:30");
    await typeInto("correction-reason", "补签退");
    await click("correction-submit");
    expect(await screen.findByText(VOLUNTEERS_REASONS.CORRECTION_IN_FUTURE.zh)).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });
});
