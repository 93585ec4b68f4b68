import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Empty, Row, Space, Typography } from "antd";
import { ArrowLeftOutlined, ReloadOutlined } from "@ant-design/icons";
import {
  HiddenFieldsProvider,
  PageHeader,
  PageLoading,
  QueryError,
  RedactableText,
  useLocation,
  useNow,
  usePartialAnswer,
  type Locale,
} from "@dongting/ui-kit";
import { REQUEST_DETAIL, REQUEST_PROPOSALS } from "../graph/requests";
import { allowedActions } from "../hooks/useAllowedActions";
import { usePermissions } from "../hooks/usePermissions";
import { AnonymousTag, DeadlineBadge, LevelTag, StatusTag, UrgencyBadge } from "../components/Badges";
import { RequestActions } from "../components/RequestActions";
import { RatingForm } from "../components/RatingForm";
import { RequestFacts } from "../components/RequestFacts";
import { ReopenAction } from "../components/ReopenAction";
import { ConfirmReviewAction } from "../components/ConfirmReviewAction";
import { mayConfirmReview, mayReopen } from "../hooks/aftercare";
import { RequestTimeline } from "../components/RequestTimeline";
import { t } from "../i18n";

/**
 * One request: what was asked, how it is graded, its traffic light, the units handling it and the dispatch, its
 * rating and review, the moves staff may make (派单 to a unit among them), aftercare (reopen within a week of
 * closing, confirming an unreasonable review), and the full timeline.
 */
export function RequestPage({ id, locale }: { id: string; locale: Locale }) {
  const permissions = usePermissions();
  // The reopening window closes while the page is open: the page's clock (the stack's, in browser tests).
  const now = useNow(60_000);
  const [, navigate] = useLocation();
  // The timeline's staff actors and the dispatched person's name may be withheld from the submitter: hidden.
  const { data, loading, error: queryError, refetch } = useQuery(REQUEST_DETAIL, { variables: { id }, errorPolicy: "all" });
  const { hidden, failure: error } = usePartialAnswer(data, queryError);
  // The proposals that grew out of it (the council's): on their own, so the council's trouble stays theirs.
  const grown = useQuery(REQUEST_PROPOSALS, { variables: { id }, errorPolicy: "all" });
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

  const viewer = { personId: permissions.viewer.personId, handle: permissions.handle, staff: permissions.staff };
  const actions = allowedActions(request, viewer);
  const aftercare = mayReopen(request, viewer, now) || mayConfirmReview(request, viewer);

  return (
    <HiddenFieldsProvider hidden={hidden}>
      <div data-testid="request-detail" data-request-id={request.id} data-status={request.status}>
        <PageHeader
          title={
            <>
              <RedactableText text={request.title} locale={locale} /> <StatusTag status={request.status} locale={locale} />
              <UrgencyBadge urgency={request.urgency} locale={locale} long />
              <LevelTag level={request.level} locale={locale} />
              <DeadlineBadge state={request.deadlineState} locale={locale} />
              <AnonymousTag anonymous={request.anonymous} locale={locale} />
            </>
          }
          subtitle={request.code}
          extra={
            <>
              <Button
                icon={<ReloadOutlined />}
                onClick={() => {
                  void refetch();
                  void grown.refetch();
                }}
                loading={loading}
              >
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
            {aftercare ? (
              <Card size="small" style={{ marginBottom: 16 }} title={t(locale, "aftercare")} data-testid="aftercare">
                <Space wrap>
                  <ReopenAction request={request} locale={locale} />
                  <ConfirmReviewAction request={request} locale={locale} />
                </Space>
              </Card>
            ) : null}
            <Card style={{ marginBottom: 16 }}>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
                <RedactableText text={request.description} locale={locale} />
              </Typography.Paragraph>
              <RequestFacts request={request} hidden={hidden} locale={locale} />
            </Card>
          </Col>
          <Col xs={24} lg={9}>
            <Card title={t(locale, "timeline")}>
              <RequestTimeline events={request.events} proposals={grown.data?.request?.proposals ?? []} locale={locale} />
            </Card>
          </Col>
        </Row>
      </div>
    </HiddenFieldsProvider>
  );
}
