import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Descriptions, Flex, List, Row, Table, Tag, Typography } from "antd";
import { ArrowLeftOutlined, UserAddOutlined } from "@ant-design/icons";
import { Hidden, Link, PageHeader, QueryFallback, useNow, usePartialAnswer } from "@dongting/ui-kit";
import { addDays, localInstant } from "@dongting/domain/local-time";
import { RESIDENT_CLASS, type ClassDetail, type ClassMemberRow } from "../graph/classes";
import { COMMITTEE_POST_ORDER, committeePostLabel, meetingStatusLabel } from "../labels";
import { isStaff, mayManageClass, mayReadNames } from "../proposal-rules";
import { formatDate, formatSpan } from "../format";
import { localDayOf } from "../calendar";
import { AddMemberModal, CommitteePostModal } from "../components/ClassModals";
import { MeetingKindTag } from "../components/StatusTags";
import { useRemote } from "../hooks/useRemote";
import { t } from "../i18n";

const MEMBERS_PAGE = 50;
/** The class's meetings from 11 months back to a month ahead: within the 366 days a window may span. */
const CLASS_MEETINGS_PAST_DAYS = 334;
const CLASS_MEETINGS_AHEAD_DAYS = 31;

/** A class: its committee, its members (a page at a time) and its meetings of the last eleven months and the next one. */
export function ClassDetailPage({ id }: { id: string }) {
  const { locale, viewer } = useRemote();
  const now = useNow(10 * 60_000);
  const today = localDayOf(now);
  const span = useMemo(
    () => ({
      from: localInstant(addDays(today, -CLASS_MEETINGS_PAST_DAYS)).toISOString(),
      to: localInstant(addDays(today, CLASS_MEETINGS_AHEAD_DAYS)).toISOString(),
    }),
    [today],
  );
  const [adding, setAdding] = useState(false);
  const [settingPost, setSettingPost] = useState(false);
  const withPeople = mayReadNames(viewer);
  const {
    data,
    error: queryError,
    loading,
    refetch,
    fetchMore,
  } = useQuery(RESIDENT_CLASS, {
    variables: { id, first: MEMBERS_PAGE, ...span, withPeople },
    notifyOnNetworkStatusChange: true,
    errorPolicy: "all",
  });
  const { hidden, failure: error } = usePartialAnswer(data, queryError);
  const residentClass = data?.residentClass as ClassDetail | null | undefined;

  if (!residentClass) {
    return (
      <QueryFallback error={error} loading={loading} locale={locale} onRetry={() => void refetch()} notFound={t(locale, "classNotFound")} />
    );
  }
  const committee = [...(residentClass.committee ?? [])].sort((a, b) => COMMITTEE_POST_ORDER[a.post] - COMMITTEE_POST_ORDER[b.post]);
  const members = residentClass.members;
  const meetings = [...residentClass.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const manages = mayManageClass(viewer, residentClass);

  return (
    <div data-testid="class-detail" data-class-id={residentClass.id}>
      <PageHeader
        title={residentClass.name}
        subtitle={[residentClass.community.name, residentClass.neighbourhood?.name].filter(Boolean).join(" · ")}
        extra={
          <>
            {isStaff(viewer) ? (
              <Button data-action="set-post" onClick={() => setSettingPost(true)}>
                {t(locale, "setPost")}
              </Button>
            ) : null}
            {manages ? (
              <Button type="primary" icon={<UserAddOutlined />} data-action="add-member" onClick={() => setAdding(true)}>
                {t(locale, "addMember")}
              </Button>
            ) : null}
            <Link href="/">
              <Button icon={<ArrowLeftOutlined />}>{t(locale, "backToList")}</Button>
            </Link>
          </>
        }
      />
      {adding ? <AddMemberModal open classId={residentClass.id} locale={locale} onClose={() => setAdding(false)} /> : null}
      {settingPost ? <CommitteePostModal open classId={residentClass.id} locale={locale} onClose={() => setSettingPost(false)} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={t(locale, "committee")} size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t(locale, "colMonitor")}>
                <span data-testid="class-monitor">
                  {residentClass.monitor?.name ?? (hidden.isHidden(residentClass, "monitor") ? <Hidden locale={locale} /> : "—")}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t(locale, "colMembers")}>
                <span data-testid="class-member-count">{residentClass.memberCount}</span>
              </Descriptions.Item>
            </Descriptions>
            <List
              data-testid="class-committee"
              dataSource={committee}
              locale={{ emptyText: t(locale, residentClass.committee ? "noCommittee" : "committeeWithheld") }}
              renderItem={(seat) => (
                <List.Item data-person-id={seat.person.id} data-post={seat.post}>
                  <Flex gap={8}>
                    <Tag color={seat.post === "MONITOR" ? "red" : seat.post === "DEPUTY_MONITOR" ? "orange" : "default"}>
                      {committeePostLabel(locale, seat.post)}
                    </Tag>
                    {seat.person.name}
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
          <Card title={t(locale, "classMeetings")} size="small" style={{ marginTop: 16 }}>
            <List
              data-testid="class-meetings"
              dataSource={meetings}
              locale={{ emptyText: t(locale, "noMeetings") }}
              renderItem={(meeting) => (
                <List.Item data-meeting-id={meeting.id}>
                  <Flex vertical>
                    <Flex gap={8} align="center">
                      <MeetingKindTag kind={meeting.kind} locale={locale} />
                      {meeting.title}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDate(locale, meeting.startsAt)} {formatSpan(locale, meeting.startsAt, meeting.endsAt)} ·{" "}
                      {meetingStatusLabel(locale, meeting.status)}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card title={`${t(locale, "members")} (${members?.totalCount ?? residentClass.memberCount})`} size="small">
            {members ? (
              <>
                <Table<ClassMemberRow>
                  rowKey={(row) => row.person.id}
                  size="small"
                  data-testid="class-members"
                  dataSource={members.edges.map((edge) => edge.node)}
                  pagination={false}
                  locale={{ emptyText: t(locale, "noMembers") }}
                  columns={[
                    { key: "name", title: t(locale, "memberName"), render: (_: unknown, row) => row.person.name },
                    {
                      key: "joinedAt",
                      title: t(locale, "joinedAt"),
                      width: 140,
                      render: (_: unknown, row) => formatDate(locale, row.joinedAt),
                    },
                  ]}
                />
                {members.pageInfo.hasNextPage ? (
                  <Flex justify="center" style={{ marginTop: 12 }}>
                    <Button
                      loading={loading}
                      data-action="more-members"
                      onClick={() => void fetchMore({ variables: { after: members.pageInfo.endCursor } })}
                    >
                      {t(locale, "loadMore")}
                    </Button>
                  </Flex>
                ) : null}
              </>
            ) : (
              <Typography.Text type="secondary" data-testid="members-withheld">
                {t(locale, "membersWithheld")}
              </Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
