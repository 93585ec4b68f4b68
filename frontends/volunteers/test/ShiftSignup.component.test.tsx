import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "@dongting/ui-kit";
import { VOLUNTEERS_REASONS } from "@dongting/domain/reasons/volunteers";
import { CANCEL_CLOSES_BEFORE_MINUTES } from "@dongting/domain/volunteers";
import { CANCEL_SIGNUP, SIGN_UP, type MySignup, type ShiftSummary } from "../src/graph/shifts";
import { useSignupControls } from "../src/hooks/useSignupControls";
import { ShiftCard } from "../src/components/ShiftCard";

/** Monday 2026-06-15 10:00 in the community (the kit's TEST_NOW); every shift here is placed around it. */
const NOW = new Date("2026-06-15T02:00:00.000Z");
const VOLUNTEER_ID = "volunteer-liu";
const MINUTE = 60_000;
const at = (minutesFromNow: number) => new Date(NOW.getTime() + minutesFromNow * MINUTE).toISOString();

function shiftAt(startsIn: number, overrides: Partial<ShiftSummary> = {}): ShiftSummary {
  return {
    id: "shift-1",
    title: "夜间巡逻",
    startsAt: at(startsIn),
    endsAt: at(startsIn + 120),
    capacity: 5,
    signupCount: 2,
    location: "党群服务中心",
    cancelledAt: null,
    cancelReason: null,
    team: { id: "team-patrol", name: "七宝巡逻队", kind: "PATROL" },
    ...overrides,
  };
}

function signupFor(shift: ShiftSummary, overrides: Partial<MySignup> = {}): MySignup {
  return { id: "signup-1", checkedInAt: null, checkedOutAt: null, minutes: 0, noShow: false, shift, ...overrides };
}

function SignUpCard({
  shift,
  mine,
  locale,
  volunteerId,
}: {
  shift: ShiftSummary;
  mine?: MySignup;
  locale: Locale;
  volunteerId: string | null;
}) {
  const controls = useSignupControls(volunteerId);
  return <ShiftCard shift={shift} mine={mine} controls={controls} locale={locale} now={NOW} showTeam />;
}

function renderCard(
  shift: ShiftSummary,
  {
    mine,
    mocks = [],
    locale = "zh-CN",
    volunteerId = VOLUNTEER_ID,
  }: { mine?: MySignup; mocks?: MockLink.MockedResponse[]; locale?: Locale; volunteerId?: string | null } = {},
) {
  render(
    <MockedProvider mocks={mocks}>
      <SignUpCard shift={shift} mine={mine} locale={locale} volunteerId={volunteerId} />
    </MockedProvider>,
  );
}

/** A button's words, without the space antd puts between two Chinese characters. */
const words = (element: Element) => element.textContent!.replace(/\s+/g, "");
const button = (action: "sign-up" | "cancel") => document.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);

describe("shift sign-up", () => {
  it("signs the volunteer up with exactly the shift's and his own id", async () => {
    const shift = shiftAt(24 * 60);
    const answered = vi.fn(() => ({ data: { signUpForShift: { __typename: "Shift", id: shift.id, signupCount: 3 } } }));
    renderCard(shift, {
      mocks: [{ request: { query: SIGN_UP, variables: { shiftId: shift.id, volunteerId: VOLUNTEER_ID } }, result: answered }],
    });
    const signUp = button("sign-up")!;
    expect(signUp.disabled).toBe(false);
    expect(words(signUp)).toBe("报名");
    fireEvent.click(signUp);
    await waitFor(() => expect(answered).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(button("sign-up")!.classList.contains("ant-btn-loading")).toBe(false));
    expect(screen.queryByTestId("action-error")).toBeNull();
  });

  it("disables sign-up on a full shift, saying so", () => {
    renderCard(shiftAt(60, { capacity: 3, signupCount: 3 }));
    expect(button("sign-up")!.disabled).toBe(true);
    expect(button("sign-up")!.dataset.availability).toBe("FULL");
    expect(words(button("sign-up")!)).toBe("已满");
  });

  it.each([
    ["Full", shiftAt(60, { capacity: 1, signupCount: 1 })],
    ["Over", shiftAt(-180)],
  ])("says %s in English", (text, shift) => {
    renderCard(shift, { locale: "en-US" });
    expect(button("sign-up")!.disabled).toBe(true);
    expect(words(button("sign-up")!)).toBe(text);
  });

  it("disables sign-up once the shift is over", () => {
    renderCard(shiftAt(-180));
    expect(button("sign-up")!.disabled).toBe(true);
    expect(button("sign-up")!.dataset.availability).toBe("OVER");
    expect(words(button("sign-up")!)).toBe("已结束");
  });

  it("keeps sign-up open on a started shift (a latecomer joins a running patrol), as the subgraph does", () => {
    renderCard(shiftAt(-30));
    expect(button("sign-up")!.disabled).toBe(false);
    expect(button("sign-up")!.dataset.availability).toBe("OPEN");
  });

  it("offers no sign-up to someone who is not a volunteer", () => {
    renderCard(shiftAt(60), { volunteerId: null });
    expect(button("sign-up")).toBeNull();
    expect(button("cancel")).toBeNull();
  });

  it("already signed up: no sign-up button, cancelling sends exactly the shift's and his id", async () => {
    const shift = shiftAt(CANCEL_CLOSES_BEFORE_MINUTES + 1);
    const answered = vi.fn(() => ({ data: { cancelSignup: { __typename: "Shift", id: shift.id, signupCount: 1 } } }));
    renderCard(shift, {
      mine: signupFor(shift),
      mocks: [{ request: { query: CANCEL_SIGNUP, variables: { shiftId: shift.id, volunteerId: VOLUNTEER_ID } }, result: answered }],
    });
    expect(button("sign-up")).toBeNull();
    expect(document.querySelector('[data-signup-state="SIGNED_UP"]')).not.toBeNull();
    expect(button("cancel")!.disabled).toBe(false);
    fireEvent.click(button("cancel")!);
    await waitFor(() => expect(answered).toHaveBeenCalledTimes(1));
  });

  it("already signed up: cancelling is disabled within the shared cancel window", () => {
    const soon = shiftAt(CANCEL_CLOSES_BEFORE_MINUTES - 1);
    renderCard(soon, { mine: signupFor(soon) });
    expect(button("cancel")!.disabled).toBe(true);
  });

  it("already signed up and started: cancelling is disabled, and he cannot sign up twice", () => {
    const started = shiftAt(-10);
    renderCard(started, { mine: signupFor(started) });
    expect(button("cancel")!.disabled).toBe(true);
    expect(button("sign-up")).toBeNull();
  });

  it("checked in: shows the state and no button", () => {
    const started = shiftAt(-10);
    renderCard(started, { mine: signupFor(started, { checkedInAt: at(-15) }) });
    expect(document.querySelector('[data-signup-state="CHECKED_IN"]')).not.toBeNull();
    expect(button("cancel")).toBeNull();
    expect(button("sign-up")).toBeNull();
  });

  it.each([
    ["zh-CN", VOLUNTEERS_REASONS.SHIFT_FULL.zh],
    ["en-US", VOLUNTEERS_REASONS.SHIFT_FULL.en],
  ] as const)("words the SHIFT_FULL refusal by its reason in %s, not by the server's message", async (locale, text) => {
    const shift = shiftAt(24 * 60);
    renderCard(shift, {
      locale,
      mocks: [
        {
          request: { query: SIGN_UP, variables: { shiftId: shift.id, volunteerId: VOLUNTEER_ID } },
          result: {
            errors: [
              { message: "server words that the UI must not show", extensions: { code: "CONFLICT", reason: "SHIFT_FULL", capacity: 5 } },
            ],
          },
        },
      ],
    });
    fireEvent.click(button("sign-up")!);
    const refusal = await screen.findByTestId("action-error");
    expect(refusal.dataset.errorKind).toBe("CONFLICT");
    expect(refusal.dataset.reason).toBe("SHIFT_FULL");
    expect(refusal.textContent).toContain(text);
    expect(refusal.textContent).not.toContain("server words");
  });
});
