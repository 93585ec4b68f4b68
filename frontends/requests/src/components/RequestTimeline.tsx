import { Empty, Timeline, Typography } from "antd";
import { Hidden, formatDateTime, useHiddenFields, type Locale } from "@dongting/ui-kit";
import type { RequestEventRow } from "../graph/requests";
import { EVENT_COLOR, eventNoteText, requestEventLabel } from "../labels";
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

/** The request's history, oldest first: what happened, when, by whom, with the note. */
export function RequestTimeline({ events, locale, compact = false }: { events: RequestEventRow[]; locale: Locale; compact?: boolean }) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(locale, "noEvents")} />;
  return (
    <Timeline
      data-testid="request-timeline"
      style={compact ? { marginTop: 8 } : undefined}
      items={events.map((event, index) => {
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
      })}
    />
  );
}
