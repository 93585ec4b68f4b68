import { useEffect, useMemo, useState } from "react";
import { Alert, Button, Form, Input, Modal, Typography } from "antd";
import { isLocalDate, type LocalDate } from "@dongting/domain/local-time";
import { BOOKING_TITLE_MAX_LENGTH } from "@dongting/domain/station";
import type { Locale } from "@dongting/ui-kit";
import type { BookingRow } from "../graph/fragments";
import type { ZoneWithHours } from "../graph/zones";
import { extensionNumber, extensionText } from "../graph/failure";
import { usePermissions } from "../hooks/permissions";
import { useBookZone, type BookingRefusal } from "../hooks/useBookZone";
import { t } from "../i18n";
import { bookingFieldErrors, bookingInput, bookingRules, timesAfterChange, zoneLimits, type BookingValues } from "./booking-form";
import { BookingRefusalAlert } from "./BookingRefusalAlert";
import { BookingSizeFields } from "./BookingSizeFields";
import { BookingTimeFields } from "./BookingTimeFields";
import { openingIntervals, startTimes } from "./calendar-layout";
import { FreeSlots } from "./FreeSlots";
import { JoinWaitlistButton, mayWaitFor } from "./JoinWaitlistButton";
import { OrganiserField } from "./OrganiserField";

export interface BookingDraft {
  date: LocalDate;
  from: number | null;
  to: number | null;
}

export interface BookingConflict {
  date: LocalDate | null;
  occurrence: number | null;
  bookingId: string | null;
}

export interface BookingModalProps {
  open: boolean;
  zone: ZoneWithHours;
  draft: BookingDraft;
  /** Monday of the week the calendar shows, to offer a jump when a conflict lies in another week. */
  shownWeek: LocalDate;
  now: Date;
  locale: Locale;
  onClose(): void;
  /** `skipped`: the dates a series with "skip clashing dates" left out. */
  onBooked(bookings: BookingRow[], skipped: string[]): void;
  /** The viewer joined the waitlist for the refused slot. */
  onWaiting?(): void;
  /** Called with the conflict a refusal names (or null once cleared), so the calendar can outline it. */
  onConflict(conflict: BookingConflict | null): void;
  onShowWeek(monday: LocalDate): void;
}

const draftTimes = (draft: BookingDraft) => ({ date: draft.date, start: draft.from ?? undefined, end: draft.to ?? undefined });

const conflictOf = (refusal: BookingRefusal): BookingConflict | null =>
  refusal.failure.kind === "CONFLICT"
    ? {
        date: extensionText(refusal.failure, "date"),
        occurrence: extensionNumber(refusal.failure, "occurrence"),
        bookingId: extensionText(refusal.failure, "conflictingBookingId"),
      }
    : null;

/**
 * The booking form: a time range on a day (prefilled from the calendar), attendees, a weekly repeat; checked
 * as the station checks it. A refusal shows in place (on the field it names, or by reason under the form)
 * and keeps the submit disabled until something changes.
 */
export function BookingModal(props: BookingModalProps) {
  const { open, zone, draft, shownWeek, now, locale, onClose, onBooked, onConflict, onShowWeek } = props;
  const permissions = usePermissions();
  const [form] = Form.useForm<BookingValues>();
  const intervals = useMemo(() => openingIntervals(zone.openingHours), [zone.openingHours]);
  const { minMinutes, maxMinutes, bufferMinutes, minNoticeHours, maxDaysAhead } = zone;
  const limits = useMemo(
    () => zoneLimits({ minMinutes, maxMinutes, bufferMinutes, minNoticeHours, maxDaysAhead }),
    [minMinutes, maxMinutes, bufferMinutes, minNoticeHours, maxDaysAhead],
  );
  const [refusal, setRefusal] = useState<BookingRefusal | null>(null);
  const [book, booking] = useBookZone(locale);
  const rules = bookingRules(locale, zone, now, (name) => form.getFieldValue(name));
  const date = Form.useWatch("date", form) ?? draft.date;
  const start = Form.useWatch("start", form);
  const repeat = Form.useWatch("repeat", form) ?? false;
  const occurrences = Form.useWatch("occurrences", form) ?? 1;
  const closedThatDay = isLocalDate(date) && startTimes(intervals, date, limits).length === 0;

  const clearRefusal = () => {
    if (refusal) onConflict(null);
    setRefusal(null);
  };

  // A new selection on the calendar replaces the time, keeps what was typed.
  useEffect(() => {
    form.setFieldsValue(draftTimes(draft));
    setRefusal(null);
  }, [draft, form]);

  const submit = async (values: BookingValues) => {
    clearRefusal();
    const series = values.repeat && !!values.skipConflicts;
    const outcome = await book(bookingInput(values, zone.id, permissions.manage), series);
    if ("booked" in outcome) return onBooked(outcome.booked, outcome.skipped);
    const fieldErrors = bookingFieldErrors(outcome.refused.failure, locale, zone);
    form.setFields(fieldErrors);
    setRefusal(outcome.refused);
    onConflict(conflictOf(outcome.refused));
  };

  const shownRefusal = refusal && bookingFieldErrors(refusal.failure, locale, zone).length === 0 ? refusal : null;
  const occurrenceCount = repeat ? occurrences : 1;
  const attendees = Form.useWatch("attendees", form);
  const end = Form.useWatch("end", form);
  const waitable =
    refusal && mayWaitFor(refusal.failure, occurrenceCount) && isLocalDate(date) && start !== undefined && end !== undefined && attendees
      ? { zoneId: zone.id, date, start, end, attendees }
      : null;
  return (
    <Modal
      open={open}
      title={t(locale, "newBookingFor", { zone: zone.name })}
      onCancel={onClose}
      width={640}
      destroyOnHidden={false}
      footer={[
        <Button key="close" onClick={onClose}>
          {t(locale, "close")}
        </Button>,
        <Button
          key="submit"
          type="primary"
          loading={booking.loading}
          disabled={closedThatDay || refusal !== null}
          title={refusal ? t(locale, "changeToRetry") : undefined}
          data-testid="booking-submit"
          onClick={() => form.submit()}
        >
          {t(locale, zone.requiresApproval ? "submitRequest" : "submitBooking")}
        </Button>,
      ]}
    >
      <div data-testid="booking-form">
        {zone.requiresApproval ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(locale, "needsApprovalHint")} /> : null}
        <Form<BookingValues>
          form={form}
          layout="vertical"
          initialValues={{
            title: "",
            ...draftTimes(draft),
            attendees: Math.min(zone.capacity, 10),
            repeat: false,
            occurrences: 4,
            skipConflicts: false,
            organiser: "self",
          }}
          onValuesChange={(changed, values) => {
            const patch = timesAfterChange(intervals, changed, values, limits);
            if (patch) form.setFieldsValue(patch);
            clearRefusal();
          }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item name="title" label={t(locale, "fieldTitle")} required rules={rules.title}>
            <Input
              data-testid="booking-title"
              count={{ show: true, max: BOOKING_TITLE_MAX_LENGTH }}
              placeholder={t(locale, "titlePlaceholder")}
            />
          </Form.Item>
          <BookingTimeFields intervals={intervals} limits={limits} now={now} locale={locale} rules={rules} />
          {closedThatDay ? (
            <Typography.Paragraph type="secondary" data-testid="closed-all-day">
              {t(locale, "closedAllDay")}
            </Typography.Paragraph>
          ) : null}
          {isLocalDate(date) ? (
            <FreeSlots
              zoneId={zone.id}
              exclusive={zone.exclusive}
              date={date}
              start={start ?? null}
              locale={locale}
              lengths={limits}
              onPick={(start, end) => {
                form.setFieldsValue({ start, end });
                void form.validateFields(["start", "end"]);
                clearRefusal();
              }}
            />
          ) : null}
          <BookingSizeFields
            capacity={zone.capacity}
            locale={locale}
            rules={rules}
            conflictDate={refusal ? (conflictOf(refusal)?.date ?? null) : null}
          />
          {permissions.manage ? <OrganiserField locale={locale} rules={rules} /> : null}
        </Form>
        {shownRefusal ? (
          <BookingRefusalAlert
            refusal={shownRefusal}
            occurrences={occurrenceCount}
            shownWeek={shownWeek}
            locale={locale}
            onShowWeek={onShowWeek}
          />
        ) : null}
        {waitable && permissions.act ? (
          <JoinWaitlistButton slot={waitable} locale={locale} onJoined={() => (props.onWaiting ?? onClose)()} />
        ) : null}
      </div>
    </Modal>
  );
}
