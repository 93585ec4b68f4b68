import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Descriptions, Drawer, Flex, List, Spin, Tag, Typography } from "antd";
import { Hidden, Link, QueryError, usePartialAnswer, type Locale } from "@dongting/ui-kit";
import { MEETING_DETAILS, type MeetingDetail, type MeetingRow } from "../graph/meetings";
import { meetingStatusLabel } from "../labels";
import { mayReadNames } from "../proposal-rules";
import { useRemote } from "../hooks/useRemote";
import { formatDate, formatSpan } from "../format";
import { MeetingKindTag, ProposalStatusTag } from "./StatusTags";
import { RecordMeetingModal } from "./MeetingModals";
import { t } from "../i18n";

export interface MeetingDrawerProps {
  meeting: MeetingRow | null;
  /** Whether the viewer may record it (staff, the class's monitor, a monitor for a 班长议事会 session). */
  mayRecord: boolean;
  locale: Locale;
  onClose: () => void;
}

/** One meeting of the calendar: when and where, its agenda (proposals), attendance and minutes. */
export function MeetingDrawer({ meeting, mayRecord, locale, onClose }: MeetingDrawerProps) {
  return (
    <Drawer open={!!meeting} onClose={onClose} size={520} title={meeting?.title} destroyOnHidden>
      {meeting ? <MeetingDetails meeting={meeting} mayRecord={mayRecord} locale={locale} /> : null}
    </Drawer>
  );
}

function MeetingDetails({ meeting, mayRecord, locale }: { meeting: MeetingRow; mayRecord: boolean; locale: Locale }) {
  const { viewer } = useRemote();
  const withPeople = mayReadNames(viewer);
  const [recording, setRecording] = useState(false);
  const {
    data,
    error: queryError,
    loading,
    refetch,
  } = useQuery(MEETING_DETAILS, {
    variables: { id: meeting.id, withPeople },
    errorPolicy: "all",
  });
  const { failure: error, hidden } = usePartialAnswer(data, queryError);
  const details: MeetingDetail | undefined = data?.meeting ?? undefined;

  return (
    <div data-testid="meeting-detail" data-meeting-id={meeting.id} data-status={meeting.status}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t(locale, "meetingKind")}>
          <MeetingKindTag kind={meeting.kind} locale={locale} />
        </Descriptions.Item>
        {meeting.residentClass ? (
          <Descriptions.Item label={t(locale, "meetingClass")}>
            <Link href={`/classes/${meeting.residentClass.id}`}>{meeting.residentClass.name}</Link>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t(locale, "meetingTime")}>
          {formatDate(locale, meeting.startsAt)} {formatSpan(locale, meeting.startsAt, meeting.endsAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t(locale, "meetingStatus")}>
          <Tag color={meeting.status === "HELD" ? "green" : meeting.status === "CANCELLED" ? "default" : "blue"}>
            {meetingStatusLabel(locale, meeting.status)}
          </Tag>
        </Descriptions.Item>
        {details?.booking ? (
          <Descriptions.Item label={t(locale, "meetingBooking")}>
            <span data-testid="meeting-booking" data-booking-id={details.booking.id}>
              {details.booking.zone.name} · {formatSpan(locale, details.booking.startsAt, details.booking.endsAt, true)} ·{" "}
              {details.booking.title}
            </span>
          </Descriptions.Item>
        ) : details && hidden.isHidden(details, "booking") ? (
          // The station shows a booking whole only to who booked it and its staff.
          <Descriptions.Item label={t(locale, "meetingBooking")}>
            <Hidden locale={locale} />
          </Descriptions.Item>
        ) : details && mayRecord && meeting.status === "SCHEDULED" ? (
          <Descriptions.Item label={t(locale, "meetingBooking")}>
            <Link href="~/station" data-testid="book-at-station">
              {t(locale, "bookAtStation")}
            </Link>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {error && !details ? (
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      ) : !details ? (
        loading ? (
          <Spin style={{ display: "block", margin: 24 }} />
        ) : null
      ) : (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t(locale, "meetingAgenda")}
          </Typography.Title>
          <List
            size="small"
            dataSource={details.agenda}
            locale={{ emptyText: t(locale, "noAgenda") }}
            renderItem={(proposal) => (
              <List.Item>
                <Flex gap={8} align="center">
                  <Link href={`/proposals/${proposal.id}`}>{proposal.title}</Link>
                  <ProposalStatusTag status={proposal.status} locale={locale} />
                </Flex>
              </List.Item>
            )}
          />
          {details.attendees ? (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t(locale, "attendeesCount", { count: details.attendees.length })}
              </Typography.Title>
              <Flex gap={4} wrap data-testid="meeting-attendees">
                {details.attendees.map((person) => (
                  <Tag key={person.id}>{person.name}</Tag>
                ))}
              </Flex>
            </>
          ) : null}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t(locale, "minutes")}
          </Typography.Title>
          <Typography.Paragraph
            style={{ whiteSpace: "pre-wrap" }}
            type={details.minutes ? undefined : "secondary"}
            data-testid="meeting-minutes"
          >
            {details.minutes ?? t(locale, "noMinutes")}
          </Typography.Paragraph>
          {/* Recording replaces the attendance: only for those who see it (a resident monitor cannot read names). */}
          {mayRecord && withPeople && details.attendees && meeting.status !== "CANCELLED" ? (
            <Button type="primary" data-action="record-meeting" onClick={() => setRecording(true)}>
              {t(locale, "recordMeeting")}
            </Button>
          ) : null}
          {recording ? (
            <RecordMeetingModal
              open
              meeting={{ ...details, attendees: details.attendees ?? [], kind: meeting.kind, residentClass: meeting.residentClass }}
              locale={locale}
              onClose={() => setRecording(false)}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
