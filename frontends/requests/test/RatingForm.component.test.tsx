import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { RATING_COMMENT_MAX } from "@dongting/domain/requests";
import type { Locale } from "@dongting/ui-kit";
import { RatingForm } from "../src/components/RatingForm";
import { RATE_REQUEST } from "../src/graph/requests";
import { refusal, requestCard, withGraph } from "./support/graph";

const rated = (score: number) => ({ data: { rateRequest: requestCard({ status: score >= 3 ? "CLOSED" : "IN_PROGRESS" }) } });

function renderRating(mocks: Parameters<typeof withGraph>[1], locale: Locale = "zh-CN") {
  const onRated = vi.fn();
  render(withGraph(<RatingForm requestId="r-1" locale={locale} onRated={onRated} />, mocks, locale));
  return onRated;
}

const submit = () => screen.getByTestId("rating-submit") as HTMLButtonElement;

/** Clicks the n-th star (1..5). */
async function chooseStars(user: ReturnType<typeof userEvent.setup>, n: number) {
  const star = screen.getByTestId("rating-stars").querySelectorAll(".ant-rate-star")[n - 1]!;
  await user.click(star.firstElementChild!);
}

describe("RatingForm", () => {
  it("stays disabled until a star is chosen, then sends exactly the score and the trimmed comment", async () => {
    const onRated = renderRating([
      { request: { query: RATE_REQUEST, variables: { id: "r-1", score: 2, comment: "灯还是不亮" } }, result: rated(2) },
    ]);
    const user = userEvent.setup();
    expect(submit().disabled).toBe(true);
    await chooseStars(user, 2);
    expect(screen.getByTestId("rating-label").textContent).toBe("不满意");
    expect(submit().disabled).toBe(false);
    await user.type(screen.getByTestId("rating-comment"), "  灯还是不亮 ");
    await user.click(submit());
    await waitFor(() => expect(onRated).toHaveBeenCalledTimes(1));
    // Below the closing score the request goes back for handling.
    expect(await screen.findByText("已收到评价，诉求将重新办理")).toBeTruthy();
  });

  it("sends no comment as null and says a closing score closes the request", async () => {
    const onRated = renderRating([
      { request: { query: RATE_REQUEST, variables: { id: "r-1", score: 5, comment: null } }, result: rated(5) },
    ]);
    const user = userEvent.setup();
    await chooseStars(user, 5);
    expect(screen.getByTestId("rating-label").textContent).toBe("非常满意");
    await user.click(submit());
    await waitFor(() => expect(onRated).toHaveBeenCalledTimes(1));
    expect(await screen.findByText("感谢评价，诉求已办结")).toBeTruthy();
  });

  it("holds the comment to the shared limit", async () => {
    const onRated = renderRating([]);
    const user = userEvent.setup();
    await chooseStars(user, 4);
    fireEvent.change(screen.getByTestId("rating-comment"), { target: { value: "好".repeat(RATING_COMMENT_MAX + 1) } });
    await user.click(submit());
    expect(await screen.findByText(`不超过 ${RATING_COMMENT_MAX} 个字`)).toBeTruthy();
    expect(onRated).not.toHaveBeenCalled();
  });

  it("shows the refusal's reason in the UI's language, in Chinese and in English", async () => {
    for (const [locale, text] of [
      ["zh-CN", "该诉求已经评价过了"],
      ["en-US", "The request has already been rated"],
    ] as const) {
      const onRated = renderRating(
        [
          {
            request: { query: RATE_REQUEST, variables: { id: "r-1", score: 4, comment: null } },
            result: refusal("该诉求已经评价过了 (The request has already been rated)", { code: "CONFLICT", reason: "ALREADY_RATED" }),
          },
        ],
        locale,
      );
      const user = userEvent.setup();
      await chooseStars(user, 4);
      await user.click(submit());
      const error = await screen.findByTestId("graph-error");
      expect(error.getAttribute("data-error-kind")).toBe("CONFLICT");
      expect(within(error).getByText(text)).toBeTruthy();
      expect(onRated).not.toHaveBeenCalled();
      // Choosing again clears the error (the next attempt is a new one).
      await chooseStars(user, 3);
      await waitFor(() => expect(screen.queryByTestId("graph-error")).toBeNull());
      document.body.innerHTML = "";
    }
  });
});
