import type { CSSProperties } from "react";
import { formatClockTime, type LocalDate } from "@dongting/domain/local-time";
import type { OpeningInterval } from "@dongting/domain/station";
import type { Locale } from "@dongting/ui-kit";
import type { BookingRow, ClosureRow } from "../graph/fragments";
import { isOpen, placeOnDay, SLOT_MINUTES } from "./calendar-layout";
import { BookingBlock, ClosureBlock, NowLine, SelectionBlock, type DayScale } from "./CalendarBlocks";

export interface CalendarDayProps {
  date: LocalDate;
  /** Slot starts (minutes) the grid shows. */
  slots: readonly number[];
  intervals: readonly OpeningInterval[];
  scale: DayScale;
  bookings: readonly BookingRow[];
  closures: readonly ClosureRow[];
  locale: Locale;
  /** Minutes since midnight now, when this day is today. */
  nowMinute: number | null;
  past(minute: number): boolean;
  bookable(minute: number): boolean;
  selection: { from: number; to: number } | null;
  dragging: boolean;
  highlighted: boolean;
  highlightBookingId?: string | null;
  onSlotDown(minute: number): void;
  onSlotEnter(minute: number): void;
  onSlotKey(minute: number): void;
  onOpenBooking(booking: BookingRow): void;
}

/** One day's column of a week calendar: its half-hour slots, then closures, bookings, the selection and the time now. */
export function CalendarDay(props: CalendarDayProps) {
  const { date, scale, locale, dragging, nowMinute } = props;
  return (
    <div
      data-day={date}
      style={{
        position: "relative",
        height: props.slots.length * scale.rowHeight,
        borderLeft: "1px solid #f0f0f0",
        outline: props.highlighted ? "2px solid #ff4d4f" : undefined,
        outlineOffset: -2,
      }}
    >
      {props.slots.map((minute) => {
        const open = isOpen(props.intervals, date, minute, minute + SLOT_MINUTES);
        const canBook = props.bookable(minute);
        const style: CSSProperties = {
          height: scale.rowHeight,
          boxSizing: "border-box",
          borderTop: minute % 60 === 0 ? "1px solid #f0f0f0" : "1px dashed #fafafa",
          background: !open ? "#f5f5f5" : props.past(minute) ? "#fcfcfc" : undefined,
          cursor: canBook ? "pointer" : "default",
        };
        return (
          <div
            key={minute}
            role="gridcell"
            aria-disabled={!canBook}
            aria-label={`${date} ${formatClockTime(minute)}`}
            tabIndex={canBook ? 0 : -1}
            data-slot={`${date}T${formatClockTime(minute)}`}
            data-open={open ? "true" : "false"}
            style={style}
            onMouseDown={(event) => {
              if (!canBook || event.button !== 0) return;
              event.preventDefault();
              props.onSlotDown(minute);
            }}
            onMouseEnter={() => props.onSlotEnter(minute)}
            onKeyDown={(event) => {
              if (!canBook || (event.key !== "Enter" && event.key !== " ")) return;
              event.preventDefault();
              props.onSlotKey(minute);
            }}
          />
        );
      })}

      {placeOnDay(props.closures, date).map((placed) => (
        <ClosureBlock key={placed.item.id} placed={placed} scale={scale} locale={locale} dragging={dragging} />
      ))}
      {placeOnDay(props.bookings, date).map((placed) => (
        <BookingBlock
          key={placed.item.id}
          placed={placed}
          scale={scale}
          locale={locale}
          dragging={dragging}
          highlighted={props.highlightBookingId === placed.item.id}
          onOpen={props.onOpenBooking}
        />
      ))}
      {props.selection ? <SelectionBlock from={props.selection.from} to={props.selection.to} scale={scale} /> : null}
      {nowMinute !== null && nowMinute >= scale.start && nowMinute <= scale.end ? <NowLine minute={nowMinute} scale={scale} /> : null}
    </div>
  );
}
