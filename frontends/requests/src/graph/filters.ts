import type { DeadlineState, HandlingLevel, RequestFilter, RequestStatus, Urgency } from "../gql/graphql";

/** What the plain list filters by. */
export interface ListFilterState {
  status: RequestStatus[];
  search: string;
  gridId?: string | null;
  deadlineState?: DeadlineState[];
}

/**
 * The filter for the plain list: empty parts are left out, so "no filter" is `null`; `communityId`: the shell's
 * active community.
 */
export function toRequestFilter(state: ListFilterState, communityId: string | null = null): RequestFilter | null {
  const filter: RequestFilter = {};
  if (communityId) filter.communityId = communityId;
  if (state.status.length > 0) filter.status = [...state.status];
  if (state.gridId) filter.gridId = state.gridId;
  if (state.deadlineState?.length) filter.deadlineState = [...state.deadlineState];
  const text = state.search.trim();
  if (text) filter.search = text;
  return Object.keys(filter).length > 0 ? filter : null;
}

export interface BoardFilterState {
  gridId: string | null;
  urgency: Urgency[];
  level: HandlingLevel[];
  deadlineState: DeadlineState[];
  overdueOnly: boolean;
  search: string;
}

export const EMPTY_BOARD_FILTER: BoardFilterState = {
  gridId: null,
  urgency: [],
  level: [],
  deadlineState: [],
  overdueOnly: false,
  search: "",
};

/** The board's filter for one status column (in the active community, when one is picked); empty parts are left out. */
export function boardColumnFilter(state: BoardFilterState, status: RequestStatus, communityId: string | null = null): RequestFilter {
  const filter: RequestFilter = { status: [status] };
  if (communityId) filter.communityId = communityId;
  if (state.gridId) filter.gridId = state.gridId;
  if (state.urgency.length) filter.urgency = [...state.urgency];
  if (state.level.length) filter.level = [...state.level];
  if (state.deadlineState.length) filter.deadlineState = [...state.deadlineState];
  if (state.overdueOnly) filter.overdue = true;
  const text = state.search.trim();
  if (text) filter.search = text;
  return filter;
}
