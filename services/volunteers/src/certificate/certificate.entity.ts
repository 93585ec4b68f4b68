import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Volunteer } from "../volunteer/volunteer.entity.js";

/** One line of a certificate's activities: a shift served, as it stood when the certificate was issued. */
export interface CertificateActivity {
  date: string;
  team: string;
  title: string;
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

  @Column({ type: "jsonb" })
  activities: CertificateActivity[];

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
