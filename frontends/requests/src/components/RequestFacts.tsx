import { Descriptions, Rate, Tag } from "antd";
import { Hidden, RedactableText, formatDateTime, shownText, type HiddenFields, type Locale } from "@dongting/ui-kit";
import type { RequestFull } from "../graph/requests";
import { forceKindLabel, handlingLevelLabel, requestChannelLabel } from "../labels";
import { reviewAwaitingConfirmation } from "../hooks/aftercare";
import { AnonymousTag, UrgencyBadge } from "./Badges";
import { HandlingUnits } from "./HandlingUnits";
import { t } from "../i18n";

/**
 * What a request is and where it stands: channel, category, level and colour, who and when, its deadlines, the
 * units handling it, the dispatch, the rating and the community's review (with whether it awaits confirmation).
 * Fields the graph withheld from this viewer show as 已隐藏.
 */
export function RequestFacts({ request, hidden, locale }: { request: RequestFull; hidden: HiddenFields; locale: Locale }) {
  const when = (iso: string | null) => formatDateTime(locale, iso);
  const none = t(locale, "none");
  const person = (value: { name: string } | null | undefined, holder: object, field: string, fallback: string) =>
    value ? value.name : hidden.isHidden(holder, field) ? <Hidden locale={locale} /> : fallback;
  const assignment = request.assignment;
  const review = request.communityReview;

  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label={t(locale, "colChannel")}>{requestChannelLabel(locale, request.channel)}</Descriptions.Item>
      <Descriptions.Item label={t(locale, "colCategory")}>{request.category}</Descriptions.Item>
      <Descriptions.Item label={t(locale, "level")}>{request.level ? handlingLevelLabel(locale, request.level) : none}</Descriptions.Item>
      <Descriptions.Item label={t(locale, "colUrgency")}>
        <UrgencyBadge urgency={request.urgency} locale={locale} long />
      </Descriptions.Item>
      <Descriptions.Item label={t(locale, "colSubmitter")}>
        <span data-testid="detail-submitter">
          {person(request.submitter, request, "submitter", t(locale, "anonymous"))}{" "}
          <AnonymousTag anonymous={request.anonymous} locale={locale} />
        </span>
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
      <Descriptions.Item label={t(locale, "handlingUnits")} span={2}>
        <HandlingUnits units={request.units} locale={locale} />
      </Descriptions.Item>
      <Descriptions.Item label={t(locale, "assignment")} span={2}>
        <span data-testid="detail-assignment">
          {assignment
            ? [
                forceKindLabel(locale, assignment.forceKind),
                // The person dispatched, else the name as typed (the submitter reads that one).
                assignment.volunteerTeam?.name ?? assignment.assigneePerson?.name ?? shownText(assignment.assigneeName ?? none, locale),
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
            <Rate disabled value={request.residentRating.score} /> {t(locale, "ratingScore", { score: request.residentRating.score })}
            {request.residentRating.comment ? ` · ${shownText(request.residentRating.comment, locale)}` : ""}
          </span>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t(locale, "communityReview")} span={2}>
        {review ? (
          <span data-testid="detail-review" data-reasonable={review.reasonable ? "true" : "false"}>
            <Tag color={review.reasonable ? "green" : "orange"}>{t(locale, review.reasonable ? "reasonable" : "unreasonable")}</Tag>
            {review.reasonable ? null : (
              <Tag data-testid="review-confirmation">
                {t(locale, reviewAwaitingConfirmation(request) ? "reviewPending" : "reviewConfirmed")}
              </Tag>
            )}
            <RedactableText text={review.note} locale={locale} />
          </span>
        ) : (
          none
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
