import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Typography } from "antd";
import { localInstant, type LocalDate } from "@dongting/domain/local-time";
import type { GraphFailure, Locale } from "@dongting/ui-kit";
import { JOIN_WAITLIST } from "../graph/staff-tools";
import { failureLine } from "../graph/failure";
import { t } from "../i18n";

/** The refusals a waitlist can wait out: the time is taken, full, or too close to another booking. */
const WAITABLE = new Set(["BOOKING_OVERLAP", "ZONE_FULL", "BUFFER"]);

export const mayWaitFor = (failure: GraphFailure, occurrences: number): boolean =>
  failure.kind === "CONFLICT" && occurrences === 1 && !!failure.reason && WAITABLE.has(failure.reason);

export interface WaitlistSlot {
  zoneId: string;
  date: LocalDate;
  start: number;
  end: number;
  attendees: number;
}

/** "Join the waitlist" for the slot a booking was refused: when it frees up, the station books it in turn. */
export function JoinWaitlistButton({ slot, locale, onJoined }: { slot: WaitlistSlot; locale: Locale; onJoined(): void }) {
  const { message } = AntApp.useApp();
  const [join, { loading }] = useMutation(JOIN_WAITLIST, { refetchQueries: "active" });
  const onClick = async () => {
    try {
      await join({
        variables: {
          zoneId: slot.zoneId,
          startsAt: localInstant(slot.date, slot.start).toISOString(),
          endsAt: localInstant(slot.date, slot.end).toISOString(),
          attendees: slot.attendees,
        },
      });
      void message.success(t(locale, "joinedWaitlist"));
      onJoined();
    } catch (error) {
      void message.error(failureLine(error, locale));
    }
  };
  return (
    <div style={{ marginTop: 12 }} data-testid="waitlist-offer">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t(locale, "joinWaitlistHint")}
      </Typography.Paragraph>
      <Button loading={loading} onClick={() => void onClick()} data-testid="join-waitlist">
        {t(locale, "joinWaitlist")}
      </Button>
    </div>
  );
}
