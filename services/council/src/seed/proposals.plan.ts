import { demoPersonId, pick, seededRandom, type Random } from "@dongting/subgraph-kit/seed";
import { ProposalStatus, VoteChoice } from "../domain/enums.js";
import { DONGTING, type PlannedClass } from "./classes.plan.js";
import { seedProposalId, seedRuleId } from "./ids.js";
import type { PlannedMeeting } from "./meetings.plan.js";
import { ruleText, SEED_RULES } from "./rules.catalogue.js";

const DAY = 86_400_000;
const COMMENTS = [
  "赞成，早该定下来了。",
  "建议先在楼栋里试行一个月。",
  "条款写得清楚，同意。",
  "希望物业配合执行。",
  "建议增加违约后的劝导办法。",
];

type Row = Record<string, unknown>;

/** A closed vote: who voted how, and the counts the proposal stores. */
function closedVote(random: Random, proposalId: string, voters: string[], at: Date, yesShare: number) {
  const votes = voters.map((personId) => {
    const r = random();
    const choice = r < yesShare ? VoteChoice.YES : r < yesShare + (1 - yesShare) * 0.8 ? VoteChoice.NO : VoteChoice.ABSTAIN;
    return { proposalId, personId, choice, at };
  });
  const count = (choice: VoteChoice) => votes.filter((vote) => vote.choice === choice).length;
  return { votes, counts: { yesCount: count(VoteChoice.YES), noCount: count(VoteChoice.NO), abstainCount: count(VoteChoice.ABSTAIN) } };
}

/**
 * The rules with the proposals that adopted them (community proposals voted by the 班长议事会 at a held session,
 * by the monitors who attended), two later amendments (version 2), and open proposals in every other state.
 */
export function planProposals(
  classes: PlannedClass[],
  sessions: PlannedMeeting[],
  attendance: Array<{ meetingId: string; personId: string }>,
  now: Date,
) {
  const random = seededRandom(1314);
  const proposals: Row[] = [];
  const votes: Row[] = [];
  const comments: Row[] = [];
  const rules: Row[] = [];
  const versions: Row[] = [];
  const held = sessions.filter((session) => session.endsAt < now);
  const upcoming = sessions.find((session) => session.startsAt > now) ?? null;
  const monitorsAt = (session: PlannedMeeting) => attendance.filter((a) => a.meetingId === session.id).map((a) => a.personId);
  const anyMember = () => demoPersonId(pick(random, pick(random, classes).members));
  const eligible = classes.length;

  const adopted = (n: number, title: string, body: string, ruleId: string, text: string, session: PlannedMeeting, proposer: number) => {
    const id = seedProposalId(n);
    const vote = closedVote(random, id, monitorsAt(session), new Date(session.startsAt.getTime() + 60 * 60_000), 0.85);
    proposals.push({
      id,
      title,
      body,
      status: ProposalStatus.ADOPTED,
      communityId: DONGTING,
      classId: null,
      proposerId: demoPersonId(proposer),
      sourceRequestId: null,
      meetingId: session.id,
      ruleId,
      ruleTitle: null,
      ruleText: text,
      deliberationEndsAt: new Date(session.startsAt.getTime() - DAY),
      votingClosesAt: session.endsAt,
      closedAt: session.endsAt,
      eligibleCount: eligible,
      ...vote.counts,
      createdAt: new Date(session.startsAt.getTime() - 10 * DAY),
    });
    votes.push(...vote.votes);
    for (let c = 0; c < 2; c += 1)
      comments.push({
        proposalId: id,
        authorId: anyMember(),
        text: pick(random, COMMENTS),
        at: new Date(session.startsAt.getTime() - (5 - c) * DAY),
      });
    versions.push({ ruleId, number: 0, text, adoptedAt: session.endsAt, proposalId: id });
  };

  SEED_RULES.forEach((rule, i) => {
    const session = held[i % Math.max(held.length - 1, 1)];
    const ruleId = seedRuleId(i + 1);
    rules.push({ id: ruleId, title: rule.title, communityId: DONGTING, createdAt: session.endsAt });
    adopted(
      i + 1,
      `关于制定《${rule.title}》的提议`,
      rule.reason,
      ruleId,
      ruleText(rule.articles),
      session,
      classes[i % classes.length].monitor,
    );
  });
  SEED_RULES.forEach((rule, i) => {
    if (!rule.amended) return;
    const session = held[held.length - 1];
    adopted(
      100 + i,
      `关于修订《${rule.title}》的提议`,
      rule.amended.reason,
      seedRuleId(i + 1),
      ruleText(rule.amended.articles),
      session,
      classes[(i + 7) % classes.length].monitor,
    );
  });
  // Number the versions of each rule in adoption order.
  const seen = new Map<unknown, number>();
  for (const version of versions) {
    const number = (seen.get(version.ruleId) ?? 0) + 1;
    seen.set(version.ruleId, number);
    version.number = number;
  }

  const open = (n: number, fields: Row) => {
    const row: Row = {
      id: seedProposalId(n),
      status: ProposalStatus.DRAFT,
      communityId: DONGTING,
      classId: null,
      sourceRequestId: null,
      meetingId: null,
      ruleId: null,
      ruleTitle: null,
      ruleText: null,
      deliberationEndsAt: null,
      votingClosesAt: null,
      closedAt: null,
      eligibleCount: null,
      yesCount: null,
      noCount: null,
      abstainCount: null,
      ...fields,
    };
    proposals.push(row);
    return row.id as string;
  };
  const [first, second, third] = classes;
  open(201, {
    title: "关于在1班院内增设休息座椅的提议",
    body: "院内老人多，建议在花坛边增设两张休息座椅。",
    classId: first.id,
    proposerId: demoPersonId(4),
    createdAt: new Date(now.getTime() - DAY),
  });
  const dogs = SEED_RULES.findIndex((rule) => rule.title === "文明养犬公约");
  const amendDogs = open(202, {
    title: "关于修订《文明养犬公约》的提议",
    body: "建议明确遛犬时段和犬只登记要求。",
    status: ProposalStatus.DELIBERATION,
    proposerId: demoPersonId(third.monitor),
    ruleId: seedRuleId(dogs + 1),
    ruleText: ruleText([...SEED_RULES[dogs].articles, "犬只须在社区登记并按时免疫。"]),
    deliberationEndsAt: new Date(now.getTime() + 4 * DAY),
    meetingId: upcoming?.id ?? null,
    createdAt: new Date(now.getTime() - 3 * DAY),
  });
  for (let c = 0; c < 3; c += 1)
    comments.push({
      proposalId: amendDogs,
      authorId: anyMember(),
      text: pick(random, COMMENTS),
      at: new Date(now.getTime() - ((2 - c) * DAY) / 2),
    });
  open(203, {
    title: "关于5号院路灯维修的提议",
    body: "5号院两盏路灯损坏，夜间出行不便。",
    status: ProposalStatus.DELIBERATION,
    classId: second.id,
    proposerId: demoPersonId(second.members[1]),
    deliberationEndsAt: new Date(now.getTime() + 2 * DAY),
    createdAt: new Date(now.getTime() - 5 * DAY),
  });
  const charging = open(204, {
    title: "关于设立电动自行车集中充电点的提议",
    body: "在3号门旁空地设立集中充电点，解决电动车进楼充电问题。",
    status: ProposalStatus.VOTING,
    proposerId: demoPersonId(classes[9].monitor),
    ruleTitle: "电动自行车集中充电点管理办法",
    ruleText: ruleText(["集中充电点每日6:00至23:00开放。", "充满即走，不得长时间占用。", "充电费用按电表计量公示。"]),
    deliberationEndsAt: new Date(now.getTime() - 2 * DAY),
    votingClosesAt: new Date(now.getTime() + 5 * DAY),
    meetingId: upcoming?.id ?? null,
    createdAt: new Date(now.getTime() - 10 * DAY),
  });
  for (const c of classes.slice(10, 30))
    votes.push({
      proposalId: charging,
      personId: demoPersonId(c.monitor),
      choice: random() < 0.8 ? VoteChoice.YES : VoteChoice.NO,
      at: new Date(now.getTime() - DAY),
    });
  const handrail = open(205, {
    title: "关于1班楼道加装扶手的提议",
    body: "老人上下楼不便，建议在1至3号楼楼道加装扶手。",
    status: ProposalStatus.VOTING,
    classId: first.id,
    proposerId: demoPersonId(first.members[2]),
    deliberationEndsAt: new Date(now.getTime() - DAY),
    votingClosesAt: new Date(now.getTime() + 3 * DAY),
    createdAt: new Date(now.getTime() - 9 * DAY),
  });
  for (const n of first.members.filter((n) => n > 7).slice(0, 3))
    votes.push({ proposalId: handrail, personId: demoPersonId(n), choice: VoteChoice.YES, at: new Date(now.getTime() - DAY / 2) });
  const session = held[held.length - 3] ?? held[0];
  const pets = closedVote(random, seedProposalId(206), monitorsAt(session), session.startsAt, 0.2);
  open(206, {
    title: "关于小区内禁止饲养宠物的提议",
    body: "建议小区内全面禁止饲养宠物。",
    status: ProposalStatus.REJECTED,
    proposerId: demoPersonId(classes[20].members[1]),
    deliberationEndsAt: new Date(session.startsAt.getTime() - DAY),
    votingClosesAt: session.endsAt,
    closedAt: session.endsAt,
    meetingId: session.id,
    eligibleCount: eligible,
    ...pets.counts,
    createdAt: new Date(session.startsAt.getTime() - 12 * DAY),
  });
  votes.push(...pets.votes);
  open(207, {
    title: "关于调整垃圾投放时间的提议",
    body: "建议晚间投放时间延长到21:00。",
    status: ProposalStatus.WITHDRAWN,
    classId: third.id,
    proposerId: demoPersonId(third.members[1]),
    deliberationEndsAt: new Date(now.getTime() - 20 * DAY),
    createdAt: new Date(now.getTime() - 30 * DAY),
  });
  return { proposals, votes, comments, rules, versions };
}
