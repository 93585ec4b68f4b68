import type { ReactNode } from "react";
import type { DocumentNode } from "graphql";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { LocaleProvider, type Locale } from "@dongting/ui-kit";
import type { RequestCard } from "../../src/graph/requests";

/**
 * Component tests run the remote's own documents through Apollo Client's MockLink: a mutation answers only
 * when its variables are exactly the expected ones, so a form that sends anything else fails its test.
 */
export function withGraph(children: ReactNode, mocks: ReadonlyArray<MockLink.MockedResponse>, locale: Locale = "zh-CN") {
  return (
    <MockedProvider mocks={mocks}>
      <LocaleProvider locale={locale}>{children}</LocaleProvider>
    </MockedProvider>
  );
}

/** A query the form reads, answered as often as it is asked (forms refetch active queries after a mutation). */
export function answers(query: DocumentNode, data: Record<string, unknown>, variables?: Record<string, unknown>): MockLink.MockedResponse {
  return { request: { query, variables }, result: { data }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** A refusal as a subgraph sends it: the code, the stable reason and the refused fields in `extensions`. */
export function refusal(message: string, extensions: Record<string, unknown>) {
  return { errors: [{ message, extensions }] };
}

export const CATEGORIES = {
  requestCategories: [
    {
      __typename: "RequestCategory",
      id: "c-1",
      name: "设施维修",
      defaultLevel: "GRID",
      defaultUrgency: "YELLOW",
      deadlines: [{ __typename: "CategoryDeadline", urgency: "YELLOW", respondHours: 24, resolveHours: 72, workingTime: false }],
    },
    {
      __typename: "RequestCategory",
      id: "c-2",
      name: "邻里纠纷",
      defaultLevel: "COMMUNITY",
      defaultUrgency: "GREEN",
      deadlines: [{ __typename: "CategoryDeadline", urgency: "GREEN", respondHours: 24, resolveHours: 168, workingTime: true }],
    },
  ],
};

export const RESIDENT_ID = "00000000-0000-4000-8000-000000000004";
export const COMMUNITY_ID = "c0000000-0000-4000-8000-000000000001";

/** 陈晓 and where she lives, as the organisation graph answers `person` and `people`. */
export const RESIDENT = {
  __typename: "Person",
  id: RESIDENT_ID,
  name: "陈晓",
  phone: "138****0004",
  neighbourhood: {
    __typename: "Neighbourhood",
    id: "n-3",
    name: "东亭小区三邻里",
    grid: { __typename: "Grid", id: "g-2", name: "东亭第二网格" },
  },
};

/** The answer of a mutation returning a request card. */
export function requestCard(patch: Partial<RequestCard> = {}): RequestCard & { __typename: "ResidentRequest" } {
  return {
    __typename: "ResidentRequest",
    id: "r-1",
    code: "DT-2026-000123",
    title: "3栋楼道灯不亮",
    status: "SUBMITTED",
    channel: "WECHAT",
    category: "设施维修",
    level: null,
    urgency: null,
    overdue: false,
    deadlineState: "ON_TRACK",
    anonymous: false,
    submittedAt: "2026-06-15T02:00:00.000Z",
    respondBy: null,
    resolveBy: null,
    community: { __typename: "Community", id: COMMUNITY_ID },
    submitter: { __typename: "Person", id: RESIDENT_ID, name: "陈晓" },
    units: [],
    suggestedUnit: null,
    grid: { __typename: "Grid", id: "g-2", name: "东亭第二网格" },
    assignment: null,
    residentRating: null,
    communityReview: null,
    ...patch,
  } as RequestCard & { __typename: "ResidentRequest" };
}
