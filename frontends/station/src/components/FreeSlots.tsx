import { useQuery } from "@apollo/client/react";
import { Flex, Tag, Typography } from "antd";
import { DAY_MINUTES, type LocalDate } from "@dongting/domain/local-time";
import type { Locale } from "@dongting/ui-kit";
import { FREE_SLOTS } from "../graph/zones";
import { clockOf, localOf } from "../format";
import { t } from "../i18n";
import { timeStep, type BookingLengths } from "./calendar-layout";

export interface FreeSlotsProps {
  zoneId: string;
  exclusive: boolean;
  date: LocalDate;
  start: number | null;
  locale: Locale;
  /** The zone's shortest and longest booking: a slot too short for the shortest is not picked. */
  lengths: BookingLengths;
  /** A free slot was picked: book from `from` for an hour, or less when the slot is shorter. */
  onPick(from: number, to: number): void;
}

/** The day's free times as the graph answers them, each a tag that fills in the form's times. */
export function FreeSlots({ zoneId, exclusive, date, start, locale, lengths, onPick }: FreeSlotsProps) {
  const step = timeStep(lengths);
  const { data } = useQuery(FREE_SLOTS, { variables: { id: zoneId, date } });
  const slots = data?.zone?.freeSlots;
  return (
    <Flex gap={6} wrap align="center" style={{ marginTop: -8, marginBottom: 12 }} data-testid="free-slots">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(locale, "freeSlots")}
      </Typography.Text>
      {slots?.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(locale, "noFreeSlots")}
        </Typography.Text>
      ) : null}
      {(slots ?? []).map((slot) => {
        const from = Math.ceil(localOf(slot.startsAt).minute / step) * step;
        const until = localOf(slot.endsAt).date === date ? localOf(slot.endsAt).minute : DAY_MINUTES;
        return (
          <Tag.CheckableTag
            key={slot.startsAt}
            checked={start !== null && start >= from && start < until}
            onChange={() => {
              if (until - from < lengths.minMinutes) return;
              // An hour when the zone allows it, else its longest booking, else what the slot leaves.
              const end = Math.min(until, from + Math.min(60, lengths.maxMinutes));
              onPick(from, end - from >= lengths.minMinutes ? end : Math.min(until, from + lengths.maxMinutes));
            }}
          >
            {clockOf(slot.startsAt)}–{until >= DAY_MINUTES ? "24:00" : clockOf(slot.endsAt)}
            {exclusive ? "" : ` · ${t(locale, "spaceLeft", { count: slot.freeCapacity })}`}
          </Tag.CheckableTag>
        );
      })}
    </Flex>
  );
}
