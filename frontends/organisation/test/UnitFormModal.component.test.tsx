import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { describe, expect, it, vi } from "vitest";
import { ORGANISATION_REASONS } from "@dongting/domain/reasons/organisation";
import type { Locale } from "@dongting/ui-kit";
import { UnitFormModal, type UnitFormMode } from "../src/components/UnitFormModal";
import { CREATE_ORG_UNIT, RENAME_ORG_UNIT } from "../src/graph/org-unit-changes";
import { refusedWith } from "./graph-mocks";

const DONGTING = { id: "c1", name: "东亭社区党委", kind: "COMMUNITY_COMMITTEE" as const };

function renderForm(mode: UnitFormMode, mocks: MockLink.MockedResponse[] = [], locale: Locale = "zh-CN") {
  const onDone = vi.fn();
  render(
    <MockedProvider mocks={mocks}>
      <UnitFormModal mode={mode} locale={locale} onClose={() => {}} onDone={onDone} />
    </MockedProvider>,
  );
  return { onDone, form: screen.getByTestId("unit-form"), user: userEvent.setup() };
}

const created = (id: string, input: { name: string; kind: string; form: string | null; parentId: string | null }) => ({
  data: {
    createOrgUnit: {
      __typename: "OrgUnit",
      id,
      name: input.name,
      kind: input.kind,
      form: input.form,
      parent: input.parentId ? { __typename: "OrgUnit", id: input.parentId } : null,
    },
  },
});

const nameField = () => screen.getByTestId("unit-form-name") as HTMLInputElement;
const typeName = (value: string) => fireEvent.change(nameField(), { target: { value } });

describe("the unit form", () => {
  it("creates the kind the nesting rule allows under the parent, sending the trimmed name and the chosen form", async () => {
    const input = { name: "新城小区党支部", kind: "COMPOUND_ORGANISATION", form: "ENTITY", parentId: "c1" };
    const { onDone, form, user } = renderForm({ type: "create", parent: DONGTING }, [
      { request: { query: CREATE_ORG_UNIT, variables: { input } }, result: created("u-new", input) },
    ]);
    expect(within(form).getByTestId("unit-form-kind").getAttribute("data-kind")).toBe("COMPOUND_ORGANISATION");
    expect(within(form).getByText("小区党组织")).toBeTruthy();
    expect(within(form).getByText("隶属于「东亭社区党委」")).toBeTruthy();
    typeName("  新城小区党支部  ");
    await user.click(within(form).getByText("实体型"));
    await user.click(screen.getByTestId("unit-form-submit"));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("u-new", "c1"));
  });

  it("makes a new root a street working committee without a form", async () => {
    const input = { name: "新街道党工委", kind: "STREET_WORKING_COMMITTEE", form: null, parentId: null };
    const { onDone, form, user } = renderForm({ type: "create", parent: null }, [
      { request: { query: CREATE_ORG_UNIT, variables: { input } }, result: created("u-root", input) },
    ]);
    expect(within(form).getByTestId("unit-form-kind").getAttribute("data-kind")).toBe("STREET_WORKING_COMMITTEE");
    expect(within(form).queryByTestId("unit-form-form")).toBeNull();
    typeName("新街道党工委");
    await user.click(screen.getByTestId("unit-form-submit"));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("u-root", null));
  });

  it("asks for a name of at most 60 characters and for the compound form before sending anything", async () => {
    const { onDone, form, user } = renderForm({ type: "create", parent: DONGTING });
    typeName("   ");
    await user.click(screen.getByTestId("unit-form-submit"));
    expect(await within(form).findByText("请输入名称")).toBeTruthy();
    expect(await within(form).findByText("请选择小区党组织的类型")).toBeTruthy();
    typeName("党".repeat(61));
    expect(await within(form).findByText("名称不能超过 60 个字")).toBeTruthy();
    typeName("党".repeat(60));
    await waitFor(() => expect(within(form).queryByText("名称不能超过 60 个字")).toBeNull());
    expect(onDone).not.toHaveBeenCalled();
  });

  it("words the same checks in English", async () => {
    const { form, user } = renderForm({ type: "create", parent: DONGTING }, [], "en-US");
    await user.click(screen.getByTestId("unit-form-submit"));
    expect(await within(form).findByText("Please enter a name")).toBeTruthy();
    expect(await within(form).findByText("Choose the compound organisation's form")).toBeTruthy();
    typeName("x".repeat(61));
    expect(await within(form).findByText("At most 60 characters")).toBeTruthy();
  });

  it("offers nothing to create below a central household", () => {
    renderForm({ type: "create", parent: { id: "h1", name: "党员中心户甲", kind: "CENTRAL_HOUSEHOLD" } });
    expect(screen.getByTestId("unit-form-no-kind")).toBeTruthy();
    expect(screen.queryByTestId("unit-form-kind")).toBeNull();
    expect((screen.getByTestId("unit-form-submit") as HTMLButtonElement).disabled).toBe(true);
  });

  it("renames only to a different name, sending the unit's id and the trimmed name", async () => {
    const unit = { id: "u7", name: "旧名党支部", kind: "COMPOUND_ORGANISATION" as const };
    const { onDone, form, user } = renderForm({ type: "rename", unit }, [
      {
        request: { query: RENAME_ORG_UNIT, variables: { id: "u7", name: "新名党支部" } },
        result: { data: { renameOrgUnit: { __typename: "OrgUnit", id: "u7", name: "新名党支部" } } },
      },
    ]);
    const save = screen.getByTestId("unit-form-submit") as HTMLButtonElement;
    expect(nameField().value).toBe("旧名党支部");
    expect(save.disabled).toBe(true);
    // The form is fixed once created: renaming does not ask for it.
    expect(within(form).queryByTestId("unit-form-form")).toBeNull();
    typeName(" 新名党支部 ");
    await waitFor(() => expect(save.disabled).toBe(false));
    await user.click(save);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("u7", null));
  });

  it("shows the graph's refusal by its reason, in Chinese and in English", async () => {
    const input = { name: "错位党支部", kind: "COMPOUND_ORGANISATION", form: "FUNCTIONAL", parentId: "c1" };
    for (const locale of ["zh-CN", "en-US"] as const) {
      const { onDone, user } = renderForm(
        { type: "create", parent: DONGTING },
        [
          {
            request: { query: CREATE_ORG_UNIT, variables: { input } },
            result: refusedWith("BAD_USER_INPUT", "KINDS_DO_NOT_NEST", [{ field: "kind", constraint: "invalid" }]),
          },
        ],
        locale,
      );
      typeName(input.name);
      await user.click(screen.getByText(locale === "en-US" ? "Function-type" : "功能型"));
      await user.click(screen.getByTestId("unit-form-submit"));
      const alert = await screen.findByTestId("unit-form-error");
      expect(alert.getAttribute("data-error-kind")).toBe("BAD_USER_INPUT");
      expect(alert.getAttribute("data-reason")).toBe("KINDS_DO_NOT_NEST");
      const text = ORGANISATION_REASONS.KINDS_DO_NOT_NEST;
      expect(within(alert).getByText(locale === "en-US" ? text.en : text.zh)).toBeTruthy();
      // The server's own message ("refused (...)") is not what the person reads.
      expect(alert.textContent).not.toContain("refused");
      expect(onDone).not.toHaveBeenCalled();
      cleanup();
    }
  });

  it("puts the graph's field errors on the fields they name", async () => {
    const input = { name: "某小区党支部", kind: "COMPOUND_ORGANISATION", form: "ENTITY", parentId: "c1" };
    const { form, user } = renderForm({ type: "create", parent: DONGTING }, [
      {
        request: { query: CREATE_ORG_UNIT, variables: { input } },
        result: refusedWith("BAD_USER_INPUT", "INVALID_INPUT", [{ field: "input.name", constraint: "maxLength" }]),
      },
    ]);
    typeName(input.name);
    await user.click(within(form).getByText("实体型"));
    await user.click(screen.getByTestId("unit-form-submit"));
    const nameItem = nameField().closest(".ant-form-item")!;
    await waitFor(() => expect(nameItem.textContent).toContain("名称不能超过 60 个字"));
    expect(screen.queryByTestId("unit-form-error")).toBeNull();
  });
});
