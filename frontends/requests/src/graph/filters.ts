import type { HandlingLevel, RequestFilter, RequestStatus, Urgency } from "../gql/graphql";

/** The filter for the plain list: empty parts are left out, so "no filter" is `null`. */
export function toRequestFilter(status: RequestStatus[], search: string): RequestFilter | null {
  const filter: RequestFilter = {};
  if (status.length > 0) filter.status = status;
  const text = search.trim();
  if (text) filter.search = text;
  return Object.keys(filter).length > 0 ? filter : null;
}

export interface BoardFilterState {
  gridId: string | null;
  urgency: Urgency[];
  level: HandlingLevel[];
  overdueOnly: boolean;
  search: string;
}

export const EMPTY_BOARD_FILTER: BoardFilterState = { gridId: null, urgency: [], level: [], overdueOnly: false, search: "" };

/** The board's filter for one status column; empty parts are left out. */
export function boardColumnFilter(state: BoardFilterState, status: RequestStatus): RequestFilter {
  const filter: RequestFilter = { status: [status] };
  if (state.gridId) filter.gridId = state.gridId;
  if (state.urgency.length) filter.urgency = [...state.urgency];
  if (state.level.length) filter.level = [...state.level];
  if (state.overdueOnly) filter.overdue = true;
  const text = state.search.trim();
  if (text) filter.search = text;
  return filter;
}
