import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Descriptions, Empty, Rate, Row, Tag, Typography } from "antd";
import { ArrowLeftOutlined, ReloadOutlined } from "@ant-design/icons";
import {
  Hidden,
  HiddenFieldsProvider,
  PageHeader,
  PageLoading,
  QueryError,
  RedactableText,
  formatDateTime,
  shownText,
  useLocation,
  usePartialAnswer,
  type Locale,
} from "@dongting/ui-kit";
import { REQUEST_DETAIL } from "../graph/requests";
import { forceKindLabel, handlingLevelLabel, requestChannelLabel } from "../labels";
import { allowedActions } from "../hooks/useAllowedActions";
import { usePermissions } from "../hooks/usePermissions";
import { LevelTag, OverdueTag, StatusTag, UrgencyBadge } from "../components/Badges";
import { RequestActions } from "../components/RequestActions";
import { RatingForm } from "../components/RatingForm";
import { RequestTimeline } from "../components/RequestTimeline";
import { t } from "../i18n";

/** One request: what was asked, how it is graded and dispatched, its rating and review, and the full timeline. */
export function RequestPage({ id, locale }: { id: string; locale: Locale }) {
  const permissions = usePermissions();
  const [, navigate] = useLocation();
  // The timeline's staff actors and the dispatched person's name may be withheld from the submitter: hidden.
  const { data, loading, error: queryError, refetch } = useQuery(REQUEST_DETAIL, { variables: { id }, errorPolicy: "all" });
  const { hidden, failure: error } = usePartialAnswer(data, queryError);
  const request = data?.request;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(permissions.handle ? "/board" : "")}>
      {t(locale, permissions.handle ? "backToBoard" : "back")}
    </Button>
  );

  if (error && !request) {
    return (
      <>
        <PageHeader title={t(locale, "requestPage")} extra={back} />
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!request) {
    return loading ? (
      <PageLoading />
    ) : (
      <>
        <PageHeader title={t(locale, "requestPage")} extra={back} />
        <Empty description={t(locale, "notFound")} />
      </>
    );
  }

  const when = (iso: string | null) => formatDateTime(locale, iso);
  const none = t(locale, "none");
  const actions = allowedActions(request, { personId: permissions.viewer.personId, handle: permissions.handle });

  const person = (value: { name: string } | null | undefined, holder: object, field: string, fallback: string) =>
    value ? value.name : hidden.isHidden(holder, field) ? <Hidden locale={locale} /> : fallback;
  const assignment = request.assignment;

  return (
    <HiddenFieldsProvider hidden={hidden}>
      <div data-testid="request-detail" data-request-id={request.id} data-status={request.status}>
        <PageHeader
          title={
            <>
              <RedactableText text={request.title} locale={locale} /> <StatusTag status={request.status} locale={locale} />
              <UrgencyBadge urgency={request.urgency} locale={locale} long />
              <LevelTag level={request.level} locale={locale} />
              <OverdueTag overdue={request.overdue} locale={locale} />
            </>
          }
          subtitle={request.code}
          extra={
            <>
              <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading}>
                {t(locale, "refresh")}
              </Button>
              {back}
            </>
          }
        />
        {error ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={15}>
            {permissions.handle ? (
              <Card size="small" style={{ marginBottom: 16 }} title={t(locale, "handling")}>
                {actions.size > 0 ? (
                  <RequestActions request={request} locale={locale} size="middle" />
                ) : (
                  <Typography.Text type="secondary">{t(locale, "noActions")}</Typography.Text>
                )}
              </Card>
            ) : null}
            {actions.has("rate") ? (
              <div style={{ marginBottom: 16 }}>
                <RatingForm requestId={request.id} locale={locale} />
              </div>
            ) : null}
            <Card style={{ marginBottom: 16 }}>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
                <RedactableText text={request.description} locale={locale} />
              </Typography.Paragraph>
              <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={t(locale, "colChannel")}>{requestChannelLabel(locale, request.channel)}</Descriptions.Item>
                <Descriptions.Item label={t(locale, "colCategory")}>{request.category}</Descriptions.Item>
                <Descriptions.Item label={t(locale, "level")}>
                  {request.level ? handlingLevelLabel(locale, request.level) : none}
                </Descriptions.Item>
                <Descriptions.Item label={t(locale, "colUrgency")}>
                  <UrgencyBadge urgency={request.urgency} locale={locale} long />
                </Descriptions.Item>
                <Descriptions.Item label={t(locale, "colSubmitter")}>
                  {person(request.submitter, request, "submitter", t(locale, "anonymous"))}
                </Descriptions.Item>
                <Descriptions.Item label={t(locale, "colSubmittedAt")}>{when(request.submittedAt)}</Descriptions.Item>
                <Descriptions.Item label={t(locale, "grid")}>{request.grid?.name ?? none}</Descriptions.Item>
                <Descriptions.Item label={t(locale, "neighbourhood")}>
                  {person(request.neighbourhood, request, "neighbourhood", none)}
                </Descriptions.Item>
                <Descriptions.Item label={t(locale, "respondBy")}>{when(request.respondBy)}</Descriptions.Item>
                <Descriptions.Item label={t(locale, "respondedAt")}>{when(request.respondedAt)}</Descriptions.Item>
                <Descriptions.Item label={t(locale, "resolveBy")}>{when(request.resolveBy)}</Descriptions.Item>
                <Descriptions.Item label={t(locale, "resolvedAt")}>{when(request.resolvedAt)}</Descriptions.Item>
                <Descriptions.Item label={t(locale, "assignment")} span={2}>
                  <span data-testid="detail-assignment">
                    {assignment
                      ? [
                          forceKindLabel(locale, assignment.forceKind),
                          // The person dispatched, else the name as typed (the submitter reads that one).
                          assignment.volunteerTeam?.name ??
                            assignment.assigneePerson?.name ??
                            shownText(assignment.assigneeName ?? none, locale),
                          when(assignment.assignedAt),
                        ].join(" · ")
                      : none}
                  </span>
                </Descriptions.Item>
                {request.patrolShift ? (
                  <Descriptions.Item label={t(locale, "patrolShift")} span={2}>
                    {`${request.patrolShift.team.name} · ${request.patrolShift.title} · ${when(request.patrolShift.startsAt)}`}
                  </Descriptions.Item>
                ) : null}
                <Descriptions.Item label={t(locale, "rating")} span={2}>
                  {request.residentRating ? (
                    <span data-testid="detail-rating" data-score={request.residentRating.score}>
                      <Rate disabled value={request.residentRating.score} />{" "}
                      {t(locale, "ratingScore", { score: request.residentRating.score })}
                      {request.residentRating.comment ? ` · ${shownText(request.residentRating.comment, locale)}` : ""}
                    </span>
                  ) : (
                    none
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t(locale, "communityReview")} span={2}>
                  {request.communityReview ? (
                    <>
                      <Tag color={request.communityReview.reasonable ? "green" : "orange"}>
                        {t(locale, request.communityReview.reasonable ? "reasonable" : "unreasonable")}
                      </Tag>
                      <RedactableText text={request.communityReview.note} locale={locale} />
                    </>
                  ) : (
                    none
                  )}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
          <Col xs={24} lg={9}>
            <Card title={t(locale, "timeline")}>
              <RequestTimeline events={request.events} locale={locale} />
            </Card>
          </Col>
        </Row>
      </div>
    </HiddenFieldsProvider>
  );
}
