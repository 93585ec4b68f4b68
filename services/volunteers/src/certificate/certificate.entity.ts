import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Volunteer } from "../volunteer/volunteer.entity.js";

/** One line of a certificate's activities: a shift served, as it stood when the certificate was issued. */
@ObjectType("CertificateActivity", { description: "A shift served, as it stood when the certificate was issued." })
export class CertificateActivity {
  @Field({ description: "The shift's day, yyyy-MM-dd (Asia/Shanghai)." })
  date: string;

  @Field()
  team: string;

  @Field()
  title: string;

  @Field(() => Int, { description: "Credited minutes of that sign-up." })
  minutes: number;
}

/**
 * A service certificate (志愿服务证明) issued by a community's staff ("谁记录谁证明": only the service
 * recorded in that community). Its facts are frozen at issue: later corrections do not change a printed
 * certificate. The number is unique per community and year (the counter below hands out the sequence).
 */
@ObjectType("ServiceCertificate")
@Entity({ name: "service_certificate" })
@Unique("service_certificate_number_key", ["number"])
@Unique("service_certificate_sequence_key", ["communityId", "year", "sequence"])
@Index("service_certificate_volunteer_idx", ["volunteerId", "issuedAt"])
@Check("service_certificate_period_check", `"to_at" > "from_at"`)
@Check("service_certificate_minutes_check", `"minutes" > 0`)
export class ServiceCertificate {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Unique, e.g. DT-VS-2026-000042." })
  @Column({ type: "varchar", length: 32 })
  number: string;

  /** The issuing community (its name is the issuer printed and told by verifyCertificate). */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @Column({ type: "int" })
  year: number;

  @Column({ type: "int" })
  sequence: number;

  @Column({ name: "volunteer_id", type: "uuid" })
  volunteerId: string;

  @ManyToOne(() => Volunteer, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "volunteer_id", foreignKeyConstraintName: "service_certificate_volunteer_fk" })
  volunteer?: Relation<Volunteer>;

  @Field()
  @Column({ name: "from_at", type: "timestamptz" })
  from: Date;

  @Field()
  @Column({ name: "to_at", type: "timestamptz" })
  to: Date;

  @Field(() => Int, { description: "Credited service minutes (no-show penalties deducted) at issue." })
  @Column({ type: "int" })
  minutes: number;

  @Field(() => [CertificateActivity])
  @Column({ type: "jsonb" })
  activities: CertificateActivity[];

  /*
   * The holder and issuer as organisation told the issuing staff at issue (a snapshot: the printed
   * certificate does not change when a name does). Null only on certificates issued before snapshots.
   */
  @Field(() => String, { nullable: true })
  @Column({ name: "holder_name", type: "varchar", length: 100, nullable: true })
  holderName: string | null;

  @Field(() => String, { nullable: true, description: "e.g. 420106********1234; null when organisation holds none." })
  @Column({ name: "holder_id_masked", type: "varchar", length: 32, nullable: true })
  holderIdMasked: string | null;

  @Field(() => [String], { description: "The teams of the certified activities." })
  @Column({ name: "team_names", type: "jsonb" })
  teamNames: string[];

  @Field(() => String, { nullable: true, description: "The issuing community's name." })
  @Column({ type: "varchar", length: 100, nullable: true })
  issuer: string | null;

  @Field()
  @Column({ name: "issued_at", type: "timestamptz" })
  issuedAt: Date;

  @Column({ name: "issued_by", type: "uuid", nullable: true })
  issuedBy: string | null;

  @Field({ description: "Printed on the certificate; verifyCertificate needs it with the number." })
  @Column({ name: "verification_code", type: "varchar", length: 16 })
  verificationCode: string;
}

/** The last sequence handed out per community and year: an upsert on it numbers certificates without gaps or twins. */
@Entity({ name: "certificate_counter" })
export class CertificateCounter {
  @PrimaryColumn({ name: "community_id", type: "uuid" })
  communityId: string;

  @PrimaryColumn({ type: "int" })
  year: number;

  @Column({ name: "last_sequence", type: "int" })
  lastSequence: number;
}
