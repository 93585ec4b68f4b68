import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ORGANISATION_REASONS } from "@dongting/domain/reasons/organisation";
import type { Locale } from "@dongting/ui-kit";
import { PersonForm, type PersonFormMode } from "../src/components/PersonForm";
import { GRIDS } from "../src/graph/grids";
import { REGISTER_PERSON, UPDATE_PERSON } from "../src/graph/person-records";
import { refusedWith } from "./graph-mocks";

afterEach(cleanup);

/** The home picker's grid list (empty: these tests leave the home unset). */
const NO_GRIDS: MockLink.MockedResponse = { request: { query: GRIDS, variables: {} }, result: { data: { grids: [] } }, maxUsageCount: 5 };
const VALID_ID = "11010519491231002X";

function renderForm(mode: PersonFormMode, mocks: MockLink.MockedResponse[], locale: Locale = "zh-CN") {
  const onDone = vi.fn();
  render(
    <MockedProvider mocks={[NO_GRIDS, ...mocks]}>
      <PersonForm mode={mode} locale={locale} onDone={onDone} />
    </MockedProvider>,
  );
  return onDone;
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const submit = () => fireEvent.click(screen.getByTestId("person-form-submit"));
const registered = (name: string) => ({ data: { registerPerson: { __typename: "Person", id: "p-new", name } } });

describe("the person form", () => {
  it("registers a person with the trimmed name, the phone and a checked ID number", async () => {
    const input = { name: "杜新", phone: "138 0027 1234", idNumber: VALID_ID, neighbourhoodId: null, buildingId: null };
    const onDone = renderForm({ type: "register" }, [
      { request: { query: REGISTER_PERSON, variables: { input } }, result: registered("杜新") },
    ]);
    type("person-form-name", "  杜新 ");
    type("person-form-phone", "138 0027 1234");
    type("person-form-id-number", VALID_ID);
    submit();
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("p-new", "杜新"));
  });

  it("refuses a blank name, a landline and an ID number with a wrong check digit before sending anything", async () => {
    const onDone = renderForm({ type: "register" }, []);
    type("person-form-name", "  ");
    type("person-form-phone", "027-87654321");
    type("person-form-id-number", "110105194912310021");
    submit();
    expect(await screen.findByText("请填写姓名")).toBeTruthy();
    expect(await screen.findByText("请填写中国大陆手机号码")).toBeTruthy();
    expect(await screen.findByText("身份证号码无效（18 位，校验位须正确）")).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });

  it("sends only what changed when editing, keeping the ID number on record when left blank", async () => {
    const mode: PersonFormMode = {
      type: "edit",
      id: "p1",
      name: "王建国",
      phone: "13800000001",
      maskedIdNumber: "420106********001X",
      home: { gridId: null, neighbourhoodId: null, buildingId: null },
    };
    const onDone = renderForm(mode, [
      {
        request: { query: UPDATE_PERSON, variables: { id: "p1", input: { name: "王建华" } } },
        result: { data: { updatePerson: { __typename: "Person", id: "p1", name: "王建华" } } },
      },
    ]);
    expect(screen.getByText("留空则不修改；已登记：420106********001X")).toBeTruthy();
    type("person-form-name", "王建华");
    submit();
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("p1", "王建华"));
  });

  it.each([
    ["zh-CN", ORGANISATION_REASONS.ID_NUMBER_TAKEN.zh],
    ["en-US", ORGANISATION_REASONS.ID_NUMBER_TAKEN.en],
  ] as const)("words the graph's refusal by its reason (%s)", async (locale, text) => {
    const input = { name: "杜新", phone: null, idNumber: VALID_ID, neighbourhoodId: null, buildingId: null };
    const onDone = renderForm(
      { type: "register" },
      [{ request: { query: REGISTER_PERSON, variables: { input } }, result: refusedWith("CONFLICT", "ID_NUMBER_TAKEN") }],
      locale,
    );
    type("person-form-name", "杜新");
    type("person-form-id-number", VALID_ID);
    submit();
    const alert = await screen.findByTestId("person-form-error");
    expect(alert.getAttribute("data-reason")).toBe("ID_NUMBER_TAKEN");
    expect(alert.textContent).toContain(text);
    expect(onDone).not.toHaveBeenCalled();
  });
});
