import type { MigrationInterface, QueryRunner } from "typeorm";
import { CREATE_GEOGRAPHY_COPY_SQL, CREATE_HISTORY_TABLE_SQL, DROP_GEOGRAPHY_COPY_SQL } from "@dongting/subgraph-kit";

/**
 * The council subgraph (居民自治): classes and their members and committee posts, meetings and attendance,
 * proposals, comments and votes, community rules and their versions; the history table and the read copy of
 * organisation's geography. The limits are @dongting/domain/council's (the drift check compares them).
 */
const STATEMENTS = [
  `CREATE TABLE "resident_class" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(60) NOT NULL, "community_id" uuid NOT NULL, "neighbourhood_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "resident_class_name_key" UNIQUE ("community_id", "name"), CONSTRAINT "resident_class_name_check" CHECK (char_length("name") BETWEEN 1 AND 60), CONSTRAINT "PK_resident_class" PRIMARY KEY ("id"))`,
  `CREATE INDEX "resident_class_community_idx" ON "resident_class" ("community_id")`,
  `CREATE TABLE "class_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "class_id" uuid NOT NULL, "person_id" uuid NOT NULL, "post" character varying(16), "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "class_member_key" UNIQUE ("class_id", "person_id"), CONSTRAINT "class_member_post_check" CHECK ("post" IS NULL OR "post" IN ('MONITOR','DEPUTY_MONITOR','MEMBER')), CONSTRAINT "PK_class_member" PRIMARY KEY ("id"))`,
  `CREATE INDEX "class_member_person_idx" ON "class_member" ("person_id")`,
  `CREATE UNIQUE INDEX "class_member_monitor_once_key" ON "class_member" ("person_id") WHERE "post" = 'MONITOR'`,
  `CREATE UNIQUE INDEX "class_member_one_monitor_key" ON "class_member" ("class_id") WHERE "post" = 'MONITOR'`,
  `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "title" character varying(100) NOT NULL, "community_id" uuid NOT NULL, "class_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "booking_id" uuid, "status" character varying(12) NOT NULL DEFAULT 'SCHEDULED', "minutes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_minutes_check" CHECK ("minutes" IS NULL OR char_length("minutes") <= 5000), CONSTRAINT "meeting_title_check" CHECK (char_length("title") BETWEEN 1 AND 100), CONSTRAINT "meeting_time_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "meeting_class_check" CHECK (("kind" = 'CLASS_COMMITTEE') = ("class_id" IS NOT NULL)), CONSTRAINT "meeting_status_check" CHECK ("status" IN ('SCHEDULED','HELD','CANCELLED')), CONSTRAINT "meeting_kind_check" CHECK ("kind" IN ('CLASS_COMMITTEE','MONITORS_COUNCIL')), CONSTRAINT "PK_meeting" PRIMARY KEY ("id"))`,
  `CREATE INDEX "meeting_class_time_idx" ON "meeting" ("class_id", "starts_at")`,
  `CREATE INDEX "meeting_community_time_idx" ON "meeting" ("community_id", "starts_at")`,
  `CREATE TABLE "meeting_attendee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "meeting_attendee_key" UNIQUE ("meeting_id", "person_id"), CONSTRAINT "PK_meeting_attendee" PRIMARY KEY ("id"))`,
  `CREATE INDEX "meeting_attendee_person_idx" ON "meeting_attendee" ("person_id")`,
  `CREATE TABLE "community_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(60) NOT NULL, "community_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "community_rule_title_key" UNIQUE ("community_id", "title"), CONSTRAINT "community_rule_title_check" CHECK (char_length("title") BETWEEN 1 AND 60), CONSTRAINT "PK_community_rule" PRIMARY KEY ("id"))`,
  `CREATE INDEX "community_rule_community_idx" ON "community_rule" ("community_id")`,
  `CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(100) NOT NULL, "body" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "community_id" uuid NOT NULL, "class_id" uuid, "proposer_id" uuid, "source_request_id" uuid, "meeting_id" uuid, "rule_id" uuid, "rule_title" character varying(60), "rule_text" text, "deliberation_ends_at" TIMESTAMP WITH TIME ZONE, "voting_closes_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "eligible_count" integer, "yes_count" integer, "no_count" integer, "abstain_count" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_voting_check" CHECK ("status" NOT IN ('VOTING','ADOPTED','REJECTED') OR "voting_closes_at" IS NOT NULL), CONSTRAINT "proposal_rule_text_check" CHECK ("rule_text" IS NULL OR char_length("rule_text") BETWEEN 1 AND 20000), CONSTRAINT "proposal_rule_title_check" CHECK ("rule_title" IS NULL OR char_length("rule_title") BETWEEN 1 AND 60), CONSTRAINT "proposal_rule_target_check" CHECK ("rule_id" IS NULL OR "rule_title" IS NULL), CONSTRAINT "proposal_body_check" CHECK (char_length("body") BETWEEN 1 AND 5000), CONSTRAINT "proposal_title_check" CHECK (char_length("title") BETWEEN 1 AND 100), CONSTRAINT "proposal_status_check" CHECK ("status" IN ('DRAFT','DELIBERATION','VOTING','ADOPTED','REJECTED','WITHDRAWN')), CONSTRAINT "PK_proposal" PRIMARY KEY ("id"))`,
  `CREATE INDEX "proposal_rule_idx" ON "proposal" ("rule_id")`,
  `CREATE INDEX "proposal_source_request_idx" ON "proposal" ("source_request_id", "created_at")`,
  `CREATE INDEX "proposal_meeting_idx" ON "proposal" ("meeting_id")`,
  `CREATE INDEX "proposal_class_idx" ON "proposal" ("class_id")`,
  `CREATE INDEX "proposal_community_status_idx" ON "proposal" ("community_id", "status")`,
  `CREATE INDEX "proposal_list_idx" ON "proposal" ("created_at", "id")`,
  `CREATE TABLE "proposal_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "author_id" uuid, "text" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "proposal_comment_text_check" CHECK (char_length("text") BETWEEN 1 AND 1000), CONSTRAINT "PK_proposal_comment" PRIMARY KEY ("id"))`,
  `CREATE INDEX "proposal_comment_proposal_idx" ON "proposal_comment" ("proposal_id", "at")`,
  `CREATE TABLE "vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "person_id" uuid NOT NULL, "choice" character varying(8) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "vote_once_key" UNIQUE ("proposal_id", "person_id"), CONSTRAINT "vote_choice_check" CHECK ("choice" IN ('YES','NO','ABSTAIN')), CONSTRAINT "PK_vote" PRIMARY KEY ("id"))`,
  `CREATE TABLE "rule_version" ("rule_id" uuid NOT NULL, "number" integer NOT NULL, "text" text NOT NULL, "adopted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "proposal_id" uuid, CONSTRAINT "rule_version_text_check" CHECK (char_length("text") BETWEEN 1 AND 20000), CONSTRAINT "rule_version_number_check" CHECK ("number" >= 1), CONSTRAINT "PK_rule_version" PRIMARY KEY ("rule_id", "number"))`,
  `ALTER TABLE "class_member" ADD CONSTRAINT "class_member_class_fk" FOREIGN KEY ("class_id") REFERENCES "resident_class"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "meeting" ADD CONSTRAINT "meeting_class_fk" FOREIGN KEY ("class_id") REFERENCES "resident_class"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "meeting_attendee" ADD CONSTRAINT "meeting_attendee_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "proposal" ADD CONSTRAINT "proposal_class_fk" FOREIGN KEY ("class_id") REFERENCES "resident_class"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "proposal" ADD CONSTRAINT "proposal_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  `ALTER TABLE "proposal" ADD CONSTRAINT "proposal_rule_fk" FOREIGN KEY ("rule_id") REFERENCES "community_rule"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "proposal_comment" ADD CONSTRAINT "proposal_comment_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "vote" ADD CONSTRAINT "vote_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "rule_version" ADD CONSTRAINT "rule_version_rule_fk" FOREIGN KEY ("rule_id") REFERENCES "community_rule"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
];

const TABLES = [
  "rule_version",
  "vote",
  "proposal_comment",
  "proposal",
  "community_rule",
  "meeting_attendee",
  "meeting",
  "class_member",
  "resident_class",
];

export class Council1765324800000 implements MigrationInterface {
  name = "Council1765324800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS) await queryRunner.query(statement);
    for (const statement of CREATE_HISTORY_TABLE_SQL) await queryRunner.query(statement);
    for (const statement of CREATE_GEOGRAPHY_COPY_SQL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DROP_GEOGRAPHY_COPY_SQL) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE "history"`);
    for (const table of TABLES) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
