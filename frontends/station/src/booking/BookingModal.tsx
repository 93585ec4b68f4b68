import { useEffect, useMemo, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Checkbox, Col, Flex, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Tag, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { BOOK_ZONE, TEAMS, type PersonOption } from "../bookings-query";
import { FREE_SLOTS, type BookingRow, type ZoneWithHours } from "../zones-query";
import { graphFailure, type GraphFailure } from "../graph-errors";
import { endTimes, openingIntervals, startTimes, SLOT_MINUTES } from "../calendar/layout";
import { addDays, clockOf, formatClock, isLocalDate, localInstant, mondayOf, todayLocal, toLocal, type LocalDate } from "../time";
import { usePermissions } from "../viewer";
import { t } from "../i18n";
import { PersonPicker } from "./PersonPicker";
import { MAX_DAYS_AHEAD, MAX_WEEKLY_OCCURRENCES, weeklyStarts } from "./rules";

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
  locale: Locale;
  onClose(): void;
  onBooked(bookings: BookingRow[]): void;
  /** Called with the conflict a refusal names (or null once cleared), so the calendar can outline it. */
  onConflict(conflict: BookingConflict | null): void;
  onShowWeek(monday: LocalDate): void;
}

type OrganiserMode = "self" | "person" | "team";

const str = (value: unknown) => (typeof value === "string" ? value : null);

/** The booking form: a time range on a day (prefilled from the calendar), attendees, a weekly repeat; refusals shown in place. */
export function BookingModal({ open, zone, draft, shownWeek, locale, onClose, onBooked, onConflict, onShowWeek }: BookingModalProps) {
  const permissions = usePermissions();
  const intervals = useMemo(() => openingIntervals(zone.openingHours), [zone.openingHours]);
  const today = todayLocal();
  const lastDay = addDays(today, MAX_DAYS_AHEAD);

  const [title, setTitle] = useState("");
  const [date, setDate] = useState<LocalDate>(draft.date);
  const [start, setStart] = useState<number | null>(draft.from);
  const [end, setEnd] = useState<number | null>(draft.to);
  const [attendees, setAttendees] = useState<number | null>(Math.min(zone.capacity, 10));
  const [repeat, setRepeat] = useState(false);
  const [occurrences, setOccurrences] = useState<number | null>(4);
  const [mode, setMode] = useState<OrganiserMode>("self");
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [failure, setFailure] = useState<GraphFailure | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const [bookZone, booking] = useMutation(BOOK_ZONE, { refetchQueries: "active", awaitRefetchQueries: true });
  const teams = useQuery(TEAMS, { skip: !permissions.manage || mode !== "team" });
  const validDate = isLocalDate(date);
  const freeSlots = useQuery(FREE_SLOTS, { variables: { id: zone.id, date }, skip: !open || !validDate });

  // A new selection on the calendar replaces the time, keeps what was typed.
  useEffect(() => {
    setDate(draft.date);
    setStart(draft.from);
    setEnd(draft.to);
    setFailure(null);
    setProblem(null);
  }, [draft]);

  const clearRefusal = () => {
    if (failure) onConflict(null);
    setFailure(null);
    setProblem(null);
  };

  const starts = validDate ? startTimes(intervals, date) : [];
  const ends = validDate && start !== null ? endTimes(intervals, date, start) : [];
  const count = repeat ? (occurrences ?? 0) : 1;
  const seriesDates = validDate && start !== null ? weeklyStarts(localInstant(date, start), count).map((d) => toLocal(d).date) : [];
  const conflictDate = failure?.kind === "CONFLICT" ? str(failure.extensions.date) : null;

  const submit = async () => {
    clearRefusal();
    if (!title.trim()) return setProblem(t(locale, "needTitle"));
    if (!validDate || date < today || date > lastDay) return setProblem(t(locale, "needDate", { days: MAX_DAYS_AHEAD }));
    if (start === null || end === null || end <= start) return setProblem(t(locale, "needTime"));
    if (!attendees || attendees < 1 || attendees > zone.capacity)
      return setProblem(t(locale, "needAttendees", { capacity: zone.capacity }));
    if (repeat && (!occurrences || occurrences < 2 || occurrences > MAX_WEEKLY_OCCURRENCES)) {
      return setProblem(t(locale, "needOccurrences", { max: MAX_WEEKLY_OCCURRENCES }));
    }
    if (permissions.manage && mode === "person" && !person) return setProblem(t(locale, "needPerson"));
    if (permissions.manage && mode === "team" && !teamId) return setProblem(t(locale, "needTeam"));
    try {
      const result = await bookZone({
        variables: {
          input: {
            zoneId: zone.id,
            title: title.trim(),
            startsAt: localInstant(date, start).toISOString(),
            endsAt: localInstant(date, end).toISOString(),
            attendees,
            weeklyOccurrences: repeat ? occurrences : 1,
            ...(permissions.manage && mode === "person" && person ? { organiserId: person.id } : {}),
            ...(permissions.manage && mode === "team" && teamId ? { teamId } : {}),
          },
        },
      });
      onBooked(result.data?.bookZone ?? []);
    } catch (error) {
      const refused = graphFailure(error, locale);
      setFailure(refused);
      onConflict(
        refused.kind === "CONFLICT"
          ? {
              date: str(refused.extensions.date),
              occurrence: typeof refused.extensions.occurrence === "number" ? refused.extensions.occurrence : null,
              bookingId: str(refused.extensions.conflictingBookingId),
            }
          : null,
      );
    }
  };

  const occurrence = typeof failure?.extensions.occurrence === "number" ? failure.extensions.occurrence : null;

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
        <Button key="submit" type="primary" loading={booking.loading} data-testid="booking-submit" onClick={() => void submit()}>
          {t(locale, zone.requiresApproval ? "submitRequest" : "submitBooking")}
        </Button>,
      ]}
    >
      <div data-testid="booking-form">
        {zone.requiresApproval ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(locale, "needsApprovalHint")} /> : null}
        <Form layout="vertical" component="div">
          <Form.Item label={t(locale, "fieldTitle")} required>
            <Input
              data-testid="booking-title"
              value={title}
              maxLength={100}
              placeholder={t(locale, "titlePlaceholder")}
              onChange={(e) => {
                setTitle(e.target.value);
                setProblem(null);
              }}
            />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={10}>
              <Form.Item label={t(locale, "fieldDate")} required>
                <Input
                  type="date"
                  data-testid="booking-date"
                  value={date}
                  min={today}
                  max={lastDay}
                  onChange={(e) => {
                    const next = e.target.value;
                    setDate(next);
                    // Keep the time when the zone is open then on the new day too.
                    if (start !== null && (!isLocalDate(next) || !startTimes(intervals, next).includes(start))) {
                      setStart(null);
                      setEnd(null);
                    } else if (start !== null && end !== null && isLocalDate(next) && !endTimes(intervals, next, start).includes(end)) {
                      setEnd(null);
                    }
                    clearRefusal();
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={7}>
              <Form.Item label={t(locale, "fieldStart")} required>
                <div data-testid="booking-start">
                  <Select<number>
                    showSearch={{ optionFilterProp: "label" }}
                    value={start ?? undefined}
                    placeholder="--:--"
                    options={starts.map((m) => ({ value: m, label: formatClock(m) }))}
                    notFoundContent={t(locale, "closedThatDay")}
                    onChange={(value) => {
                      setStart(value);
                      const allowed = endTimes(intervals, date, value);
                      if (end === null || !allowed.includes(end)) setEnd(allowed.includes(value + 60) ? value + 60 : (allowed[0] ?? null));
                      clearRefusal();
                    }}
                  />
                </div>
              </Form.Item>
            </Col>
            <Col xs={12} sm={7}>
              <Form.Item label={t(locale, "fieldEnd")} required>
                <div data-testid="booking-end">
                  <Select<number>
                    showSearch={{ optionFilterProp: "label" }}
                    value={end ?? undefined}
                    placeholder="--:--"
                    options={ends.map((m) => ({ value: m, label: formatClock(m) }))}
                    onChange={(value) => {
                      setEnd(value);
                      clearRefusal();
                    }}
                  />
                </div>
              </Form.Item>
            </Col>
          </Row>
          {validDate ? (
            <Flex gap={6} wrap align="center" style={{ marginTop: -8, marginBottom: 12 }} data-testid="free-slots">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(locale, "freeSlots")}
              </Typography.Text>
              {freeSlots.data?.zone?.freeSlots.length === 0 ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(locale, "noFreeSlots")}
                </Typography.Text>
              ) : null}
              {(freeSlots.data?.zone?.freeSlots ?? []).map((slot) => {
                const from = Math.ceil(toLocal(slot.startsAt).minute / SLOT_MINUTES) * SLOT_MINUTES;
                const until = toLocal(slot.endsAt).date === date ? toLocal(slot.endsAt).minute : 24 * 60;
                return (
                  <Tag.CheckableTag
                    key={slot.startsAt}
                    checked={start !== null && start >= from && start < until}
                    onChange={() => {
                      if (until - from < 30) return;
                      setStart(from);
                      setEnd(Math.min(until, from + 60) - from >= 30 ? Math.min(until, from + 60) : until);
                      clearRefusal();
                    }}
                  >
                    {clockOf(slot.startsAt)}–{until >= 24 * 60 ? "24:00" : clockOf(slot.endsAt)}
                    {zone.exclusive ? "" : ` · ${t(locale, "spaceLeft", { count: slot.freeCapacity })}`}
                  </Tag.CheckableTag>
                );
              })}
            </Flex>
          ) : null}
          <Row gutter={12}>
            <Col xs={24} sm={10}>
              <Form.Item label={t(locale, "fieldAttendees")} required extra={t(locale, "capacity", { count: zone.capacity })}>
                <div data-testid="booking-attendees">
                  <InputNumber
                    min={1}
                    max={zone.capacity}
                    precision={0}
                    value={attendees}
                    onChange={setAttendees}
                    style={{ width: "100%" }}
                  />
                </div>
              </Form.Item>
            </Col>
            <Col xs={24} sm={14}>
              <Form.Item label={t(locale, "fieldRepeat")}>
                <Space>
                  <Checkbox
                    data-testid="booking-repeat"
                    checked={repeat}
                    onChange={(e) => {
                      setRepeat(e.target.checked);
                      clearRefusal();
                    }}
                  >
                    {t(locale, "repeatWeekly")}
                  </Checkbox>
                  <span data-testid="booking-occurrences">
                    <InputNumber
                      min={2}
                      max={MAX_WEEKLY_OCCURRENCES}
                      precision={0}
                      disabled={!repeat}
                      value={occurrences}
                      onChange={(value) => {
                        setOccurrences(value);
                        clearRefusal();
                      }}
                      suffix={t(locale, "times")}
                      style={{ width: 110 }}
                    />
                  </span>
                </Space>
              </Form.Item>
            </Col>
          </Row>
          {repeat && seriesDates.length > 1 ? (
            <Flex gap={4} wrap style={{ marginTop: -8, marginBottom: 12 }} data-testid="series-dates">
              {seriesDates.map((d, i) => (
                <Tag key={d} color={d === conflictDate ? "red" : undefined} data-series-date={d}>
                  {i + 1}. {d}
                </Tag>
              ))}
            </Flex>
          ) : null}
          {permissions.manage ? (
            <Form.Item label={t(locale, "fieldOrganiser")}>
              <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as OrganiserMode)}>
                <Radio value="self">{t(locale, "organiserSelf")}</Radio>
                <Radio value="person">{t(locale, "organiserPerson")}</Radio>
                <Radio value="team">{t(locale, "organiserTeam")}</Radio>
              </Radio.Group>
              {mode === "person" ? (
                <div style={{ marginTop: 8 }}>
                  <PersonPicker value={person} onChange={setPerson} locale={locale} testId="booking-person" />
                </div>
              ) : null}
              {mode === "team" ? (
                <Select
                  style={{ width: "100%", marginTop: 8 }}
                  showSearch={{ optionFilterProp: "label" }}
                  placeholder={t(locale, "chooseTeam")}
                  loading={teams.loading}
                  value={teamId ?? undefined}
                  onChange={setTeamId}
                  options={(teams.data?.volunteerTeams ?? []).map((team) => ({ value: team.id, label: team.name }))}
                />
              ) : null}
            </Form.Item>
          ) : null}
        </Form>

        {problem ? <Alert type="warning" showIcon title={problem} data-testid="booking-problem" /> : null}
        {failure ? (
          <Alert
            type="error"
            showIcon
            data-testid={failure.kind === "CONFLICT" ? "booking-conflict" : "booking-error"}
            data-conflict-date={conflictDate ?? undefined}
            title={failure.kind === "CONFLICT" ? t(locale, "conflictTitle") : failure.title}
            description={
              <Flex vertical gap={4}>
                {conflictDate ? (
                  <Typography.Text strong data-testid="conflict-date">
                    {occurrence && count > 1
                      ? t(locale, "conflictOnOccurrence", { date: conflictDate, occurrence })
                      : t(locale, "conflictOn", { date: conflictDate })}
                  </Typography.Text>
                ) : null}
                {failure.kind === "CONFLICT" && count > 1 ? <span>{t(locale, "seriesNothingBooked")}</span> : null}
                <Typography.Text type="secondary">{failure.message}</Typography.Text>
                {conflictDate && mondayOf(conflictDate) !== shownWeek ? (
                  <div>
                    <Button size="small" onClick={() => onShowWeek(mondayOf(conflictDate))}>
                      {t(locale, "showThatWeek")}
                    </Button>
                  </div>
                ) : null}
              </Flex>
            }
          />
        ) : null}
      </div>
    </Modal>
  );
}
