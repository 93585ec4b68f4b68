import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import { describe, expect, it, vi } from "vitest";
import { ORGANISATION_REASONS } from "@dongting/domain/reasons/organisation";
import { DeleteUnitModal } from "../src/components/DeleteUnitModal";
import { DELETE_ORG_UNIT } from "../src/graph/org-unit-changes";
import { refusedWith } from "./graph-mocks";

const UNIT = { id: "u9", name: "第二社区党委" };

describe("deleting a unit", () => {
  it("deletes the unit asked about", async () => {
    const onDeleted = vi.fn();
    render(
      <MockedProvider mocks={[{ request: { query: DELETE_ORG_UNIT, variables: { id: "u9" } }, result: { data: { deleteOrgUnit: true } } }]}>
        <DeleteUnitModal unit={UNIT} locale="zh-CN" onClose={() => {}} onDeleted={onDeleted} />
      </MockedProvider>,
    );
    expect(screen.getByText("确定删除「第二社区党委」吗？")).toBeTruthy();
    await userEvent.setup().click(screen.getByTestId("delete-confirm-ok"));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith("u9"));
  });

  it("shows why the graph refuses, by reason, in Chinese and in English", async () => {
    for (const [locale, reason] of [
      ["zh-CN", "HAS_CHILDREN"],
      ["en-US", "HAS_MEMBERS"],
    ] as const) {
      const onDeleted = vi.fn();
      render(
        <MockedProvider mocks={[{ request: { query: DELETE_ORG_UNIT, variables: { id: "u9" } }, result: refusedWith("CONFLICT", reason) }]}>
          <DeleteUnitModal unit={UNIT} locale={locale} onClose={() => {}} onDeleted={onDeleted} />
        </MockedProvider>,
      );
      await userEvent.setup().click(screen.getByTestId("delete-confirm-ok"));
      const alert = await screen.findByTestId("delete-error");
      expect(alert.getAttribute("data-error-kind")).toBe("CONFLICT");
      expect(alert.getAttribute("data-reason")).toBe(reason);
      const text = ORGANISATION_REASONS[reason];
      expect(within(alert).getByText(locale === "en-US" ? text.en : text.zh)).toBeTruthy();
      expect(within(alert).getByText(locale === "en-US" ? "The change conflicts with existing data." : "操作与现有数据冲突")).toBeTruthy();
      expect(onDeleted).not.toHaveBeenCalled();
      cleanup();
    }
  });
});
