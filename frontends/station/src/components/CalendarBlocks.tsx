import { Tooltip } from "antd";
import { formatClockTime } from "@dongting/domain/local-time";
import { isRedacted, shownText, type Locale } from "@dongting/ui-kit";
import { BOOKING_STATUS_STYLE, bookingStatusLabel } from "../labels";
import type { BookingRow, ClosureRow } from "../graph/fragments";
import { t } from "../i18n";
import type { PlacedItem } from "./calendar-layout";

/** Pixel geometry of a day column: the top of a minute, and the row height. */
export interface DayScale {
  top(minute: number): number;
  rowHeight: number;
  /** The first and the last minute the grid shows. */
  start: number;
  end: number;
}

const HATCH = "repeating-linear-gradient(45deg, rgba(0,0,0,0.06), rgba(0,0,0,0.06) 6px, rgba(0,0,0,0.12) 6px, rgba(0,0,0,0.12) 12px)";

/** A closure, hatched over the day's slots. */
export function ClosureBlock({
  placed,
  scale,
  locale,
  dragging,
}: {
  placed: PlacedItem<ClosureRow>;
  scale: DayScale;
  locale: Locale;
  dragging: boolean;
}) {
  const { item, from, to } = placed;
  const top = Math.max(0, scale.top(from));
  return (
    <Tooltip title={`${t(locale, "closedFor")}：${shownText(item.reason, locale)}`}>
      <div
        data-testid="calendar-closure"
        data-closure-id={item.id}
        style={{
          position: "absolute",
          top,
          height: Math.max(scale.rowHeight / 2, scale.top(Math.min(to, scale.end)) - top),
          left: 0,
          right: 0,
          background: HATCH,
          pointerEvents: dragging ? "none" : "auto",
          fontSize: 11,
          padding: 2,
          color: "#595959",
          overflow: "hidden",
        }}
      >
        {t(locale, "closedFor")}：{item.reason}
      </div>
    </Tooltip>
  );
}

export interface BookingBlockProps {
  placed: PlacedItem<BookingRow>;
  scale: DayScale;
  locale: Locale;
  dragging: boolean;
  highlighted: boolean;
  onOpen(booking: BookingRow): void;
}

/** A booking, coloured by status, side by side with the bookings it overlaps. */
export function BookingBlock({ placed, scale, locale, dragging, highlighted, onOpen }: BookingBlockProps) {
  const { item, from, to, lane, lanes } = placed;
  const look = BOOKING_STATUS_STYLE[item.status];
  const inactive = item.status === "CANCELLED" || item.status === "REJECTED";
  const top = Math.max(0, scale.top(from));
  const span = `${formatClockTime(from)}–${formatClockTime(to)}`;
  return (
    <div
      role="button"
      tabIndex={0}
      data-testid="calendar-booking"
      data-booking-id={item.id}
      data-status={item.status}
      data-title-hidden={isRedacted(item.title) ? "true" : undefined}
      title={`${shownText(item.title, locale)} ${span} · ${bookingStatusLabel(locale, item.status)}`}
      onClick={() => onOpen(item)}
      onKeyDown={(event) => {
        if (event.key === "Enter") onOpen(item);
      }}
      style={{
        position: "absolute",
        top: top + 1,
        height: Math.max(scale.rowHeight - 2, scale.top(Math.min(to, scale.end)) - top - 2),
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
        pointerEvents: dragging ? "none" : "auto",
        zIndex: highlighted ? 3 : 2,
      }}
    >
      <div style={{ fontWeight: 600, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }}>
        {shownText(item.title, locale)}
      </div>
      <div style={{ whiteSpace: "nowrap" }}>
        {span} · {bookingStatusLabel(locale, item.status)}
      </div>
    </div>
  );
}

/** The range being dragged out. */
export function SelectionBlock({ from, to, scale }: { from: number; to: number; scale: DayScale }) {
  return (
    <div
      data-testid="calendar-selection"
      style={{
        position: "absolute",
        top: scale.top(from),
        height: scale.top(to) - scale.top(from),
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
      {formatClockTime(from)}–{formatClockTime(to)}
    </div>
  );
}

/** The red line at the current time of today. */
export function NowLine({ minute, scale }: { minute: number; scale: DayScale }) {
  return (
    <div
      aria-hidden
      style={{
        position: "absolute",
        top: scale.top(minute),
        left: 0,
        right: 0,
        borderTop: "2px solid #c8102e",
        zIndex: 5,
        pointerEvents: "none",
      }}
    />
  );
}
