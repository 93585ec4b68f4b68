import { Card, Collapse, Flex, Rate, Typography } from "antd";
import { Link, formatDateTime, type Locale } from "@dongting/ui-kit";
import type { MyRequest } from "../graph/requests";
import { forceKindLabel, requestChannelLabel } from "../labels";
import { useAllowedActions } from "../hooks/useAllowedActions";
import { AnonymousTag, DeadlineBadge, LevelTag, StatusTag, UrgencyBadge } from "./Badges";
import { RatingForm } from "./RatingForm";
import { ReopenAction } from "./ReopenAction";
import { RequestTimeline } from "./RequestTimeline";
import { t } from "../i18n";

/**
 * One of a resident's own requests: its state and traffic light, what was asked, the rating form once resolved,
 * 重新打开 within a week of closing, the timeline.
 */
export function MyRequestCard({ request, locale, highlighted }: { request: MyRequest; locale: Locale; highlighted: boolean }) {
  const mayRate = useAllowedActions(request, { asHandler: false }).has("rate");
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
          <DeadlineBadge state={request.deadlineState} locale={locale} />
          <AnonymousTag anonymous={request.anonymous} locale={locale} />
          <Link href={`/${request.id}`} style={{ marginInlineStart: 4 }}>
            {request.title}
          </Link>
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
      <ReopenAction request={request} locale={locale} style={{ marginTop: 8 }} />
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
