import { Column, Entity, PrimaryColumn } from "typeorm";

/*
 * The read copy of volunteers' team -> community pairs (docs/tenancy.md): a booking for a team must be in the
 * zone's community. A team never changes community, so a row is never wrong, only possibly missing; a booking
 * naming a team the copy lacks is refused (UNKNOWN_TEAM), never guessed.
 */
@Entity({ name: "team_community" })
export class TeamCommunity {
  @PrimaryColumn({ name: "team_id", type: "uuid" })
  teamId: string;

  @Column({ name: "community_id", type: "uuid" })
  communityId: string;
}
