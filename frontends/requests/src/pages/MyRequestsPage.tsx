import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Collapse, Empty, Flex, Rate, Row, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { PageHeader, PageLoading, QueryError, RouteLink, formatDateTime, joinPath, type Locale } from "@dongting/ui-kit";
import { MY_REQUESTS, PAGE_SIZE, type MyRequest } from "../graph/requests";
import { forceKindLabel, requestChannelLabel } from "../labels";
import { allowedActions } from "../rules";
import { usePermissions } from "../viewer";
import { IntakeForm } from "../components/IntakeForm";
import { LevelTag, OverdueTag, StatusTag, UrgencyBadge } from "../components/Badges";
import { RatingForm } from "../components/RatingForm";
import { RequestTimeline } from "../components/RequestTimeline";
import { NotAllowed } from "../components/NotAllowed";
import { t } from "../i18n";

/** A resident's own page: raise a demand, follow each one's timeline, rate it with stars once resolved. */
export function MyRequestsPage({ basePath, locale }: { basePath: string; locale: Locale }) {
  const permissions = usePermissions();
  const personId = permissions.viewer.personId;
  const [latest, setLatest] = useState<string | null>(null);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MY_REQUESTS, {
    variables: { filter: { submitterId: personId ?? undefined }, first: PAGE_SIZE },
    skip: !personId,
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  if (!personId || !permissions.submitOwn) return <NotAllowed locale={locale} />;

  const connection = (data ?? previousData)?.requests;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div data-testid="my-requests-page">
      <PageHeader
        title={t(locale, "myRequests")}
        subtitle={t(locale, "myRequestsSubtitle")}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !loadingMore}>
            {t(locale, "refresh")}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t(locale, "newRequest")}>
            <IntakeForm mode="resident" locale={locale} personId={personId} onSubmitted={(request) => setLatest(request.id)} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {error && !connection ? (
            <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
          ) : !connection ? (
            <PageLoading />
          ) : (
            <>
              {error ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
              {rows.length === 0 ? <Empty description={t(locale, "noOwnRequests")} /> : null}
              <Flex vertical gap={12} data-testid="my-request-list">
                {rows.map((request) => (
                  <MyRequestCard
                    key={request.id}
                    request={request}
                    basePath={basePath}
                    locale={locale}
                    highlighted={request.id === latest}
                  />
                ))}
              </Flex>
              <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
                <Typography.Text type="secondary" data-testid="my-requests-count">
                  {t(locale, "shown", { shown: rows.length, total: connection.totalCount })}
                </Typography.Text>
                {connection.pageInfo.hasNextPage ? (
                  <Button onClick={() => void loadMore()} loading={loadingMore}>
                    {t(locale, "loadMore")}
                  </Button>
                ) : null}
              </Flex>
            </>
          )}
        </Col>
      </Row>
    </div>
  );
}

function MyRequestCard({
  request,
  basePath,
  locale,
  highlighted,
}: {
  request: MyRequest;
  basePath: string;
  locale: Locale;
  highlighted: boolean;
}) {
  const permissions = usePermissions();
  const mayRate = allowedActions(request, { personId: permissions.viewer.personId, handle: false }).has("rate");
  const open = request.status !== "CLOSED" && request.status !== "REJECTED";
  return (
    <Card
      size="small"
      data-testid="my-request"
      data-request-id={request.id}
      data-code={request.code}
      data-status={request.status}
      style={highlighted ? { borderColor: "#c8102e", boxShadow: "0 0 0 2px rgba(200,16,46,0.15)" } : undefined}
      title={
        <Flex gap={4} align="center" wrap>
          <StatusTag status={request.status} locale={locale} />
          <UrgencyBadge urgency={request.urgency} locale={locale} />
          <LevelTag level={request.level} locale={locale} />
          <OverdueTag overdue={request.overdue} locale={locale} />
          <RouteLink to={joinPath(basePath, request.id)} style={{ marginInlineStart: 4 }}>
            {request.title}
          </RouteLink>
        </Flex>
      }
      extra={<Typography.Text type="secondary">{request.code}</Typography.Text>}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 12 }}>
        {[request.category, requestChannelLabel(locale, request.channel), formatDateTime(locale, request.submittedAt)].join(" · ")}
        {request.assignment
          ? ` · ${t(locale, "labelled", {
              label: t(locale, "assignment"),
              value: `${forceKindLabel(locale, request.assignment.forceKind)} ${request.assignment.volunteerTeam?.name ?? request.assignment.assigneeName}`,
            })}`
          : ""}
      </Typography.Paragraph>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 8 }}>
        {request.description}
      </Typography.Paragraph>
      {mayRate ? <RatingForm requestId={request.id} locale={locale} /> : null}
      {request.residentRating ? (
        <div data-testid="my-rating" data-score={request.residentRating.score}>
          <Typography.Text type="secondary">{t(locale, "yourRating")}</Typography.Text>{" "}
          <Rate disabled value={request.residentRating.score} style={{ fontSize: 14 }} />
          {request.residentRating.comment ? <Typography.Text type="secondary"> · {request.residentRating.comment}</Typography.Text> : null}
        </div>
      ) : null}
      <Collapse
        size="small"
        ghost
        defaultActiveKey={open ? ["timeline"] : []}
        items={[
          {
            key: "timeline",
            label: t(locale, "timelineCount", { count: request.events.length }),
            children: <RequestTimeline events={request.events} locale={locale} compact />,
          },
        ]}
      />
    </Card>
  );
}
