import type { ReactNode } from "react";
import { configure, render } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { LocaleProvider, type Locale, type Viewer } from "@dongting/ui-kit";
import { PermissionsContext, permissionsOf } from "../../src/hooks/permissions";

// A loaded 2-core machine takes longer than testing-library's 1 s default to settle antd's forms and Apollo's answers.
configure({ asyncUtilTimeout: 10_000 });

export const STAFF: Viewer = { personId: "00000000-0000-4000-8000-000000000003", roles: ["STATION_STAFF"] };
export const RESIDENT: Viewer = { personId: "00000000-0000-4000-8000-000000000004", roles: ["RESIDENT"] };

/** Monday 2026-06-15 10:00 in Dongting: the kit's TEST_NOW, the time every component test runs at. */
export const NOW = new Date("2026-06-15T02:00:00.000Z");

/**
 * Renders a piece of the remote as the viewer sees it, its graph answered by Apollo Client's MockLink: a
 * mutation answers only when its variables are exactly the expected ones, so a form that sends anything
 * else fails its test.
 */
export function renderAs(viewer: Viewer, ui: ReactNode, mocks: ReadonlyArray<MockLink.MockedResponse>, locale: Locale = "zh-CN") {
  return render(
    <MockedProvider mocks={mocks}>
      <LocaleProvider locale={locale}>
        <PermissionsContext.Provider value={permissionsOf(viewer)}>{ui}</PermissionsContext.Provider>
      </LocaleProvider>
    </MockedProvider>,
  );
}

/** A refusal as the station subgraph sends it: the code, the stable reason and its details in `extensions`. */
export function refusal(code: string, reason: string, details: Record<string, unknown> = {}) {
  return { errors: [{ message: `refused (${reason})`, extensions: { code, reason, ...details } }] };
}

/** A booking as the graph returns it (StationBookingFields). */
export function bookingRow(patch: Record<string, unknown> = {}) {
  return {
    __typename: "Booking",
    id: "b-1",
    title: "街道议事协商会",
    startsAt: "2026-06-23T06:00:00.000Z",
    endsAt: "2026-06-23T07:00:00.000Z",
    attendees: 20,
    status: "CONFIRMED",
    seriesId: null,
    decisionNote: null,
    checkedInAt: null,
    createdAt: "2026-06-15T02:00:00.000Z",
    organiser: { __typename: "Person", id: RESIDENT.personId, name: "陈晓" },
    team: null,
    ...patch,
  };
}
