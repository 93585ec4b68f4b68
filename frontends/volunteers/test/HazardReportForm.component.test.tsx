import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "@dongting/ui-kit";
import { REQUEST_TITLE_MAX } from "@dongting/domain/requests";
import { COMMON_REASONS } from "@dongting/domain/reasons/common";
import { REQUEST_CATEGORIES, SUBMIT_HAZARD } from "../src/graph/hazard";
import { HazardReportForm } from "../src/components/HazardReportForm";

const SHIFT_ID = "shift-patrol";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const categories: MockLink.MockedResponse = {
  request: { query: REQUEST_CATEGORIES, variables: {} },
  result: { data: { requestCategories: [{ __typename: "RequestCategory", id: "c1", name: "安全隐患" }] } },
};

function renderForm(mocks: MockLink.MockedResponse[], locale: Locale = "zh-CN") {
  render(
    <MockedProvider mocks={[categories, ...mocks]}>
      <HazardReportForm shiftId={SHIFT_ID} locale={locale} />
    </MockedProvider>,
  );
}

/** Types as a person would (an empty text is left untouched) and submits. */
async function fill(title: string, description: string) {
  const user = userEvent.setup({ delay: null });
  if (title) await user.type(screen.getByTestId("hazard-title"), title);
  if (description) await user.type(screen.getByTestId("hazard-description"), description);
  await user.click(screen.getByTestId("hazard-submit"));
}

const submitted = (variables: Record<string, unknown>) => (variables as { input: Record<string, unknown> }).input;

describe("hazard report form", () => {
  it("asks for the title and the description before sending anything", async () => {
    const sent = vi.fn(() => true);
    renderForm([{ request: { query: SUBMIT_HAZARD, variables: sent }, result: { data: null } }]);
    await fill("   ", "");
    expect(await screen.findByText("请填写标题")).toBeTruthy();
    expect(await screen.findByText("请填写情况描述")).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it("files it as a PATROL request of the shift, trimmed, with a fresh idempotency key", async () => {
    const matches = vi.fn((variables: Record<string, unknown>) => {
      const { clientRequestId, ...rest } = submitted(variables);
      return (
        UUID.test(String(clientRequestId)) &&
        JSON.stringify(rest) ===
          JSON.stringify({
            title: "楼道堆物",
            description: "3 栋楼道堆放纸箱",
            channel: "PATROL",
            category: "安全隐患",
            patrolShiftId: SHIFT_ID,
          })
      );
    });
    const request = {
      __typename: "Request",
      id: "r1",
      code: "DT-2026-0042",
      title: "楼道堆物",
      channel: "PATROL",
      category: "安全隐患",
      status: "SUBMITTED",
    };
    renderForm([{ request: { query: SUBMIT_HAZARD, variables: matches }, result: { data: { submitRequest: request } } }]);
    await fill("  楼道堆物 ", "3 栋楼道堆放纸箱  ");
    const done = await screen.findByTestId("hazard-submitted");
    expect(done.dataset.requestCode).toBe("DT-2026-0042");
    expect(done.textContent).toContain("已上报，诉求编号 DT-2026-0042");
  });

  it("shows the fields the server refused on the form, and the refusal by its reason, in English", async () => {
    renderForm(
      [
        {
          request: { query: SUBMIT_HAZARD, variables: () => true },
          result: {
            errors: [
              {
                message: "Argument Validation Error",
                extensions: {
                  code: "BAD_USER_INPUT",
                  reason: "INVALID_INPUT",
                  fields: [{ field: "input.title", constraint: "maxLength" }],
                },
              },
            ],
          },
        },
      ],
      "en-US",
    );
    await fill("Clutter in the stairwell", "Boxes block the fire exit");
    const refusal = await screen.findByTestId("action-error");
    expect(refusal.dataset.reason).toBe("INVALID_INPUT");
    expect(refusal.textContent).toContain(COMMON_REASONS.INVALID_INPUT.en);
    await waitFor(() => expect(screen.getByText(`The Title is at most ${REQUEST_TITLE_MAX} characters`)).toBeTruthy());
  });
});
