import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App as AntApp } from "antd";
import { describe, expect, it } from "vitest";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { ZoneSettingsForm } from "../src/components/ZoneSettingsForm";
import { UPDATE_ZONE } from "../src/graph/staff-tools";
import { refusal, renderAs, STAFF } from "./support/render";

/** 健身角 as seeded: shared, capacity 20, every day 06:30–21:00, the default limits. */
const FITNESS = {
  __typename: "Zone" as const,
  id: "z-fitness",
  name: "健身角",
  kind: "FITNESS" as const,
  capacity: 20,
  exclusive: false,
  requiresApproval: false,
  minMinutes: 30,
  maxMinutes: 240,
  bufferMinutes: 0,
  minNoticeHours: 0,
  maxDaysAhead: 90,
  openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    __typename: "OpeningHours" as const,
    weekday,
    opens: "06:30:00",
    closes: "21:00:00",
  })),
};

/** What the form sends for 健身角 as loaded, with `patch` applied: every setting, the hours as HH:mm. */
const input = (patch: Record<string, unknown> = {}) => ({
  capacity: 20,
  exclusive: false,
  requiresApproval: false,
  minMinutes: 30,
  maxMinutes: 240,
  bufferMinutes: 0,
  minNoticeHours: 0,
  maxDaysAhead: 90,
  openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "06:30", closes: "21:00" })),
  ...patch,
});

const saved = (patch: Record<string, unknown>) => ({ data: { updateZone: { ...FITNESS, ...patch } } });

function renderForm(mocks: Parameters<typeof renderAs>[2] = [], locale: "zh-CN" | "en-US" = "zh-CN") {
  renderAs(
    STAFF,
    <AntApp>
      <ZoneSettingsForm zone={FITNESS} locale={locale} />
    </AntApp>,
    mocks,
    locale,
  );
}

const numberField = (testId: string) => screen.getByTestId(testId).querySelector("input") as HTMLInputElement;
const type = (testId: string, value: string) => fireEvent.change(numberField(testId), { target: { value } });
const itemOf = (testId: string) => screen.getByTestId(testId).closest(".ant-form-item") as HTMLElement;
const save = () => fireEvent.click(screen.getByTestId("zone-settings-save"));

describe("the zone settings form", () => {
  it("shows the zone's settings and sends exactly them with the buffer changed", async () => {
    let sent = false;
    renderForm([
      {
        request: { query: UPDATE_ZONE, variables: { id: FITNESS.id, input: input({ bufferMinutes: 15 }) } },
        result: () => {
          sent = true;
          return saved({ bufferMinutes: 15 });
        },
      },
    ]);
    expect(numberField("setting-capacity").value).toBe("20");
    expect(numberField("setting-maxDaysAhead").value).toBe("90");
    expect((screen.getByTestId("opens-0") as HTMLInputElement).value).toBe("06:30");
    type("setting-bufferMinutes", "15");
    save();
    await waitFor(() => expect(sent).toBe(true));
    expect(await screen.findByText("设置已保存")).toBeTruthy();
  });

  it("holds each number to the station's bounds before sending anything", async () => {
    renderForm();
    type("setting-bufferMinutes", "121");
    expect(await within(itemOf("setting-bufferMinutes")).findByText("应为 0–120 之间的整数")).toBeTruthy();
    type("setting-minMinutes", "10");
    expect(await within(itemOf("setting-minMinutes")).findByText("应为 15–240 之间的整数")).toBeTruthy();
    fireEvent.change(screen.getByTestId("opens-2"), { target: { value: "7:00" } });
    expect(await screen.findByText("格式为 HH:mm，如 08:30")).toBeTruthy();
    save();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId("zone-settings-refusal")).toBeNull();
  });

  it("words a refusal from the station's reasons, on the field it names", async () => {
    renderForm([
      {
        request: { query: UPDATE_ZONE, variables: { id: FITNESS.id, input: input({ minMinutes: 120, maxMinutes: 60 }) } },
        result: refusal("BAD_USER_INPUT", "MIN_LONGER_THAN_MAX", { field: "minMinutes" }),
      },
    ]);
    type("setting-minMinutes", "120");
    type("setting-maxMinutes", "60");
    save();
    const alert = await screen.findByTestId("zone-settings-refusal");
    expect(alert.getAttribute("data-reason")).toBe("MIN_LONGER_THAN_MAX");
    expect(alert.textContent).toContain(STATION_REASONS.MIN_LONGER_THAN_MAX.zh);
    expect(within(itemOf("setting-minMinutes")).getByText(STATION_REASONS.MIN_LONGER_THAN_MAX.zh)).toBeTruthy();
  });

  it("speaks English when switched", async () => {
    renderForm(
      [
        {
          request: { query: UPDATE_ZONE, variables: { id: FITNESS.id, input: input({ exclusive: true }) } },
          result: refusal("CONFLICT", "EXCLUSIVE_OVERLAPS_BOOKINGS", { field: "exclusive" }),
        },
      ],
      "en-US",
    );
    expect(screen.getByText("Buffer (minutes)")).toBeTruthy();
    fireEvent.click(screen.getByTestId("setting-exclusive"));
    save();
    const alert = await screen.findByTestId("zone-settings-refusal");
    expect(alert.textContent).toContain(STATION_REASONS.EXCLUSIVE_OVERLAPS_BOOKINGS.en);
  });
});
