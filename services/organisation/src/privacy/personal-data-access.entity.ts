import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";

/** Longest field coordinate and operation name kept (a client names its operations; longer ones are cut). */
export const ACCESS_FIELD_MAX = 64;
export const ACCESS_OPERATION_MAX = 200;
/** Token subjects are uuids in dev mode; an identity provider's may be any string up to this length. */
export const ACCESS_ACTOR_MAX = 255;

/**
 * The record of sensitive reads (个人信息访问记录): one row per person, field and answer that handed a full
 * phone number or a party membership to someone other than that person. Written once per answer by
 * `recordSensitiveReads`, read by ADMIN through `personalDataAccessLog`. No foreign keys: the record must
 * outlive the rows it speaks of and never stop a person from being erased.
 */
@ObjectType({ description: "One answer that handed a person's full phone number or party membership to someone other than that person." })
@Entity({ name: "personal_data_access" })
@Index("personal_data_access_at_idx", ["at", "id"])
@Index("personal_data_access_subject_idx", ["subjectId", "at"])
@Index("personal_data_access_actor_idx", ["actorId", "at"])
export class PersonalDataAccess {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_personal_data_access" })
  id: string;

  @Field(() => Date)
  @Column({ type: "timestamptz" })
  at: Date;

  /** Resolved to `actor: Person`; null for a service account (a token without a person). */
  @Column({ name: "actor_id", type: "varchar", length: ACCESS_ACTOR_MAX, nullable: true })
  actorId: string | null;

  /** Resolved to `subject: Person`. */
  @Column({ name: "subject_id", type: "uuid" })
  subjectId: string;

  @Field({ description: "The field, e.g. Person.phone or Person.partyMembership." })
  @Column({ type: "varchar", length: ACCESS_FIELD_MAX })
  field: string;

  @Field(() => String, { nullable: true, description: "The operation name, when the client gave one." })
  @Column({ type: "varchar", length: ACCESS_OPERATION_MAX, nullable: true })
  operation: string | null;
}
