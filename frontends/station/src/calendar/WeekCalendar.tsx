import { useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { Tooltip, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { BOOKING_STATUS_STYLE, bookingStatusLabel } from "../labels";
import type { BookingRow, ClosureRow } from "../zones-query";
import { formatClock, shortDayLabel, toLocal, todayLocal, type LocalDate } from "../time";
import { t } from "../i18n";
import { intervalAt, isOpen, placeOnDay, selectionSpan, SLOT_MINUTES, type OpeningInterval } from "./layout";

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
const MAX_SLOTS = 240 / SLOT_MINUTES;

interface Drag {
  date: LocalDate;
  anchor: number;
  current: number;
}

/**
 * A week of one zone: a column per day, a row per half hour of the opening hours, bookings drawn
 * as blocks coloured by status (overlapping ones side by side), closures hatched, closed hours
 * shaded. Dragging over free open slots of one day selects a range to book (at most 4 hours).
 */
export function WeekCalendar(props: WeekCalendarProps) {
  const { dates, intervals, range, bookings, closures, now, locale, selectable } = props;
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  dragRef.current = drag;
  const onSelect = props.onSelect;

  const slots = useMemo(() => {
    const list: number[] = [];
    for (let m = range.start; m < range.end; m += SLOT_MINUTES) list.push(m);
    return list;
  }, [range.start, range.end]);
  const height = slots.length * ROW_HEIGHT;
  const top = (minute: number) => ((minute - range.start) / SLOT_MINUTES) * ROW_HEIGHT;
  const today = todayLocal(now);
  const nowLocal = toLocal(now);

  const bookable = (date: LocalDate, minute: number) =>
    selectable && isOpen(intervals, date, minute, minute + SLOT_MINUTES) && (date > today || (date === today && minute >= nowLocal.minute));

  // A drag ends wherever the mouse is released.
  useEffect(() => {
    if (!drag) return;
    const finish = () => {
      const current = dragRef.current;
      setDrag(null);
      if (!current) return;
      let { from, to } = selectionSpan(current.anchor, current.current);
      if (current.anchor === current.current) {
        // A single click asks for an hour when the zone stays open that long.
        const interval = intervalAt(intervals, current.date, from);
        if (interval && from + 60 <= interval.closes) to = from + 60;
      }
      onSelect({ date: current.date, from, to });
    };
    window.addEventListener("mouseup", finish);
    return () => window.removeEventListener("mouseup", finish);
  }, [drag !== null, intervals, onSelect]); // eslint-disable-line react-hooks/exhaustive-deps

  const extendTo = (date: LocalDate, minute: number) => {
    const current = dragRef.current;
    if (!current || current.date !== date) return;
    // Stay inside the anchor's opening interval, and within 4 hours.
    const interval = intervalAt(intervals, date, current.anchor);
    if (!interval || minute < interval.opens || minute + SLOT_MINUTES > interval.closes) return;
    if (Math.abs(minute - current.anchor) / SLOT_MINUTES >= MAX_SLOTS) return;
    if (minute < current.anchor && !bookable(date, minute)) return;
    setDrag({ ...current, current: minute });
  };

  const gridColumns = `${GUTTER}px repeat(${dates.length}, minmax(96px, 1fr))`;

  return (
    <div data-testid="week-calendar" style={{ overflowX: "auto", userSelect: drag ? "none" : undefined }}>
      <div style={{ display: "grid", gridTemplateColumns: gridColumns, minWidth: GUTTER + dates.length * 96 }}>
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

        <div style={{ position: "relative", height }}>
          {slots
            .filter((m) => m % 60 === 0)
            .map((m) => (
              <Typography.Text key={m} type="secondary" style={{ position: "absolute", top: top(m) - 7, right: 8, fontSize: 11 }}>
                {formatClock(m)}
              </Typography.Text>
            ))}
        </div>

        {dates.map((date) => {
          const placedBookings = placeOnDay(bookings, date);
          const placedClosures = placeOnDay(closures, date);
          const selection = drag && drag.date === date ? selectionSpan(drag.anchor, drag.current) : null;
          return (
            <div
              key={date}
              data-day={date}
              style={{
                position: "relative",
                height,
                borderLeft: "1px solid #f0f0f0",
                outline: props.highlightDate === date ? "2px solid #ff4d4f" : undefined,
                outlineOffset: -2,
              }}
            >
              {slots.map((minute) => {
                const open = isOpen(intervals, date, minute, minute + SLOT_MINUTES);
                const canBook = bookable(date, minute);
                const past = date < today || (date === today && minute + SLOT_MINUTES <= nowLocal.minute);
                const style: CSSProperties = {
                  height: ROW_HEIGHT,
                  boxSizing: "border-box",
                  borderTop: minute % 60 === 0 ? "1px solid #f0f0f0" : "1px dashed #fafafa",
                  background: !open ? "#f5f5f5" : past ? "#fcfcfc" : undefined,
                  cursor: canBook ? "pointer" : "default",
                };
                return (
                  <div
                    key={minute}
                    role="gridcell"
                    aria-disabled={!canBook}
                    aria-label={`${date} ${formatClock(minute)}`}
                    tabIndex={canBook ? 0 : -1}
                    data-slot={`${date}T${formatClock(minute)}`}
                    data-open={open ? "true" : "false"}
                    style={style}
                    onMouseDown={(event) => {
                      if (!canBook || event.button !== 0) return;
                      event.preventDefault();
                      setDrag({ date, anchor: minute, current: minute });
                    }}
                    onMouseEnter={() => extendTo(date, minute)}
                    onKeyDown={(event) => {
                      if (!canBook || (event.key !== "Enter" && event.key !== " ")) return;
                      event.preventDefault();
                      const interval = intervalAt(intervals, date, minute);
                      const to = interval && minute + 60 <= interval.closes ? minute + 60 : minute + SLOT_MINUTES;
                      onSelect({ date, from: minute, to });
                    }}
                  />
                );
              })}

              {placedClosures.map(({ item, from, to }) => (
                <Tooltip key={item.id} title={`${t(locale, "closedFor")}：${item.reason}`}>
                  <div
                    data-testid="calendar-closure"
                    data-closure-id={item.id}
                    style={{
                      position: "absolute",
                      top: Math.max(0, top(from)),
                      height: Math.max(ROW_HEIGHT / 2, top(Math.min(to, range.end)) - Math.max(0, top(from))),
                      left: 0,
                      right: 0,
                      background:
                        "repeating-linear-gradient(45deg, rgba(0,0,0,0.06), rgba(0,0,0,0.06) 6px, rgba(0,0,0,0.12) 6px, rgba(0,0,0,0.12) 12px)",
                      pointerEvents: drag ? "none" : "auto",
                      fontSize: 11,
                      padding: 2,
                      color: "#595959",
                      overflow: "hidden",
                    }}
                  >
                    {t(locale, "closedFor")}：{item.reason}
                  </div>
                </Tooltip>
              ))}

              {placedBookings.map(({ item, from, to, lane, lanes }) => {
                const look = BOOKING_STATUS_STYLE[item.status];
                const inactive = item.status === "CANCELLED" || item.status === "REJECTED";
                const highlighted = props.highlightBookingId === item.id;
                const blockTop = Math.max(0, top(from));
                const blockHeight = Math.max(ROW_HEIGHT - 2, top(Math.min(to, range.end)) - blockTop - 2);
                return (
                  <div
                    key={item.id}
                    role="button"
                    tabIndex={0}
                    data-testid="calendar-booking"
                    data-booking-id={item.id}
                    data-status={item.status}
                    title={`${item.title} ${formatClock(from)}–${formatClock(to)} · ${bookingStatusLabel(locale, item.status)}`}
                    onClick={() => props.onOpenBooking(item)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter") props.onOpenBooking(item);
                    }}
                    style={{
                      position: "absolute",
                      top: blockTop + 1,
                      height: blockHeight,
                      left: `calc(${(lane / lanes) * 100}% + 2px)`,
                      width: `calc(${100 / lanes}% - 4px)`,
                      background: look.background,
                      borderLeft: `3px solid ${look.border}`,
                      outline: highlighted ? "2px solid #ff4d4f" : undefined,
                      boxShadow: highlighted ? "0 0 0 4px rgba(255,77,79,0.2)" : "0 1px 2px rgba(0,0,0,0.06)",
                      borderRadius: 4,
                      padding: "1px 4px",
                      fontSize: 11,
                      lineHeight: "15px",
                      color: look.color,
                      opacity: inactive ? 0.6 : 1,
                      textDecoration: inactive ? "line-through" : undefined,
                      overflow: "hidden",
                      cursor: "pointer",
                      pointerEvents: drag ? "none" : "auto",
                      zIndex: highlighted ? 3 : 2,
                    }}
                  >
                    <div style={{ fontWeight: 600, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }}>{item.title}</div>
                    <div style={{ whiteSpace: "nowrap" }}>
                      {formatClock(from)}–{formatClock(to)} · {bookingStatusLabel(locale, item.status)}
                    </div>
                  </div>
                );
              })}

              {selection ? (
                <div
                  data-testid="calendar-selection"
                  style={{
                    position: "absolute",
                    top: top(selection.from),
                    height: top(selection.to) - top(selection.from),
                    left: 2,
                    right: 2,
                    background: "rgba(200,16,46,0.15)",
                    border: "1px solid #c8102e",
                    borderRadius: 4,
                    pointerEvents: "none",
                    zIndex: 4,
                    fontSize: 11,
                    padding: 2,
                    color: "#c8102e",
                  }}
                >
                  {formatClock(selection.from)}–{formatClock(selection.to)}
                </div>
              ) : null}

              {date === today && nowLocal.minute >= range.start && nowLocal.minute <= range.end ? (
                <div
                  aria-hidden
                  style={{
                    position: "absolute",
                    top: top(nowLocal.minute),
                    left: 0,
                    right: 0,
                    borderTop: "2px solid #c8102e",
                    zIndex: 5,
                    pointerEvents: "none",
                  }}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
