import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { CommitteePost, sqlList } from "../domain/enums.js";
import { ResidentClass } from "./resident-class.entity.js";

/**
 * A person's membership of a class and, when set, his committee post (班委会). One monitor per class and a
 * person monitors at most one class: both are partial unique indexes, so racing writers cannot break them.
 */
@Entity({ name: "class_member" })
@Unique("class_member_key", ["classId", "personId"])
@Index("class_member_one_monitor_key", ["classId"], { unique: true, where: `"post" = 'MONITOR'` })
@Index("class_member_monitor_once_key", ["personId"], { unique: true, where: `"post" = 'MONITOR'` })
@Index("class_member_person_idx", ["personId"])
@Check("class_member_post_check", `"post" IS NULL OR "post" IN (${sqlList(CommitteePost)})`)
export class ClassMemberRow {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_class_member" })
  id: string;

  @Column({ name: "class_id", type: "uuid" })
  classId: string;

  @ManyToOne(() => ResidentClass, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "class_id", foreignKeyConstraintName: "class_member_class_fk" })
  residentClass?: Relation<ResidentClass>;

  @Column({ name: "person_id", type: "uuid" })
  personId: string;

  @Column({ type: "varchar", length: 16, nullable: true })
  post: CommitteePost | null;

  @Column({ name: "joined_at", type: "timestamptz" })
  joinedAt: Date;
}
