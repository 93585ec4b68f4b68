import { Empty, Tag, Timeline, Typography } from "antd";
import { Hidden, Link, formatDateTime, joinPath, useHiddenFields, type Locale } from "@dongting/ui-kit";
import type { RequestEventRow, RequestProposal } from "../graph/requests";
import { EVENT_COLOR, PROPOSAL_STATUS_COLOR, eventNoteText, proposalStatusLabel, requestEventLabel } from "../labels";
import { t } from "../i18n";

/**
 * Who acted: their name, or 已隐藏 when the graph withheld it (a resident reads the names of the staff who handled
 * their request only if they are the resident's own leaders), nothing for the system's own steps.
 */
function EventActor({ event, locale }: { event: RequestEventRow; locale: Locale }) {
  const hidden = useHiddenFields();
  if (event.actor) return <> · {event.actor.name}</>;
  return hidden.isHidden(event, "actor") ? (
    <>
      {" · "}
      <Hidden locale={locale} />
    </>
  ) : null;
}

/** A proposal's page in the shell's council remote (`~` leaves this remote's base): /council/proposals/<id>. */
const proposalHref = (id: string): string => `~${joinPath("/council", "proposals", id)}`;

/**
 * The request's history, oldest first: what happened, when, by whom, with the note; then the council proposals
 * that grew out of it (转为议事提案《…》), each with its status and a link to its page in the council remote.
 */
export function RequestTimeline({
  events,
  proposals = [],
  locale,
  compact = false,
}: {
  events: RequestEventRow[];
  proposals?: RequestProposal[];
  locale: Locale;
  compact?: boolean;
}) {
  if (events.length === 0 && proposals.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(locale, "noEvents")} />;
  const steps = events.map((event, index) => {
    const note = eventNoteText(locale, event.type, event.note ?? null);
    return {
      key: `${event.at}-${event.type}-${index}`,
      color: EVENT_COLOR[event.type] ?? "gray",
      content: (
        <div data-testid="timeline-event" data-event-type={event.type}>
          <Typography.Text strong>{requestEventLabel(locale, event.type)}</Typography.Text>{" "}
          <Typography.Text type="secondary">
            {formatDateTime(locale, event.at)}
            <EventActor event={event} locale={locale} />
          </Typography.Text>
          {note ? <div style={{ whiteSpace: "pre-wrap" }}>{note}</div> : null}
        </div>
      ),
    };
  });
  const grown = proposals.map((proposal) => ({
    key: `proposal-${proposal.id}`,
    color: "purple",
    content: (
      <div data-testid="timeline-proposal" data-proposal-id={proposal.id} data-proposal-status={proposal.status}>
        <Link href={proposalHref(proposal.id)} data-testid="timeline-proposal-link">
          {t(locale, "becameProposal", { title: proposal.title })}
        </Link>{" "}
        <Tag color={PROPOSAL_STATUS_COLOR[proposal.status]}>{proposalStatusLabel(locale, proposal.status)}</Tag>
      </div>
    ),
  }));
  return <Timeline data-testid="request-timeline" style={compact ? { marginTop: 8 } : undefined} items={[...steps, ...grown]} />;
}
