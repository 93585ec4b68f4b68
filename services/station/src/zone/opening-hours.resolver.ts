import { FieldResolver, Resolver, Root } from "type-graphql";
import { formatClockTime, parseClockTime } from "@dongting/domain/local-time";
import { ZoneOpeningHours } from "./opening-hours.entity.js";

/** Postgres returns `time` as "HH:mm:ss"; the contract wants "HH:mm". */
const hhmm = (time: string) => formatClockTime(parseClockTime(time) ?? 0);

@Resolver(() => ZoneOpeningHours)
export class OpeningHoursResolver {
  @FieldResolver(() => String, { description: "Local time HH:mm" })
  opens(@Root() hours: ZoneOpeningHours): string {
    return hhmm(hours.opens);
  }

  @FieldResolver(() => String, { description: "Local time HH:mm" })
  closes(@Root() hours: ZoneOpeningHours): string {
    return hhmm(hours.closes);
  }
}
