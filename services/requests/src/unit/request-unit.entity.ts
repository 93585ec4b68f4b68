import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { ResidentRequest } from "../request/request.entity.js";
import { ServiceUnit } from "./service-unit.entity.js";

/**
 * A unit handling a request. The first unit dispatched leads (首接负责); the partial unique index holds
 * "at most one leading unit" even when two first dispatches race. `person_id` is the member it was handed
 * to, if any. Rows are never deleted: once a unit handles a request it stays on its timeline and worklist.
 */
@Entity({ name: "request_unit" })
@Index("request_unit_unit_idx", ["unitId", "requestId"])
@Index("request_unit_leading_key", ["requestId"], { unique: true, where: `"leading"` })
export class RequestUnit {
  @PrimaryColumn({ name: "request_id", type: "uuid", primaryKeyConstraintName: "PK_request_unit" })
  requestId: string;

  @PrimaryColumn({ name: "unit_id", type: "uuid", primaryKeyConstraintName: "PK_request_unit" })
  unitId: string;

  @Column({ type: "boolean" })
  leading: boolean;

  /** Organisation's Person: the member the request was handed to. */
  @Column({ name: "person_id", type: "uuid", nullable: true })
  personId: string | null;

  @Column({ name: "dispatched_at", type: "timestamptz" })
  dispatchedAt: Date;

  /** Organisation's Person who dispatched. */
  @Column({ name: "dispatched_by", type: "uuid", nullable: true })
  dispatchedBy: string | null;

  @ManyToOne(() => ResidentRequest, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "request_id", foreignKeyConstraintName: "request_unit_request_fk" })
  request?: Relation<ResidentRequest>;

  @ManyToOne(() => ServiceUnit, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "unit_id", foreignKeyConstraintName: "request_unit_unit_fk" })
  unit?: Relation<ServiceUnit>;
}
