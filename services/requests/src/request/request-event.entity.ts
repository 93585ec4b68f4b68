import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { REQUEST_NOTE_MAX, RequestEventType } from "@dongting/domain/requests";
import { sqlValueList } from "../domain/sql-values.js";
import { ResidentRequest } from "./request.entity.js";

/** One step of a request's timeline. The serial id orders events written in the same instant. */
@ObjectType("RequestEvent")
@Entity({ name: "request_event" })
@Index("request_event_request_idx", ["requestId", "at"])
@Check("request_event_type_check", `"type" IN (${sqlValueList(RequestEventType)})`)
export class RequestEvent {
  @PrimaryGeneratedColumn("increment", { type: "bigint" })
  seq: string;

  @Column({ name: "request_id", type: "uuid" })
  requestId: string;

  @ManyToOne(() => ResidentRequest, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "request_id", foreignKeyConstraintName: "request_event_request_fk" })
  request?: Relation<ResidentRequest>;

  @Field(() => Date)
  @Column({ type: "timestamptz" })
  at: Date;

  @Field(() => String, {
    description: "SUBMITTED, ACCEPTED, ASSIGNED, STARTED, ESCALATED, RESOLVED, RATED, REVIEWED, CLOSED, REJECTED, REOPENED",
  })
  @Column({ type: "varchar", length: 16 })
  type: RequestEventType;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: REQUEST_NOTE_MAX, nullable: true })
  note: string | null;

  /** Organisation's Person; null for the escalation sweep. */
  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;
}
