import { cleanup, render } from "@testing-library/react";
import { screen, waitFor } from "@testing-library/dom";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COMMON_REASONS } from "@dongting/domain/reasons/common";
import { LocaleProvider, type Locale } from "@dongting/ui-kit";
import { SignIn } from "../src/SignIn";

afterEach(cleanup);

/** Nothing listens there: the dev-token request fails as it does when the gateway is down. */
const UNREACHABLE = "http://127.0.0.1:9/auth/dev-token";

function renderSignIn(signedOutNotice: boolean, locale: Locale = "zh-CN") {
  const onSignedIn = vi.fn();
  render(
    <LocaleProvider locale={locale}>
      <SignIn authUrl={UNREACHABLE} locale={locale} onSignedIn={onSignedIn} signedOutNotice={signedOutNotice} />
    </LocaleProvider>,
  );
  return onSignedIn;
}

describe("sign-in screen", () => {
  it("says why it is back after the gateway refused the token, in the UI's language", () => {
    renderSignIn(true);
    const notice = screen.getByTestId("signed-out-notice");
    expect(notice.textContent).toContain(COMMON_REASONS.SIGN_IN_REQUIRED.zh);
    expect(notice.textContent).toContain("请重新选择身份登录");
    expect(document.querySelectorAll("[data-persona]")).toHaveLength(7);
    cleanup();
    renderSignIn(true, "en-US");
    expect(screen.getByTestId("signed-out-notice").textContent).toContain(COMMON_REASONS.SIGN_IN_REQUIRED.en);
  });

  it("shows no notice on a first visit", () => {
    renderSignIn(false);
    expect(screen.queryByTestId("signed-out-notice")).toBeNull();
  });

  it("replaces the notice by the failure when no token can be had, and signs nobody in", async () => {
    const onSignedIn = renderSignIn(true);
    const user = userEvent.setup();
    await user.click(document.querySelector('[data-persona="resident"]')!);
    await waitFor(() => expect(screen.getByText("登录失败")).toBeTruthy(), { timeout: 10_000 });
    expect(screen.queryByTestId("signed-out-notice")).toBeNull();
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});
