import { useQuery } from "@apollo/client/react";
import { Button, Card, Descriptions, Empty, Rate, Spin, Tag, Timeline, Typography } from "antd";
import { ArrowLeftOutlined } from "@ant-design/icons";
import { PageHeader, QueryError, formatDateTime, joinPath, navigate, type Locale } from "@dongting/ui-kit";
import { REQUEST_DETAIL } from "./requests-query";
import {
  REQUEST_STATUS_COLOR,
  URGENCY_COLOR,
  forceKindLabel,
  handlingLevelLabel,
  requestChannelLabel,
  requestEventLabel,
  requestStatusLabel,
  urgencyLabel,
} from "./labels";
import { t } from "./i18n";

export function RequestDetail({ id, basePath, locale }: { id: string; basePath: string; locale: Locale }) {
  const { data, loading, error, refetch } = useQuery(REQUEST_DETAIL, { variables: { id } });
  const request = data?.request;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(joinPath(basePath))}>
      {t(locale, "back")}
    </Button>
  );

  if (error && !request) {
    return (
      <>
        <PageHeader title={t(locale, "title")} extra={back} />
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!request) {
    return loading ? (
      <Spin size="large" style={{ display: "block", margin: "48px auto" }} />
    ) : (
      <>
        <PageHeader title={t(locale, "title")} extra={back} />
        <Empty description={t(locale, "notFound")} />
      </>
    );
  }

  const when = (iso: string | null) => formatDateTime(locale, iso);
  const none = t(locale, "none");

  return (
    <div data-testid="request-detail">
      <PageHeader
        title={
          <>
            {request.title}{" "}
            <Tag color={REQUEST_STATUS_COLOR[request.status] ?? "default"}>{requestStatusLabel(locale, request.status)}</Tag>
            {request.overdue ? <Tag color="red">{t(locale, "overdue")}</Tag> : null}
          </>
        }
        subtitle={request.code}
        extra={back}
      />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{request.description}</Typography.Paragraph>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t(locale, "colChannel")}>{requestChannelLabel(locale, request.channel)}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "colCategory")}>{request.category}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "level")}>
            {request.level ? handlingLevelLabel(locale, request.level) : none}
          </Descriptions.Item>
          <Descriptions.Item label={t(locale, "colUrgency")}>
            {request.urgency ? <Tag color={URGENCY_COLOR[request.urgency]}>{urgencyLabel(locale, request.urgency)}</Tag> : none}
          </Descriptions.Item>
          <Descriptions.Item label={t(locale, "colSubmitter")}>{request.submitter?.name ?? t(locale, "anonymous")}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "colSubmittedAt")}>{when(request.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "grid")}>{request.grid?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "neighbourhood")}>{request.neighbourhood?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "respondBy")}>{when(request.respondBy)}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "respondedAt")}>{when(request.respondedAt)}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "resolveBy")}>{when(request.resolveBy)}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "resolvedAt")}>{when(request.resolvedAt)}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "assignment")} span={2}>
            {request.assignment
              ? `${forceKindLabel(locale, request.assignment.forceKind)} · ${request.assignment.assigneeName} · ${when(request.assignment.assignedAt)}`
              : none}
          </Descriptions.Item>
          <Descriptions.Item label={t(locale, "rating")} span={2}>
            {request.residentRating ? (
              <>
                <Rate disabled value={request.residentRating.score} />{" "}
                {t(locale, "ratingScore", { score: request.residentRating.score })}
                {request.residentRating.comment ? ` · ${request.residentRating.comment}` : ""}
              </>
            ) : (
              none
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t(locale, "timeline")}>
        {request.events.length === 0 ? (
          <Empty description={t(locale, "noEvents")} />
        ) : (
          <Timeline
            items={request.events.map((event, index) => ({
              key: `${event.at}-${index}`,
              content: (
                <>
                  <Typography.Text strong>{requestEventLabel(locale, event.type)}</Typography.Text>{" "}
                  <Typography.Text type="secondary">
                    {when(event.at)}
                    {event.actor ? ` · ${event.actor.name}` : ""}
                  </Typography.Text>
                  {event.note ? <div>{event.note}</div> : null}
                </>
              ),
            }))}
          />
        )}
      </Card>
    </div>
  );
}
