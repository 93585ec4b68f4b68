import { demoPersonId, seededRandom } from "@dongting/subgraph-kit/seed";
import { addDays, formatLocalPattern, localInstant, startOfLocalMonth } from "@dongting/domain/local-time";
import { MeetingKind, MeetingStatus } from "../domain/enums.js";
import { DONGTING, type PlannedClass } from "./classes.plan.js";
import { seedMeetingId } from "./ids.js";

export interface PlannedMeeting {
  id: string;
  kind: MeetingKind;
  title: string;
  communityId: string;
  classId: string | null;
  startsAt: Date;
  endsAt: Date;
  bookingId: null;
  status: MeetingStatus;
  minutes: string | null;
  createdAt: Date;
}

/** Months of meetings: the twelve before this one, this one, and the next (scheduled). */
const MONTHS = Array.from({ length: 14 }, (_, i) => i - 12);

const at = (monthStart: Date, day: number, minute: number) =>
  localInstant(addDays(formatLocalPattern(monthStart, "yyyy-MM-dd"), day - 1), minute);

/**
 * A year of monthly meetings relative to `now`: each class committee on a day of its own (19:00, 90 minutes),
 * the 班长议事会 on the 25th (14:30, two hours, in the station's 议事厅). Those over are HELD with minutes and
 * attendance (the committee and about half the members; most monitors); the rest are SCHEDULED.
 */
export function planMeetings(classes: PlannedClass[], now: Date) {
  const random = seededRandom(54);
  const meetings: PlannedMeeting[] = [];
  const attendees: Array<{ meetingId: string; personId: string }> = [];
  const sessions: PlannedMeeting[] = [];
  const createdAt = new Date(now.getTime() - 420 * 86_400_000);
  MONTHS.forEach((offset, m) => {
    const monthStart = startOfLocalMonth(now, offset);
    const month = formatLocalPattern(monthStart, "M");
    const startsAt = at(monthStart, 25, 14 * 60 + 30);
    const held = startsAt < now;
    const session: PlannedMeeting = {
      id: seedMeetingId(m + 1),
      kind: MeetingKind.MONITORS_COUNCIL,
      title: `${month}月班长议事会`,
      communityId: DONGTING,
      classId: null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 120 * 60_000),
      bookingId: null,
      status: held ? MeetingStatus.HELD : MeetingStatus.SCHEDULED,
      minutes: held ? `${month}月班长议事会：通报上月议题办理情况，审议本月议题。` : null,
      createdAt,
    };
    meetings.push(session);
    sessions.push(session);
    if (held) for (const c of classes) if (random() < 0.85) attendees.push({ meetingId: session.id, personId: demoPersonId(c.monitor) });
    for (const c of classes) {
      const classStart = at(monthStart, 3 + (c.k % 20), 19 * 60);
      const classHeld = classStart < now;
      const meeting: PlannedMeeting = {
        id: seedMeetingId(100 + m * classes.length + c.k),
        kind: MeetingKind.CLASS_COMMITTEE,
        title: `${c.name}${month}月班委会`,
        communityId: DONGTING,
        classId: c.id,
        startsAt: classStart,
        endsAt: new Date(classStart.getTime() + 90 * 60_000),
        bookingId: null,
        status: classHeld ? MeetingStatus.HELD : MeetingStatus.SCHEDULED,
        minutes: classHeld ? `${c.name}${month}月班委会：收集居民诉求，商议本班事务。` : null,
        createdAt,
      };
      meetings.push(meeting);
      if (!classHeld) continue;
      const committee = new Set(c.committee.map((seat) => seat.person));
      for (const n of c.members)
        if (committee.has(n) || random() < 0.5) attendees.push({ meetingId: meeting.id, personId: demoPersonId(n) });
    }
  });
  return { meetings, attendees, sessions };
}
