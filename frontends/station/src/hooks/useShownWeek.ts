import { useCallback, useState } from "react";
import { isLocalDate, toLocal, type LocalDate } from "@dongting/domain/local-time";
import { mondayOf } from "@dongting/domain/station-calendar";

/** The week to show first: `?week=YYYY-MM-DD` (any day of it) when given, else this week. */
function initialWeek(now: Date): LocalDate {
  const asked = new URLSearchParams(window.location.search).get("week");
  return mondayOf(asked && isLocalDate(asked) ? asked : toLocal(now).date);
}

function rememberWeek(monday: LocalDate) {
  const url = new URL(window.location.href);
  url.searchParams.set("week", monday);
  window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
}

/** The Monday of the week a calendar shows, kept in the address (`?week=`) so a reload or a link shows it again. */
export function useShownWeek(now: Date): [LocalDate, (monday: LocalDate) => void] {
  const [monday, setMonday] = useState<LocalDate>(() => initialWeek(now));
  const showWeek = useCallback((next: LocalDate) => {
    setMonday(next);
    rememberWeek(next);
  }, []);
  return [monday, showWeek];
}
