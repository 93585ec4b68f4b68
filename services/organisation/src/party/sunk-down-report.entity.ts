import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { DUTIES_MAX, DUTY_MAX, WORK_UNIT_MAX } from "@dongting/domain/organisation-people";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { Person } from "../person/person.entity.js";

/**
 * 下沉党员报到: a party member registered with a work unit reports to the community on a day, with the
 * service duties they take on. Kept with the unit they belonged to when they reported, so a branch lists
 * its sunk-down members; one report per person and day.
 */
@ObjectType({ description: "下沉党员报到: a member registered from a work unit reports to the community." })
@Entity({ name: "sunk_down_report" })
@Index("sunk_down_report_person_day_key", ["personId", "reportedOn"], { unique: true })
@Check("sunk_down_report_work_unit_check", `char_length("work_unit") BETWEEN 1 AND ${WORK_UNIT_MAX}`)
@Check("sunk_down_report_duties_check", `cardinality("duties") BETWEEN 1 AND ${DUTIES_MAX}`)
export class SunkDownReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_sunk_down_report" })
  id: string;

  @Column({ name: "person_id", type: "uuid" })
  personId: string;

  @ManyToOne(() => Person, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "sunk_down_report_person_fk" })
  person?: Relation<Person>;

  @Index("sunk_down_report_org_unit_idx")
  @Column({ name: "org_unit_id", type: "uuid" })
  orgUnitId: string;

  @ManyToOne(() => OrgUnit, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "org_unit_id", foreignKeyConstraintName: "sunk_down_report_org_unit_fk" })
  orgUnit?: Relation<OrgUnit>;

  @Field()
  @Column({ name: "work_unit", type: "varchar", length: WORK_UNIT_MAX })
  workUnit: string;

  @Field({ description: "The day of the report, YYYY-MM-DD (community time)." })
  @Column({ name: "reported_on", type: "date" })
  reportedOn: string;

  @Field(() => [String])
  @Column({ type: "varchar", array: true, length: DUTY_MAX })
  duties: string[];

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
