import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { COMMENT_MAX } from "@dongting/domain/council";
import { Proposal } from "./proposal.entity.js";

/** A public comment made during the proposal's comment period. */
@ObjectType("ProposalComment")
@Entity({ name: "proposal_comment" })
@Index("proposal_comment_proposal_idx", ["proposalId", "at"])
@Check("proposal_comment_text_check", `char_length("text") BETWEEN 1 AND ${COMMENT_MAX}`)
export class ProposalComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_proposal_comment" })
  id: string;

  @Column({ name: "proposal_id", type: "uuid" })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "proposal_id", foreignKeyConstraintName: "proposal_comment_proposal_fk" })
  proposal?: Relation<Proposal>;

  @Column({ name: "author_id", type: "uuid", nullable: true })
  authorId: string | null;

  @Field()
  @Column({ type: "text" })
  text: string;

  @Field()
  @Column({ type: "timestamptz" })
  at: Date;
}
