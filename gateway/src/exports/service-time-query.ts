import { checkWindowParameters, idParameter, instantParameter, invalidInput, readParameters } from "./query-params.js";

/**
 * The longest period the hours export covers: serviceTimeReport's (MAX_SUMMARY_WINDOW_DAYS of
 * @dongting/domain/volunteers, a leap year). Repeated here: the gateway does not depend on @dongting/domain.
 */
export const SERVICE_TIME_MAX_WINDOW_DAYS = 366;

export interface ServiceTimeQuery {
  from: Date;
  to: Date;
  teamId: string | null;
  volunteerId: string | null;
}

const PARAMETERS = ["from", "to", "teamId", "volunteerId"] as const;

/**
 * `from` and `to` (required ISO instants, the period at most SERVICE_TIME_MAX_WINDOW_DAYS), `teamId`,
 * `volunteerId`; each at most once, and an unknown parameter is refused, so a misspelt filter never widens a file.
 */
export function parseServiceTimeQuery(search: string): ServiceTimeQuery {
  const { params, problems } = readParameters(search, PARAMETERS);
  const from = instantParameter(params, "from", problems);
  const to = instantParameter(params, "to", problems);
  const teamId = idParameter(params, "teamId", problems);
  const volunteerId = idParameter(params, "volunteerId", problems);
  if (problems.length || !from || !to) throw invalidInput(problems);
  checkWindowParameters(from, to, SERVICE_TIME_MAX_WINDOW_DAYS);
  return { from, to, teamId, volunteerId };
}
