import { Alert, Button, Flex, Typography } from "antd";
import type { LocalDate } from "@dongting/domain/local-time";
import { mondayOf } from "@dongting/domain/station-calendar";
import { shownText, type Locale } from "@dongting/ui-kit";
import { extensionNumber, extensionText, isWordedByReason } from "../graph/failure";
import type { BookingRefusal } from "../hooks/useBookZone";
import { formatPeriod } from "../format";
import { t } from "../i18n";

export interface BookingRefusalAlertProps {
  refusal: BookingRefusal;
  /** Occurrences asked for (a weekly series books all of them or none). */
  occurrences: number;
  /** Monday of the week the calendar shows, to offer a jump when the conflict lies in another week. */
  shownWeek: LocalDate;
  locale: Locale;
  onShowWeek(monday: LocalDate): void;
}

/** What the refusal's reason adds about the conflict: the booking it collides with, the room left. */
function ConflictDetail({ refusal, locale }: { refusal: BookingRefusal; locale: Locale }) {
  const { failure, collidesWith } = refusal;
  if (failure.reason === "BOOKING_OVERLAP" && collidesWith) {
    const period = formatPeriod(collidesWith.startsAt, collidesWith.endsAt);
    return (
      <span data-testid="conflicting-booking">{t(locale, "conflictWith", { title: shownText(collidesWith.title, locale), period })}</span>
    );
  }
  const present = extensionNumber(failure, "present");
  const capacity = extensionNumber(failure, "capacity");
  if (failure.reason === "ZONE_FULL" && present !== null && capacity !== null) {
    return <span>{t(locale, "zoneFullDetail", { present, capacity })}</span>;
  }
  return null;
}

/**
 * A refused booking, in place under the form: the reason in the UI's language, and for a conflict the
 * date (and the series' occurrence) it names, with a jump to that week. Only a refusal without a known
 * reason shows the server's own message.
 */
export function BookingRefusalAlert({ refusal, occurrences, shownWeek, locale, onShowWeek }: BookingRefusalAlertProps) {
  const { failure } = refusal;
  const conflict = failure.kind === "CONFLICT";
  const date = conflict ? extensionText(failure, "date") : null;
  const occurrence = extensionNumber(failure, "occurrence");
  const worded = isWordedByReason(failure, locale);
  return (
    <Alert
      type="error"
      showIcon
      data-testid={conflict ? "booking-conflict" : "booking-error"}
      data-conflict-date={date ?? undefined}
      data-reason={failure.reason ?? ""}
      title={conflict ? t(locale, "conflictTitle") : failure.title}
      description={
        <Flex vertical gap={4}>
          {conflict && worded ? <Typography.Text data-testid="refusal-reason">{failure.title}</Typography.Text> : null}
          {date ? (
            <Typography.Text strong data-testid="conflict-date">
              {occurrence && occurrences > 1 ? t(locale, "conflictOnOccurrence", { date, occurrence }) : t(locale, "conflictOn", { date })}
            </Typography.Text>
          ) : null}
          {conflict ? <ConflictDetail refusal={refusal} locale={locale} /> : null}
          {conflict && occurrences > 1 ? <span>{t(locale, "seriesNothingBooked")}</span> : null}
          {worded ? null : <Typography.Text type="secondary">{failure.message}</Typography.Text>}
          {date && mondayOf(date) !== shownWeek ? (
            <div>
              <Button size="small" onClick={() => onShowWeek(mondayOf(date))}>
                {t(locale, "showThatWeek")}
              </Button>
            </div>
          ) : null}
        </Flex>
      }
    />
  );
}
