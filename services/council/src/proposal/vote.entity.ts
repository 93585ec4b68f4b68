import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { sqlList, VoteChoice } from "../domain/enums.js";
import { Proposal } from "./proposal.entity.js";

/** One person's vote on a proposal: the unique key is the last word on "one vote per person". */
@Entity({ name: "vote" })
@Unique("vote_once_key", ["proposalId", "personId"])
@Check("vote_choice_check", `"choice" IN (${sqlList(VoteChoice)})`)
export class Vote {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_vote" })
  id: string;

  @Column({ name: "proposal_id", type: "uuid" })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "proposal_id", foreignKeyConstraintName: "vote_proposal_fk" })
  proposal?: Relation<Proposal>;

  @Column({ name: "person_id", type: "uuid" })
  personId: string;

  @Column({ type: "varchar", length: 8 })
  choice: VoteChoice;

  @Column({ type: "timestamptz" })
  at: Date;
}
