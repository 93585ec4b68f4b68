import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Typography } from "antd";
import { formatClockTime, toLocal, type LocalDate } from "@dongting/domain/local-time";
import { MAX_BOOKING_MINUTES, type OpeningInterval } from "@dongting/domain/station";
import type { Locale } from "@dongting/ui-kit";
import type { BookingRow, ClosureRow } from "../graph/fragments";
import { shortDayLabel } from "../format";
import { clickSpan, intervalAt, isOpen, selectionSpan, SLOT_MINUTES } from "./calendar-layout";
import { CalendarDay } from "./CalendarDay";
import type { DayScale } from "./CalendarBlocks";

export interface SelectedRange {
  date: LocalDate;
  /** Minutes since local midnight. */
  from: number;
  to: number;
}

export interface WeekCalendarProps {
  dates: LocalDate[];
  intervals: OpeningInterval[];
  range: { start: number; end: number };
  bookings: BookingRow[];
  closures: ClosureRow[];
  now: Date;
  locale: Locale;
  /** Whether a time range may be selected to book it. */
  selectable: boolean;
  /** A booking to outline (the one a refused booking conflicts with). */
  highlightBookingId?: string | null;
  /** A day to outline (the date a refused booking names). */
  highlightDate?: LocalDate | null;
  onSelect(range: SelectedRange): void;
  onOpenBooking(booking: BookingRow): void;
}

const ROW_HEIGHT = 22;
const GUTTER = 56;
const MAX_SLOTS = MAX_BOOKING_MINUTES / SLOT_MINUTES;

interface Drag {
  date: LocalDate;
  anchor: number;
  current: number;
}

/** Ends a drag wherever the mouse is released, selecting what it covered (a click alone asks for an hour). */
function useDragEnd(drag: Drag | null, dragRef: { current: Drag | null }, finish: (drag: Drag) => void, clear: () => void) {
  const dragging = drag !== null;
  useEffect(() => {
    if (!dragging) return;
    const onUp = () => {
      const current = dragRef.current;
      clear();
      if (current) finish(current);
    };
    window.addEventListener("mouseup", onUp);
    return () => window.removeEventListener("mouseup", onUp);
  }, [dragging, dragRef, finish, clear]);
}

/**
 * A week of one zone: a column per day, a row per half hour of the opening hours, bookings drawn
 * as blocks coloured by status (overlapping ones side by side), closures hatched, closed hours
 * shaded. Dragging over free open slots of one day selects a range to book (at most 4 hours).
 */
export function WeekCalendar(props: WeekCalendarProps) {
  const { dates, intervals, range, now, locale, selectable, onSelect } = props;
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  dragRef.current = drag;

  const slots = useMemo(() => {
    const list: number[] = [];
    for (let m = range.start; m < range.end; m += SLOT_MINUTES) list.push(m);
    return list;
  }, [range.start, range.end]);
  const scale: DayScale = { top: (minute) => ((minute - range.start) / SLOT_MINUTES) * ROW_HEIGHT, rowHeight: ROW_HEIGHT, ...range };
  const { date: today, minuteOfDay: nowMinute } = toLocal(now);

  const bookable = (date: LocalDate, minute: number) =>
    selectable && isOpen(intervals, date, minute, minute + SLOT_MINUTES) && (date > today || (date === today && minute >= nowMinute));

  const finish = useCallback(
    (done: Drag) => {
      const span = done.anchor === done.current ? clickSpan(intervals, done.date, done.anchor) : selectionSpan(done.anchor, done.current);
      onSelect({ date: done.date, ...span });
    },
    [intervals, onSelect],
  );
  const clear = useCallback(() => setDrag(null), []);
  useDragEnd(drag, dragRef, finish, clear);

  const extendTo = (date: LocalDate, minute: number) => {
    const current = dragRef.current;
    if (!current || current.date !== date) return;
    // Stay inside the anchor's opening interval, and within the longest booking.
    const interval = intervalAt(intervals, date, current.anchor);
    if (!interval || minute < interval.opens || minute + SLOT_MINUTES > interval.closes) return;
    if (Math.abs(minute - current.anchor) / SLOT_MINUTES >= MAX_SLOTS) return;
    if (minute < current.anchor && !bookable(date, minute)) return;
    setDrag({ ...current, current: minute });
  };

  return (
    <div data-testid="week-calendar" style={{ overflowX: "auto", userSelect: drag ? "none" : undefined }}>
      <div
        style={{
          display: "grid",
          gridTemplateColumns: `${GUTTER}px repeat(${dates.length}, minmax(96px, 1fr))`,
          minWidth: GUTTER + dates.length * 96,
        }}
      >
        <div />
        {dates.map((date) => (
          <div
            key={date}
            data-day-header={date}
            style={{
              textAlign: "center",
              padding: "6px 0",
              fontWeight: date === today ? 600 : 400,
              color: date === today ? "#c8102e" : undefined,
              borderBottom: "1px solid #f0f0f0",
              background: props.highlightDate === date ? "#fff1f0" : undefined,
            }}
          >
            {shortDayLabel(date, locale)}
          </div>
        ))}

        <div style={{ position: "relative", height: slots.length * ROW_HEIGHT }}>
          {slots
            .filter((m) => m % 60 === 0)
            .map((m) => (
              <Typography.Text key={m} type="secondary" style={{ position: "absolute", top: scale.top(m) - 7, right: 8, fontSize: 11 }}>
                {formatClockTime(m)}
              </Typography.Text>
            ))}
        </div>

        {dates.map((date) => (
          <CalendarDay
            key={date}
            date={date}
            slots={slots}
            intervals={intervals}
            scale={scale}
            bookings={props.bookings}
            closures={props.closures}
            locale={locale}
            nowMinute={date === today ? nowMinute : null}
            past={(minute) => date < today || (date === today && minute + SLOT_MINUTES <= nowMinute)}
            bookable={(minute) => bookable(date, minute)}
            selection={drag && drag.date === date ? selectionSpan(drag.anchor, drag.current) : null}
            dragging={drag !== null}
            highlighted={props.highlightDate === date}
            highlightBookingId={props.highlightBookingId}
            onSlotDown={(minute) => setDrag({ date, anchor: minute, current: minute })}
            onSlotEnter={(minute) => extendTo(date, minute)}
            onSlotKey={(minute) => onSelect({ date, ...clickSpan(intervals, date, minute) })}
            onOpenBooking={props.onOpenBooking}
          />
        ))}
      </div>
    </div>
  );
}
