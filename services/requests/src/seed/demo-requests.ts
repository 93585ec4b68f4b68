import {
  demoGridId,
  demoNeighbourhoodId,
  demoPersonId,
  demoPersonName,
  demoShiftId,
  gridLeaderOf,
  gridOfNeighbourhood,
  neighbourhoodOfPerson,
  pick,
  pickWeighted,
  seededRandom,
} from "@dongting/subgraph-kit/seed";
import { startOfLocalWeek } from "@dongting/domain/local-time";
import {
  ForceKind,
  HandlingLevel,
  higherLevel,
  nextLevel,
  RequestChannel,
  RequestEventType,
  RequestStatus,
  Urgency,
  type DeadlineHours,
} from "@dongting/domain/requests";
import { deadlinesFrom, regradedDeadlines } from "../domain/deadlines.js";
import { formatRequestCode, localYear } from "../domain/request-code.js";
import { demoAftercare } from "./demo-aftercare.js";
import { PATROL_SHIFT_DAYS, PATROL_START_HOUR, PATROL_WEEKS_BACK } from "./demo-community-ids.js";
import { DONGTING_PROFILE, type DemoRequestProfile } from "./demo-profiles.js";
import { generateDemoEvaluations } from "./demo-evaluations.js";
import type { DemoCategory, DemoData, DemoEventRow, DemoRequestRow, DemoSeedOptions } from "./demo-rows.js";
import { submissionTime } from "./demo-submission-times.js";
import { DEMO_ASSIGNEES, DEMO_TEXTS, RESOLUTION_NOTES } from "./demo-text.js";
import { CATEGORY_WEIGHTS, CHANNELS, FORCES, TEAMS_BY_CATEGORY } from "./demo-weights.js";

/*
 * A deterministic year of a demo community's requests (Dongting's unless a profile says otherwise): the same
 * options give the same rows. Times are laid
 * out backwards from `anchor` (the seed's clock), so the demo always shows a recent year, with the
 * newest requests still open and a few past their deadline, and the current local month is never empty.
 */

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The kit's seeded generator, with the draws the demo requests need. */
function randomSource(seed: number) {
  const next = seededRandom(seed);
  return {
    next,
    chance: (p: number) => next() < p,
    between: (low: number, high: number) => low + (high - low) * next(),
    pick: <T>(items: readonly T[]): T => pick(next, items),
    weighted: <T>(choices: ReadonlyArray<readonly [T, number]>): T => pickWeighted(next, choices),
  };
}

/** A deterministic uuid from a namespace digit and a number, so reruns give the same ids. */
function demoUuid(kind: number, index: number): string {
  return `0000000${kind}-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
}

/** A request's deadlines from one row of its category's table (clock time unless the row says otherwise). */
const deadlinesOf = (hours: DeadlineHours, submittedAt: Date) =>
  deadlinesFrom({ ...hours, workingTime: hours.workingTime ?? false }, submittedAt);

/** The patrol shift (see demo-community-ids) whose evening walk found a request submitted at `submittedAt`. */
function patrolShiftFor(submittedAt: Date, anchor: number): string | null {
  const firstEvening = startOfLocalWeek(new Date(anchor)).getTime() - PATROL_WEEKS_BACK * 7 * DAY + PATROL_START_HOUR * HOUR;
  const day = Math.floor((submittedAt.getTime() - firstEvening) / DAY);
  return day >= 0 && day < PATROL_SHIFT_DAYS ? demoShiftId(day + 1) : null;
}

export function generateDemoRequests(
  categories: DemoCategory[],
  partial: Partial<DemoSeedOptions> & Pick<DemoSeedOptions, "anchor">,
  profile: DemoRequestProfile = DONGTING_PROFILE,
): DemoData {
  const options: DemoSeedOptions = { count: profile.count, days: 365, randomSeed: profile.randomSeed, ...partial };
  const STAFF = profile.staffId;
  const { community } = profile;
  const random = randomSource(options.randomSeed);
  const requests: DemoRequestRow[] = [];
  const events: DemoEventRow[] = [];
  const numbers = new Map<number, number>();
  const categoryChoices = categories.map((category) => [category, CATEGORY_WEIGHTS[category.name] ?? 5] as const);
  const anchor = options.anchor.getTime();

  for (let index = 0; index < options.count; index += 1) {
    const id = demoUuid(1, profile.idBase + index + 1);
    const submittedAt = submissionTime(options, index, random.between(0, 0.9));
    const category = random.weighted(categoryChoices);
    const channel = random.weighted(CHANNELS);
    const year = localYear(submittedAt);
    const number = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, number);
    // Persona 4 (陈晓, the demo resident) has a request every so often to follow and rate.
    const submitterIndex = profile.submitter(index, index % 97 === 3 && profile.demoResident ? 0 : random.next());
    const submitterId = demoPersonId(submitterIndex);
    const neighbourhood = neighbourhoodOfPerson(submitterIndex);
    const grid = gridOfNeighbourhood(neighbourhood);
    const compound = profile.compoundOfGrid(grid);
    const building = `${compound}${1 + Math.floor(random.next() * 36)}栋`;
    const [rawTitle, rawDescription] = random.pick(DEMO_TEXTS[category.name] ?? DEMO_TEXTS["其他"]);
    const fill = (text: string) => text.replaceAll("{b}", building).replaceAll("{c}", compound);
    // Residents file online themselves; staff enter what came by phone, in person, from the council or the patrol's log.
    const onlineChannels: RequestChannel[] = [RequestChannel.WECHAT, RequestChannel.GRID_GROUP, RequestChannel.SECRETARY_MAILBOX];
    const submittedBy = onlineChannels.includes(channel) ? submitterId : STAFF;
    // As submitted: the deadlines of the category's default urgency, until grading.
    const provisional = deadlinesOf(category.deadlines[category.defaultUrgency], submittedAt);

    const row: DemoRequestRow = {
      id,
      code: formatRequestCode(community.code, year, number),
      title: fill(rawTitle),
      description: fill(rawDescription),
      channel,
      category: category.name,
      status: RequestStatus.SUBMITTED,
      level: null,
      urgency: null,
      submittedAt,
      ...provisional,
      respondedAt: null,
      resolvedAt: null,
      submitterId,
      // Some residents ask not to be named to the grid (the demo resident's own stay named).
      anonymous: submitterIndex !== 4 && random.chance(0.04),
      clientRequestId: `${profile.clientKeyPrefix}-${index + 1}`,
      communityId: community.id,
      gridId: demoGridId(grid),
      neighbourhoodId: demoNeighbourhoodId(neighbourhood),
      patrolShiftId: channel === RequestChannel.PATROL && profile.patrol ? patrolShiftFor(submittedAt, anchor) : null,
      forceKind: null,
      assigneeName: null,
      assigneePersonId: null,
      volunteerTeamId: null,
      assignedAt: null,
      ratingScore: null,
      ratingComment: null,
      ratedAt: null,
      ratingByCallback: false,
      ratingRecordedBy: null,
      closedAt: null,
      reopenedAt: null,
      reviewReasonable: null,
      reviewNote: null,
      reviewedAt: null,
      reviewedBy: null,
      reviewConfirmedAt: null,
      reviewConfirmedBy: null,
      responseEscalatedFor: null,
      resolutionEscalatedFor: null,
    };
    requests.push(row);
    const event = (at: Date, type: RequestEventType, actorId: string | null, note: string | null = null) =>
      events.push({ requestId: id, at, type, note, actorId });
    event(submittedAt, RequestEventType.SUBMITTED, submittedBy);
    const reached = (at: Date) => at.getTime() <= anchor;

    const urgency = random.chance(0.8) ? category.defaultUrgency : random.pick([Urgency.GREEN, Urgency.YELLOW, Urgency.RED]);
    let level = random.chance(0.85) ? category.defaultLevel : random.pick([HandlingLevel.GRID, HandlingLevel.COMMUNITY]);
    // Graded from submission: the response deadline never moves later (regradedDeadlines).
    const graded = regradedDeadlines(provisional, deadlinesOf(category.deadlines[urgency], submittedAt));
    const { respondBy, resolveBy } = graded;
    const respondHours = (respondBy.getTime() - submittedAt.getTime()) / HOUR;
    const resolveHours = (resolveBy.getTime() - submittedAt.getTime()) / HOUR;
    const lateResponse = random.chance(0.02);
    const respondedAt = new Date(
      submittedAt.getTime() + respondHours * HOUR * (lateResponse ? random.between(1.1, 2) : random.between(0.05, 0.9)),
    );
    const handler = level === HandlingLevel.GRID ? demoPersonId(gridLeaderOf(grid)) : STAFF;

    if (random.chance(0.02)) {
      const rejectedAt = new Date(submittedAt.getTime() + respondHours * HOUR * random.between(0.1, 0.8));
      if (reached(rejectedAt)) {
        row.status = RequestStatus.REJECTED;
        row.respondedAt = rejectedAt;
        event(rejectedAt, RequestEventType.REJECTED, handler, "不属于社区受理范围，已告知居民向相关部门反映");
      }
      continue;
    }
    if (lateResponse && reached(row.respondBy!)) {
      row.level = nextLevel(null);
      row.responseEscalatedFor = row.respondBy;
      event(row.respondBy!, RequestEventType.ESCALATED, null, `响应超时，自动上报至 ${row.level}`);
    }
    if (!reached(respondedAt)) continue;
    level = higherLevel(level, row.level);
    Object.assign(row, { status: RequestStatus.ACCEPTED, level, urgency, ...graded, respondedAt });
    event(respondedAt, RequestEventType.ACCEPTED, handler, `${level} / ${urgency}`);

    // A few recent requests are stuck past their deadline (the dashboard's overdue ones); a few
    // older ones were resolved late. Otherwise work ends between acceptance and the deadline.
    const recent = anchor - submittedAt.getTime() < 45 * DAY;
    const stuck = recent && random.chance(0.03);
    const room = resolveBy.getTime() - respondedAt.getTime();
    const lateResolution = !stuck && (room < 2 * HOUR || random.chance(0.025));
    const resolvedAt = new Date(
      lateResolution
        ? Math.max(resolveBy.getTime(), respondedAt.getTime()) + resolveHours * HOUR * random.between(0.05, 0.6)
        : respondedAt.getTime() + room * random.between(0.2, 0.95),
    );
    const span = Math.max(resolvedAt.getTime() - respondedAt.getTime(), HOUR);
    const assignedAt = new Date(respondedAt.getTime() + span * random.between(0.02, 0.15));
    const startedAt = new Date(assignedAt.getTime() + span * random.between(0.02, 0.2));
    if (!reached(assignedAt)) continue;
    const forceKind = random.weighted(FORCES);
    const cadreIndex = profile.cadre(Math.floor(random.next() * 40));
    row.status = RequestStatus.ASSIGNED;
    row.forceKind = forceKind;
    const team = forceKind === ForceKind.VOLUNTEER ? random.pick(TEAMS_BY_CATEGORY[category.name] ?? TEAMS_BY_CATEGORY["其他"]) : null;
    const teamOf = team ? profile.team(team) : null;
    row.assigneeName =
      forceKind === ForceKind.CADRE ? demoPersonName(cadreIndex) : (teamOf?.name ?? random.pick(DEMO_ASSIGNEES[forceKind]));
    row.volunteerTeamId = teamOf?.id ?? null;
    row.assigneePersonId =
      forceKind === ForceKind.CADRE
        ? demoPersonId(cadreIndex)
        : forceKind === ForceKind.COMMUNITY_STAFF && row.assigneeName === "李敏" && profile.demoResident
          ? STAFF
          : null;
    row.assignedAt = assignedAt;
    event(assignedAt, RequestEventType.ASSIGNED, handler, row.assigneeName);
    if (!reached(startedAt)) continue;
    row.status = RequestStatus.IN_PROGRESS;
    event(startedAt, RequestEventType.STARTED, handler);

    const resolutionMissed = stuck || lateResolution;
    if (resolutionMissed && reached(resolveBy)) {
      const up = nextLevel(row.level);
      if (up) {
        row.level = up;
        event(resolveBy, RequestEventType.ESCALATED, null, `办理超时，自动上报至 ${up}`);
      }
      row.resolutionEscalatedFor = resolveBy;
    }
    if (stuck || !reached(resolvedAt)) continue;
    row.status = RequestStatus.RESOLVED;
    row.resolvedAt = resolvedAt;
    event(resolvedAt, RequestEventType.RESOLVED, handler, random.pick(RESOLUTION_NOTES));

    // The demo resident (persona 4) keeps recent resolutions unrated, to rate them in the demo.
    const keptForDemo = profile.demoResident && submitterIndex === 4 && resolvedAt.getTime() > anchor - 14 * DAY;
    if (!random.chance(0.78) || keptForDemo) continue;
    demoAftercare({ row, random, event, reached, staff: STAFF, handler, confirmer: demoPersonId(gridLeaderOf(grid)) }, resolvedAt);
  }
  const counters = [...numbers.entries()].map(([year, lastNumber]) => ({ communityId: community.id, year, lastNumber }));
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  // The departments' evaluations are Dongting's (its staff and committee make them).
  const evaluations = profile.demoResident ? generateDemoEvaluations(requests, options.anchor, random.next, community.id) : [];
  return { requests, events, evaluations, counters };
}
