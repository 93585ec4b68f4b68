import { Descriptions, Drawer, Tag } from "antd";
import { formatDateTime, shownText, useHiddenFields, type Locale } from "@dongting/ui-kit";
import { BOOKING_STATUS_COLOR, bookingStatusLabel } from "../labels";
import type { BookingRow } from "../graph/fragments";
import { formatPeriod } from "../format";
import { t } from "../i18n";
import { BookingActions } from "./BookingActions";
import { BookingParty } from "./BookingParty";

/** One booking's details with the actions the viewer may take on it. */
export function BookingDrawer({
  booking,
  zoneName,
  now,
  locale,
  onClose,
}: {
  booking: BookingRow | null;
  zoneName: string;
  now: Date;
  locale: Locale;
  onClose(): void;
}) {
  const hidden = useHiddenFields();
  // Someone else's booking is a busy slot: its title comes redacted, its organiser and team withheld.
  const partyHidden =
    !!booking && !booking.organiser && !booking.team && (hidden.isHidden(booking, "organiser") || hidden.isHidden(booking, "team"));
  return (
    <Drawer open={!!booking} onClose={onClose} title={booking ? shownText(booking.title, locale) : undefined} size={420} destroyOnHidden>
      {booking ? (
        <div
          data-testid="booking-detail"
          data-booking-id={booking.id}
          data-status={booking.status}
          data-busy-slot={partyHidden ? "true" : undefined}
        >
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t(locale, "colZone")}>{zoneName}</Descriptions.Item>
            <Descriptions.Item label={t(locale, "colTime")}>{formatPeriod(booking.startsAt, booking.endsAt)}</Descriptions.Item>
            <Descriptions.Item label={t(locale, "colStatus")}>
              <Tag color={BOOKING_STATUS_COLOR[booking.status]}>{bookingStatusLabel(locale, booking.status)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t(locale, "colAttendees")}>{booking.attendees}</Descriptions.Item>
            <Descriptions.Item label={t(locale, "colOrganiser")}>
              {partyHidden ? <BookingParty booking={booking} locale={locale} /> : (booking.organiser?.name ?? "—")}
            </Descriptions.Item>
            {booking.team && !partyHidden ? <Descriptions.Item label={t(locale, "colTeam")}>{booking.team.name}</Descriptions.Item> : null}
            {booking.seriesId ? <Descriptions.Item label={t(locale, "colSeries")}>{t(locale, "weeklySeries")}</Descriptions.Item> : null}
            {booking.decisionNote ? <Descriptions.Item label={t(locale, "colNote")}>{booking.decisionNote}</Descriptions.Item> : null}
            {booking.checkedInAt ? (
              <Descriptions.Item label={t(locale, "colCheckedInAt")}>{formatDateTime(locale, booking.checkedInAt)}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t(locale, "colCreatedAt")}>{formatDateTime(locale, booking.createdAt)}</Descriptions.Item>
          </Descriptions>
          <div style={{ marginTop: 16 }}>
            <BookingActions booking={booking} now={now} locale={locale} size="middle" onDone={onClose} />
          </div>
        </div>
      ) : null}
    </Drawer>
  );
}
