import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { ServiceUnit } from "./service-unit.entity.js";

/**
 * A person (organisation's) who works a unit's requests. The leader is a member row flagged `leader`, so
 * "the leader is a member" holds by construction and the partial unique index keeps one leader per unit.
 */
@Entity({ name: "service_unit_member" })
@Index("service_unit_member_person_idx", ["personId"])
@Index("service_unit_member_leader_key", ["unitId"], { unique: true, where: `"leader"` })
export class ServiceUnitMember {
  @PrimaryColumn({ name: "unit_id", type: "uuid", primaryKeyConstraintName: "PK_service_unit_member" })
  unitId: string;

  /** Organisation's Person. */
  @PrimaryColumn({ name: "person_id", type: "uuid", primaryKeyConstraintName: "PK_service_unit_member" })
  personId: string;

  @Column({ type: "boolean", default: false })
  leader: boolean;

  @ManyToOne(() => ServiceUnit, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "unit_id", foreignKeyConstraintName: "service_unit_member_unit_fk" })
  unit?: Relation<ServiceUnit>;
}
