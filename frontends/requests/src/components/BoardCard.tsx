import { Card, Flex, Rate, Tag, Typography } from "antd";
import { IN_HAND_STATUSES } from "@dongting/domain/requests";
import { Link, formatDateTime, type Locale } from "@dongting/ui-kit";
import type { RequestCard } from "../graph/requests";
import { URGENCY_HEX, forceKindLabel } from "../labels";
import { AnonymousTag, DeadlineBadge, LevelTag, UrgencyBadge } from "./Badges";
import { RequestActions } from "./RequestActions";
import { t } from "../i18n";

function deadlineLine(request: RequestCard, locale: Locale): string | null {
  if (request.status === "SUBMITTED" && request.respondBy)
    return t(locale, "respondByShort", { at: formatDateTime(locale, request.respondBy) });
  if (IN_HAND_STATUSES.includes(request.status) && request.resolveBy) {
    return t(locale, "resolveByShort", { at: formatDateTime(locale, request.resolveBy) });
  }
  return null;
}

/**
 * A request on the board: colour, level, the deadlines' traffic light, who and when, the dispatch (the leading
 * unit and how many co-handle) and rating, and the moves it allows.
 */
export function BoardCard({ request, locale }: { request: RequestCard; locale: Locale }) {
  const edge = request.urgency ? URGENCY_HEX[request.urgency] : "#d9d9d9";
  const deadline = deadlineLine(request, locale);
  return (
    <Card
      size="small"
      data-testid="board-card"
      data-request-id={request.id}
      data-code={request.code}
      data-status={request.status}
      data-urgency={request.urgency ?? "NONE"}
      data-level={request.level ?? "NONE"}
      data-overdue={request.overdue ? "true" : "false"}
      data-deadline-state={request.deadlineState}
      styles={{ body: { padding: 10 } }}
      style={{
        borderInlineStart: `4px solid ${edge}`,
        ...(request.overdue ? { background: "#fff1f0", borderColor: "#ff7875", borderInlineStartColor: edge } : {}),
      }}
    >
      <Flex gap={2} wrap align="center" style={{ marginBottom: 4 }}>
        <UrgencyBadge urgency={request.urgency} locale={locale} />
        <LevelTag level={request.level} locale={locale} />
        <DeadlineBadge state={request.deadlineState} locale={locale} />
        <AnonymousTag anonymous={request.anonymous} locale={locale} />
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: "auto" }}>
          {request.code}
        </Typography.Text>
      </Flex>
      <Link href={`/${request.id}`} data-testid="card-title" style={{ fontWeight: 500 }}>
        {request.title}
      </Link>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: "4px 0" }}>
        {[request.category, request.grid?.name, request.submitter?.name, formatDateTime(locale, request.submittedAt)]
          .filter(Boolean)
          .join(" · ")}
      </Typography.Paragraph>
      {deadline ? (
        <Typography.Text type={request.overdue ? "danger" : "secondary"} style={{ fontSize: 12, display: "block" }}>
          {deadline}
        </Typography.Text>
      ) : null}
      {request.assignment ? (
        <Typography.Text style={{ fontSize: 12, display: "block" }} data-testid="card-assignment">
          {t(locale, "labelled", {
            label: forceKindLabel(locale, request.assignment.forceKind),
            value: request.assignment.volunteerTeam?.name ?? request.assignment.assigneeName,
          })}
          {request.units.length > 1 ? ` · ${t(locale, "coHandlingUnit")} ${request.units.length - 1}` : ""}
        </Typography.Text>
      ) : null}
      {request.residentRating ? (
        <div style={{ fontSize: 12 }}>
          <Rate disabled value={request.residentRating.score} style={{ fontSize: 12 }} />{" "}
          {request.communityReview ? (
            <Tag color={request.communityReview.reasonable ? "green" : "orange"} style={{ fontSize: 11 }}>
              {t(locale, request.communityReview.reasonable ? "reasonable" : "unreasonable")}
            </Tag>
          ) : null}
        </div>
      ) : null}
      <div style={{ marginTop: 8 }}>
        <RequestActions request={request} locale={locale} />
      </div>
    </Card>
  );
}
