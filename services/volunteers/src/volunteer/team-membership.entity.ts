import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { VolunteerTeam } from "../team/team.entity.js";
import { Volunteer } from "./volunteer.entity.js";

/**
 * One stretch of a volunteer's membership in a team. Leaving sets `left_at` instead of deleting, so
 * the member history (count by month) can be computed; rejoining starts a new row.
 */
@Entity({ name: "team_membership" })
@Index("team_membership_active_key", ["teamId", "volunteerId"], { unique: true, where: `"left_at" IS NULL` })
@Index("team_membership_team_idx", ["teamId", "joinedAt"])
@Index("team_membership_volunteer_idx", ["volunteerId"])
@Check("team_membership_period_check", `"left_at" IS NULL OR "left_at" >= "joined_at"`)
export class TeamMembership {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "team_id", type: "uuid" })
  teamId: string;

  @ManyToOne(() => VolunteerTeam, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "team_id", foreignKeyConstraintName: "team_membership_team_fk" })
  team?: Relation<VolunteerTeam>;

  @Column({ name: "volunteer_id", type: "uuid" })
  volunteerId: string;

  @ManyToOne(() => Volunteer, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "volunteer_id", foreignKeyConstraintName: "team_membership_volunteer_fk" })
  volunteer?: Relation<Volunteer>;

  @Column({ name: "joined_at", type: "timestamptz", default: () => "now()" })
  joinedAt: Date;

  @Column({ name: "left_at", type: "timestamptz", nullable: true })
  leftAt: Date | null;
}
