import type { DataSource } from "typeorm";
import type { Clock } from "@dongting/subgraph-kit";
import { insertInChunks, seedGeographyCopy } from "@dongting/subgraph-kit/seed";
import { ClassMemberRow } from "../class/class-member.entity.js";
import { ResidentClass } from "../class/resident-class.entity.js";
import { MeetingAttendee } from "../meeting/meeting-attendee.entity.js";
import { Meeting } from "../meeting/meeting.entity.js";
import { ProposalComment } from "../proposal/proposal-comment.entity.js";
import { Proposal } from "../proposal/proposal.entity.js";
import { Vote } from "../proposal/vote.entity.js";
import { CommunityRule } from "../rule/community-rule.entity.js";
import { RuleVersion } from "../rule/rule-version.entity.js";
import { classRows, planClasses } from "./classes.plan.js";
import { planMeetings } from "./meetings.plan.js";
import { planProposals } from "./proposals.plan.js";

/**
 * Loads Dongting's council into an empty database, relative to the clock's now: the geography copy, the 54
 * classes with their members and committees, a year of monthly meetings with attendance, the 22 rules with
 * their proposals, votes and sessions, and open proposals in every state. A database with classes is left alone.
 */
export async function seedCouncil(db: DataSource, clock: Clock): Promise<void> {
  const now = clock.now();
  await seedGeographyCopy(db);
  if ((await db.manager.count(ResidentClass)) > 0) return;
  const classes = planClasses();
  const { classRows: rows, memberRows } = classRows(classes, now);
  const { meetings, attendees, sessions } = planMeetings(classes, now);
  const plan = planProposals(classes, sessions, attendees, now);
  await db.transaction(async (manager) => {
    await insertInChunks(manager, ResidentClass, rows);
    await insertInChunks(manager, ClassMemberRow, memberRows);
    await insertInChunks(manager, Meeting, meetings);
    await insertInChunks(manager, MeetingAttendee, attendees, 1000);
    await insertInChunks(manager, CommunityRule, plan.rules as never);
    await insertInChunks(manager, Proposal, plan.proposals as never);
    await insertInChunks(manager, RuleVersion, plan.versions as never);
    await insertInChunks(manager, ProposalComment, plan.comments as never);
    await insertInChunks(manager, Vote, plan.votes as never, 1000);
  });
}
