import { useEffect, useMemo, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Checkbox, Form, Input, Modal, Select, Space, Typography, type FormInstance } from "antd";
import { Link, useCommunityFilter, type Locale } from "@dongting/ui-kit";
import { MEETING_TITLE_MAX, MINUTES_MAX } from "@dongting/domain/council";
import { RESIDENT_CLASSES } from "../graph/classes";
import { CLASS_ATTENDEE_CANDIDATES, RECORD_MEETING, SCHEDULE_MEETING, STATION_ZONES, ZONE_BOOKINGS } from "../graph/meetings";
import { PROPOSALS } from "../graph/proposals";
import { MEETING_KINDS, meetingKindLabel, type MeetingKind } from "../labels";
import { meetingInput, type MeetingFields } from "../meeting-input";
import { bookingChoices, bookingWindow, meetingSpan, preferredZoneId } from "../meeting-booking";
import { formatSpan } from "../format";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

export interface MeetingFormModalProps {
  open: boolean;
  locale: Locale;
  /** The day the form starts on (a local date). */
  defaultDate: string;
  onClose: () => void;
}

/** Staff or a monitor schedule a class committee meeting or a 班长议事会 session, with its agenda. */
export function MeetingFormModal({ open, locale, defaultDate, onClose }: MeetingFormModalProps) {
  const [form] = Form.useForm<MeetingFields>();
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const community = useCommunityFilter();
  const kind = Form.useWatch("kind", form) ?? "CLASS_COMMITTEE";
  const classes = useQuery(RESIDENT_CLASSES, { variables: community, skip: !open });
  const proposals = useQuery(PROPOSALS, { variables: { status: ["DRAFT", "DELIBERATION", "VOTING"], first: 100 }, skip: !open });
  const [schedule, { loading }] = useMutation(SCHEDULE_MEETING, { refetchQueries: "active" });

  const submit = async (fields: MeetingFields) => {
    setError(null);
    const built = meetingInput(fields);
    if ("problem" in built) {
      setProblem(t(locale, built.problem));
      return;
    }
    setProblem(null);
    try {
      await schedule({ variables: { input: built.input } });
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <Modal
      open={open}
      width={640}
      title={t(locale, "scheduleMeeting")}
      okText={t(locale, "create")}
      cancelText={t(locale, "cancel")}
      confirmLoading={loading}
      okButtonProps={{ "data-testid": "meeting-form-submit" }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form<MeetingFields>
        form={form}
        layout="vertical"
        initialValues={{ kind: "CLASS_COMMITTEE", date: defaultDate, start: "19:00", end: "20:30" }}
        onFinish={(fields) => void submit(fields)}
        preserve={false}
        data-testid="meeting-form"
      >
        <Form.Item name="kind" label={t(locale, "meetingKind")}>
          <Select<MeetingKind>
            data-testid="meeting-kind"
            options={MEETING_KINDS.map((k) => ({ value: k, label: meetingKindLabel(locale, k) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t(locale, "meetingTitle")}
          rules={[
            { required: true, whitespace: true, message: t(locale, "required", { field: t(locale, "meetingTitle") }) },
            { max: MEETING_TITLE_MAX, message: t(locale, "tooLong", { field: t(locale, "meetingTitle"), max: MEETING_TITLE_MAX }) },
          ]}
        >
          <Input data-testid="meeting-title" maxLength={MEETING_TITLE_MAX} />
        </Form.Item>
        {kind === "CLASS_COMMITTEE" ? (
          <Form.Item
            name="residentClassId"
            label={t(locale, "meetingClass")}
            rules={[{ required: true, message: t(locale, "classRequired") }]}
          >
            <Select
              data-testid="meeting-class"
              showSearch={{ optionFilterProp: "label" }}
              loading={classes.loading}
              options={(classes.data?.residentClasses ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        ) : null}
        <Space.Compact block>
          <Form.Item name="date" label={t(locale, "meetingDate")} extra={t(locale, "dateHint")} style={{ flex: 2 }}>
            <Input data-testid="meeting-date" />
          </Form.Item>
          <Form.Item name="start" label={t(locale, "meetingStart")} style={{ flex: 1 }}>
            <Input data-testid="meeting-start" placeholder="19:00" />
          </Form.Item>
          <Form.Item name="end" label={t(locale, "meetingEnd")} style={{ flex: 1 }}>
            <Input data-testid="meeting-end" placeholder="20:30" />
          </Form.Item>
        </Space.Compact>
        <MeetingBookingField form={form} open={open} locale={locale} />
        <Form.Item name="proposalIds" label={t(locale, "meetingAgenda")}>
          <Select
            mode="multiple"
            data-testid="meeting-agenda"
            loading={proposals.loading}
            showSearch={{ optionFilterProp: "label" }}
            options={(proposals.data?.proposals.edges ?? []).map(({ node }) => ({ value: node.id, label: node.title }))}
          />
        </Form.Item>
      </Form>
      {problem ? (
        <div role="alert" data-testid="meeting-form-problem" style={{ color: "#ff4d4f" }}>
          {problem}
        </div>
      ) : null}
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="meeting-form-error" />
    </Modal>
  );
}

/** The shell's path of the Lexiang station remote, where the 议事厅 is booked. */
const STATION_PATH = "~/station";

/**
 * The optional 议事厅 booking of the meeting form: a zone of the station (the 议事厅 preselected) and one of its
 * bookings overlapping the meeting's time, sent as `bookingId`; with none, a link to book one at the station.
 */
function MeetingBookingField({ form, open, locale }: { form: FormInstance<MeetingFields>; open: boolean; locale: Locale }) {
  const community = useCommunityFilter();
  const date = Form.useWatch("date", form);
  const start = Form.useWatch("start", form);
  const end = Form.useWatch("end", form);
  const bookingId = Form.useWatch("bookingId", form);
  const zones = useQuery(STATION_ZONES, { variables: community, skip: !open });
  const [pickedZoneId, setPickedZoneId] = useState<string | undefined>(undefined);
  const zoneId = pickedZoneId ?? preferredZoneId(zones.data?.zones ?? []);
  const day = useMemo(() => bookingWindow(date), [date]);
  const bookings = useQuery(ZONE_BOOKINGS, {
    variables: { id: zoneId ?? "", from: day?.from ?? "", to: day?.to ?? "" },
    skip: !open || !zoneId || !day,
  });
  const span = useMemo(() => meetingSpan(date, start, end), [date, start, end]);
  const choices = useMemo(() => bookingChoices(bookings.data?.zone?.bookings ?? [], span), [bookings.data, span]);

  // A booking picked for another day, time or zone is dropped rather than sent.
  useEffect(() => {
    if (bookingId && !bookings.loading && !choices.some((booking) => booking.id === bookingId)) form.setFieldValue("bookingId", undefined);
  }, [bookingId, bookings.loading, choices, form]);

  const empty = !!zoneId && !!day && !bookings.loading && !bookings.error && choices.length === 0;
  return (
    <Space.Compact block>
      <Form.Item label={t(locale, "bookingZone")} style={{ flex: 1 }}>
        <Select<string>
          data-testid="meeting-booking-zone"
          value={zoneId}
          loading={zones.loading}
          showSearch={{ optionFilterProp: "label" }}
          options={(zones.data?.zones ?? []).map((zone) => ({ value: zone.id, label: zone.name }))}
          onChange={(value) => {
            setPickedZoneId(value);
            form.setFieldValue("bookingId", undefined);
          }}
        />
      </Form.Item>
      <Form.Item
        name="bookingId"
        label={t(locale, "meetingBooking")}
        style={{ flex: 2 }}
        extra={
          bookingId ? null : (
            <span data-testid="meeting-booking-hint">
              {empty ? <Typography.Text type="secondary">{t(locale, "noBookingHint")} </Typography.Text> : null}
              <Link href={STATION_PATH} data-testid="book-at-station">
                {t(locale, "bookAtStation")}
              </Link>
            </span>
          )
        }
      >
        <Select<string>
          data-testid="meeting-booking"
          allowClear
          placeholder={t(locale, "bookingPlaceholder")}
          loading={bookings.loading}
          disabled={!zoneId || !day}
          options={choices.map((booking) => ({
            value: booking.id,
            label: `${formatSpan(locale, booking.startsAt, booking.endsAt)} ${booking.title}`,
          }))}
        />
      </Form.Item>
    </Space.Compact>
  );
}

export interface RecordMeetingModalProps {
  open: boolean;
  meeting: {
    id: string;
    kind: MeetingKind;
    minutes: string | null;
    residentClass: { id: string } | null;
    attendees: ReadonlyArray<{ id: string; name: string }>;
  };
  locale: Locale;
  onClose: () => void;
}

/**
 * After the meeting: who attended (a class meeting: its committee and members; a 班长议事会 session: the
 * monitors) and the minutes (会议纪要).
 */
export function RecordMeetingModal({ open, meeting, locale, onClose }: RecordMeetingModalProps) {
  const [form] = Form.useForm<{ attendeeIds: string[]; minutes: string }>();
  const [error, setError] = useState<unknown>(null);
  const community = useCommunityFilter();
  const classId = meeting.residentClass?.id;
  const classPeople = useQuery(CLASS_ATTENDEE_CANDIDATES, { variables: { id: classId ?? "", first: 100 }, skip: !open || !classId });
  const monitors = useQuery(RESIDENT_CLASSES, { variables: community, skip: !open || !!classId });
  const [record, { loading }] = useMutation(RECORD_MEETING);

  const candidates = useMemo(() => {
    const people = new Map<string, string>();
    for (const person of meeting.attendees) people.set(person.id, person.name);
    const c = classPeople.data?.residentClass;
    for (const seat of c?.committee ?? []) people.set(seat.person.id, seat.person.name);
    for (const edge of c?.members.edges ?? []) people.set(edge.node.person.id, edge.node.person.name);
    for (const rc of monitors.data?.residentClasses ?? []) if (rc.monitor) people.set(rc.monitor.id, rc.monitor.name);
    return [...people].map(([value, label]) => ({ value, label }));
  }, [meeting.attendees, classPeople.data, monitors.data]);

  const submit = async ({ attendeeIds, minutes }: { attendeeIds: string[]; minutes: string }) => {
    setError(null);
    try {
      await record({ variables: { id: meeting.id, attendeeIds: attendeeIds ?? [], minutes: minutes.trim() } });
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <Modal
      open={open}
      width={640}
      title={t(locale, "recordMeeting")}
      okText={t(locale, "save")}
      cancelText={t(locale, "cancel")}
      confirmLoading={loading}
      okButtonProps={{ "data-testid": "record-submit" }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ attendeeIds: meeting.attendees.map((a) => a.id), minutes: meeting.minutes ?? "" }}
        onFinish={(fields) => void submit(fields)}
        preserve={false}
      >
        <Form.Item name="attendeeIds" label={t(locale, "attendees")}>
          <Checkbox.Group data-testid="record-attendees" options={candidates} style={{ maxHeight: 240, overflow: "auto" }} />
        </Form.Item>
        <Form.Item
          name="minutes"
          label={t(locale, "minutes")}
          rules={[
            { required: true, whitespace: true, message: t(locale, "required", { field: t(locale, "minutes") }) },
            { max: MINUTES_MAX, message: t(locale, "tooLong", { field: t(locale, "minutes"), max: MINUTES_MAX }) },
          ]}
        >
          <Input.TextArea data-testid="record-minutes" maxLength={MINUTES_MAX} autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="record-error" />
    </Modal>
  );
}
