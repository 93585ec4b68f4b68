import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Meeting } from "./meeting.entity.js";

/** One person present at a held meeting (recordMeeting replaces the list). */
@Entity({ name: "meeting_attendee" })
@Unique("meeting_attendee_key", ["meetingId", "personId"])
@Index("meeting_attendee_person_idx", ["personId"])
export class MeetingAttendee {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_meeting_attendee" })
  id: string;

  @Column({ name: "meeting_id", type: "uuid" })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: "CASCADE" })
  @JoinColumn({ name: "meeting_id", foreignKeyConstraintName: "meeting_attendee_meeting_fk" })
  meeting?: Relation<Meeting>;

  @Column({ name: "person_id", type: "uuid" })
  personId: string;
}
