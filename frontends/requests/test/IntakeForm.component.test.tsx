import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { REQUEST_TITLE_MAX } from "@dongting/domain/requests";
import { IntakeForm } from "../src/components/IntakeForm";
import { SUBMIT_REQUEST } from "../src/graph/requests";
import { GRIDS, PERSON, REQUEST_CATEGORIES, SEARCH_PEOPLE } from "../src/graph/lookups";
import type { Locale } from "@dongting/ui-kit";
import { CATEGORIES, RESIDENT, RESIDENT_ID, answers, refusal, requestCard, withGraph } from "./support/graph";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TITLE = "3栋楼道灯不亮";
const DESCRIPTION = "3栋2单元三楼到五楼的楼道灯坏了一周";

/** What the resident's form must send for TITLE and DESCRIPTION in 设施维修, from her own neighbourhood. */
const residentInput = (clientRequestId: string) => ({
  clientRequestId,
  title: TITLE,
  description: DESCRIPTION,
  channel: "WECHAT",
  category: "设施维修",
  gridId: "g-2",
  neighbourhoodId: "n-3",
  anonymous: false,
});

/** submitRequest answered with `answer` for any variables; what was sent is kept in `sent`. */
function submitAnswering(sent: unknown[], ...answers: Array<Record<string, unknown>>) {
  return answers.map((result) => ({
    request: {
      query: SUBMIT_REQUEST,
      variables: (variables: Record<string, unknown>) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  }));
}

function renderResidentForm(mocks: Parameters<typeof withGraph>[1], locale: Locale = "zh-CN", onSubmitted = vi.fn()) {
  render(
    withGraph(
      <IntakeForm mode="resident" locale={locale} personId={RESIDENT_ID} onSubmitted={onSubmitted} />,
      [answers(REQUEST_CATEGORIES, CATEGORIES), answers(PERSON, { person: RESIDENT }, { id: RESIDENT_ID }), ...mocks],
      locale,
    ),
  );
  return onSubmitted;
}

async function fillResidentForm(user: ReturnType<typeof userEvent.setup>, title = TITLE) {
  await user.click(await screen.findByText("设施维修"));
  await user.type(screen.getByTestId("intake-title"), title);
  await user.type(screen.getByTestId("intake-description"), `  ${DESCRIPTION} `);
}

describe("IntakeForm (resident)", () => {
  it("names every missing field and sends nothing", async () => {
    const sent: unknown[] = [];
    renderResidentForm(submitAnswering(sent, { data: { submitRequest: requestCard() } }));
    const user = userEvent.setup();
    await screen.findByText("东亭第二网格 · 东亭小区三邻里");
    await user.click(screen.getByTestId("intake-submit"));
    expect(await screen.findByText("请选择类别")).toBeTruthy();
    expect(screen.getByText("请填写标题")).toBeTruthy();
    expect(screen.getByText("请填写诉求内容")).toBeTruthy();
    // Blank is missing too: the service trims.
    await user.type(screen.getByTestId("intake-title"), "   ");
    await user.click(screen.getByTestId("intake-submit"));
    expect(await screen.findByText("请填写标题")).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it("holds a title to the shared limit, counted in characters as the service counts them", async () => {
    const sent: unknown[] = [];
    renderResidentForm(submitAnswering(sent, { data: { submitRequest: requestCard() } }));
    const user = userEvent.setup();
    const title = screen.getByTestId("intake-title");
    // One over the limit (set directly, as autofill does: typing stops at maxLength) is refused with the limit named.
    fireEvent.change(title, { target: { value: "灯".repeat(REQUEST_TITLE_MAX + 1) } });
    await user.click(screen.getByTestId("intake-submit"));
    expect(await screen.findByText(`标题不超过 ${REQUEST_TITLE_MAX} 个字`)).toBeTruthy();
    // Characters beyond the BMP count once, as PostgreSQL's char_length counts them, and spaces around are trimmed.
    fireEvent.change(title, { target: { value: ` ${"𠮷".repeat(REQUEST_TITLE_MAX)} ` } });
    await waitFor(() => expect(screen.queryByText(`标题不超过 ${REQUEST_TITLE_MAX} 个字`)).toBeNull());
    expect(sent).toEqual([]);
  });

  it("submits exactly the resident's request, with a fresh idempotency key, and clears the form", async () => {
    const sent: Array<{ input: { clientRequestId: string } }> = [];
    const onSubmitted = renderResidentForm(submitAnswering(sent, { data: { submitRequest: requestCard() } }));
    const user = userEvent.setup();
    await screen.findByText("东亭第二网格 · 东亭小区三邻里");
    await fillResidentForm(user);
    await user.click(screen.getByTestId("intake-submit"));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(expect.objectContaining({ code: "DT-2026-000123" })));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.input.clientRequestId).toMatch(UUID);
    expect(sent[0]).toEqual({ input: residentInput(sent[0]!.input.clientRequestId) });
    await waitFor(() => expect((screen.getByTestId("intake-title") as HTMLInputElement).value).toBe(""));
    expect(screen.getByTestId("intake-submit").getAttribute("data-client-request-id")).toBe("");
  });

  it("submits anonymously when asked: the submitter is withheld from other viewers, the request still counts", async () => {
    const sent: Array<{ input: { clientRequestId: string } }> = [];
    const onSubmitted = renderResidentForm(submitAnswering(sent, { data: { submitRequest: requestCard({ anonymous: true }) } }));
    const user = userEvent.setup();
    await screen.findByText("东亭第二网格 · 东亭小区三邻里");
    await fillResidentForm(user);
    expect(screen.getByText("除您本人和社区工作人员外，其他人看不到提交人")).toBeTruthy();
    await user.click(screen.getByTestId("intake-anonymous"));
    await user.click(screen.getByTestId("intake-submit"));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([{ input: { ...residentInput(sent[0]!.input.clientRequestId), anonymous: true } }]);
    // The next demand starts named again.
    await waitFor(() => expect((screen.getByTestId("intake-anonymous") as HTMLInputElement).checked).toBe(false));
  });

  it("shows a refusal by its reason on the form and the field, then retries with the same key", async () => {
    const sent: Array<{ input: { clientRequestId: string } }> = [];
    const refused = refusal('unknown category "设施维修"', { code: "BAD_USER_INPUT", reason: "UNKNOWN_CATEGORY", field: "category" });
    const onSubmitted = renderResidentForm(submitAnswering(sent, refused, { data: { submitRequest: requestCard() } }));
    const user = userEvent.setup();
    await screen.findByText("东亭第二网格 · 东亭小区三邻里");
    await fillResidentForm(user);
    await user.click(screen.getByTestId("intake-submit"));

    const error = await screen.findByTestId("graph-error");
    expect(error.getAttribute("data-reason")).toBe("UNKNOWN_CATEGORY");
    expect(within(error).getByText("没有这个诉求分类")).toBeTruthy();
    // The category field carries the reason as well.
    expect(screen.getAllByText("没有这个诉求分类")).toHaveLength(2);
    expect(screen.getByTestId("intake-submit").textContent).toContain("重新提交");

    await user.click(screen.getByTestId("intake-submit"));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(1));
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[1]).toEqual({ input: residentInput(sent[0]!.input.clientRequestId) });
  });

  it("words the refusal in English when the UI is English", async () => {
    const refused = refusal("居民只能为自己提交诉求 (Residents submit requests only for themselves)", {
      code: "FORBIDDEN",
      reason: "SUBMITTER_NOT_SELF",
    });
    renderResidentForm(submitAnswering([], refused), "en-US");
    const user = userEvent.setup();
    await screen.findByText("东亭第二网格 · 东亭小区三邻里");
    await fillResidentForm(user);
    await user.click(screen.getByTestId("intake-submit"));
    const error = await screen.findByTestId("graph-error");
    expect(error.getAttribute("data-error-kind")).toBe("FORBIDDEN");
    expect(within(error).getByText("Residents submit requests only for themselves")).toBeTruthy();
    expect(screen.getByTestId("intake-submit").textContent).toContain("Submit again");
  });

  it("is disabled while the request is on its way", async () => {
    const sent: unknown[] = [];
    const [slow] = submitAnswering(sent, { data: { submitRequest: requestCard() } });
    renderResidentForm([{ ...slow!, delay: 300 }]);
    const user = userEvent.setup();
    await screen.findByText("东亭第二网格 · 东亭小区三邻里");
    await fillResidentForm(user);
    await user.click(screen.getByTestId("intake-submit"));
    await waitFor(() => expect((screen.getByTestId("intake-title") as HTMLInputElement).disabled).toBe(true));
    expect((screen.getByTestId("intake-description") as HTMLTextAreaElement).disabled).toBe(true);
    await waitFor(() => expect((screen.getByTestId("intake-title") as HTMLInputElement).disabled).toBe(false));
    expect(sent).toHaveLength(1);
  });
});

describe("IntakeForm (staff)", () => {
  const staffMocks = (sent: unknown[]) => [
    answers(REQUEST_CATEGORIES, CATEGORIES),
    answers(GRIDS, {
      grids: [
        { __typename: "Grid", id: "g-1", code: "G01", name: "东亭第一网格" },
        { __typename: "Grid", id: "g-2", code: "G02", name: "东亭第二网格" },
      ],
    }),
    answers(
      SEARCH_PEOPLE,
      { people: { __typename: "PersonConnection", edges: [{ __typename: "PersonEdge", node: RESIDENT }] } },
      {
        search: "陈",
        first: 20,
      },
    ),
    ...submitAnswering(sent, { data: { submitRequest: requestCard({ channel: "HOTLINE" }) } }),
  ];

  it("asks for the resident, then sends the phoned-in request for her, in her grid", async () => {
    const sent: Array<{ input: { clientRequestId: string } }> = [];
    const onSubmitted = vi.fn();
    render(withGraph(<IntakeForm mode="staff" locale="zh-CN" personId={null} onSubmitted={onSubmitted} />, staffMocks(sent)));
    const user = userEvent.setup();
    await user.click(await screen.findByText("邻里纠纷"));
    await user.type(screen.getByTestId("intake-title"), TITLE);
    await user.type(screen.getByTestId("intake-description"), DESCRIPTION);
    await user.click(screen.getByTestId("intake-submit"));
    expect(await screen.findByText("请选择反映诉求的居民")).toBeTruthy();
    expect(sent).toEqual([]);

    await user.type(within(screen.getByTestId("intake-submitter")).getByRole("combobox"), "陈");
    await user.click(await screen.findByText("陈晓"));
    await screen.findByText("东亭第二网格 · 东亭小区三邻里");
    await user.click(screen.getByTestId("intake-submit"));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([
      {
        input: {
          clientRequestId: sent[0]!.input.clientRequestId,
          title: TITLE,
          description: DESCRIPTION,
          channel: "HOTLINE",
          category: "邻里纠纷",
          gridId: "g-2",
          neighbourhoodId: "n-3",
          anonymous: false,
          submitterId: RESIDENT_ID,
          patrolShiftId: null,
        },
      },
    ]);
  });
});
