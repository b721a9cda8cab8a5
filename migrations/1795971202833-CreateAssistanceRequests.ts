import type { MigrationInterface, QueryRunner } from 'typeorm';

const FUND_TABLES = ['assistance_request', 'assistance_request_recommendation', 'assistance_partner', 'assistance_disbursement', 'assistance_document', 'assistance_transition'] as const;

/**
 * Voluntary Fund assistance requests (issue 6; docs/fund.md): the request with its amounts as bigint
 * minor units (CHECK ≥ 0, and approved ≤ requested unless a reason is recorded), the recommendations it
 * serves, its partners, disbursements, documents and the history of its transitions.
 * Generated from the entities, then reviewed; the no-delete triggers are hand-written.
 */
export class CreateAssistanceRequests1795971202833 implements MigrationInterface {
  name = 'CreateAssistanceRequests1795971202833';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "assistance_request" ("id" SERIAL NOT NULL, "state_iso3" character(3) NOT NULL, "activity_type" character varying(48) NOT NULL, "description" text NOT NULL DEFAULT '', "consent_on" date, "consent_by" text, "channel" character varying(32) NOT NULL, "currency" character(3) NOT NULL DEFAULT 'USD', "requested_minor" bigint NOT NULL DEFAULT '0', "approved_minor" bigint, "approval_above_request_reason" text, "reporting_year" smallint, "status" character varying(24) NOT NULL DEFAULT 'draft', "submitted_on" date, "decided_on" date, "implementation_started_on" date, "completed_on" date, "published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_assistance_request_approved_above" CHECK ("approved_minor" IS NULL OR "approved_minor" <= "requested_minor" OR "approval_above_request_reason" IS NOT NULL), CONSTRAINT "CHK_assistance_request_approved" CHECK ("approved_minor" IS NULL OR "approved_minor" >= 0), CONSTRAINT "CHK_assistance_request_requested" CHECK ("requested_minor" >= 0), CONSTRAINT "CHK_assistance_request_currency" CHECK ("currency" ~ '^[A-Z]{3}$'), CONSTRAINT "CHK_assistance_request_channel" CHECK ("channel" IN ('ohchr_field_office', 'ohchr_regional_office', 'resident_coordinator', 'ohchr_headquarters')), CONSTRAINT "CHK_assistance_request_activity_type" CHECK ("activity_type" IN ('implementation_project_co_funding', 'national_capacity_and_expertise', 'un_country_programming_integration', 'good_practice_exchange')), CONSTRAINT "CHK_assistance_request_status" CHECK ("status" IN ('draft', 'submitted', 'under_review', 'approved', 'declined', 'in_implementation', 'completed', 'reported')), CONSTRAINT "PK_25ec0e8a829c333bd1e5bb9bec9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_assistance_request_status_year" ON "assistance_request"  ("status", "reporting_year")`);
    await queryRunner.query(`CREATE INDEX "IDX_assistance_request_state" ON "assistance_request"  ("state_iso3")`);
    await queryRunner.query(`CREATE TABLE "assistance_disbursement" ("id" SERIAL NOT NULL, "request_id" integer NOT NULL, "amount_minor" bigint NOT NULL, "disbursed_on" date NOT NULL, "note" text, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_assistance_disbursement_amount" CHECK ("amount_minor" > 0), CONSTRAINT "PK_94fac57812b7c76cee08e8c2069" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_assistance_disbursement_disbursed_on" ON "assistance_disbursement"  ("disbursed_on")`);
    await queryRunner.query(`CREATE INDEX "IDX_assistance_disbursement_request" ON "assistance_disbursement"  ("request_id")`);
    await queryRunner.query(`CREATE TABLE "assistance_document" ("id" SERIAL NOT NULL, "request_id" integer NOT NULL, "kind" character varying(8) NOT NULL, "title" text NOT NULL, "url" text, "storage_key" text, "file_name" text, "media_type" character varying(128), "size_bytes" integer, "sha256" character(64), "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_assistance_document_shape" CHECK (("kind" = 'link' AND "url" IS NOT NULL AND "storage_key" IS NULL) OR ("kind" = 'file' AND "url" IS NULL AND "storage_key" IS NOT NULL AND "sha256" IS NOT NULL AND "size_bytes" > 0 AND "media_type" IS NOT NULL AND "file_name" IS NOT NULL)), CONSTRAINT "CHK_assistance_document_kind" CHECK ("kind" IN ('file', 'link')), CONSTRAINT "PK_02286ae0ff23065a055abfd0a4e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_assistance_document_request" ON "assistance_document"  ("request_id")`);
    await queryRunner.query(`CREATE TABLE "assistance_partner" ("request_id" integer NOT NULL, "stakeholder_id" integer NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_aa28014cbe3730bde179c605e8c" PRIMARY KEY ("request_id", "stakeholder_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_assistance_partner_stakeholder" ON "assistance_partner"  ("stakeholder_id")`);
    await queryRunner.query(`CREATE TABLE "assistance_request_recommendation" ("request_id" integer NOT NULL, "recommendation_id" integer NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "unlinked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_85090957fdb2493b94c75e7fdb8" PRIMARY KEY ("request_id", "recommendation_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_assistance_request_recommendation_recommendation" ON "assistance_request_recommendation"  ("recommendation_id")`);
    await queryRunner.query(`CREATE TABLE "assistance_transition" ("id" SERIAL NOT NULL, "request_id" integer NOT NULL, "action" character varying(24) NOT NULL, "from_status" character varying(24), "to_status" character varying(24) NOT NULL, "actor_id" uuid NOT NULL, "reason" text, "effective_on" date NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_assistance_transition_to_status" CHECK ("to_status" IN ('draft', 'submitted', 'under_review', 'approved', 'declined', 'in_implementation', 'completed', 'reported')), CONSTRAINT "CHK_assistance_transition_action" CHECK ("action" IN ('create', 'submit', 'start_review', 'return', 'approve', 'decline', 'start_implementation', 'complete', 'report')), CONSTRAINT "PK_6b555d646d552ada61dcfb3020f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_assistance_transition_request" ON "assistance_transition"  ("request_id", "id")`);
    await queryRunner.query(`ALTER TABLE "assistance_request" ADD CONSTRAINT "FK_assistance_request_state" FOREIGN KEY ("state_iso3") REFERENCES "state"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_request" ADD CONSTRAINT "FK_assistance_request_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_disbursement" ADD CONSTRAINT "FK_assistance_disbursement_request" FOREIGN KEY ("request_id") REFERENCES "assistance_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_disbursement" ADD CONSTRAINT "FK_assistance_disbursement_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_document" ADD CONSTRAINT "FK_assistance_document_request" FOREIGN KEY ("request_id") REFERENCES "assistance_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_document" ADD CONSTRAINT "FK_assistance_document_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_partner" ADD CONSTRAINT "FK_assistance_partner_request" FOREIGN KEY ("request_id") REFERENCES "assistance_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_partner" ADD CONSTRAINT "FK_assistance_partner_stakeholder" FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholder"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_request_recommendation" ADD CONSTRAINT "FK_assistance_request_recommendation_request" FOREIGN KEY ("request_id") REFERENCES "assistance_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_request_recommendation" ADD CONSTRAINT "FK_assistance_request_recommendation_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_transition" ADD CONSTRAINT "FK_assistance_transition_request" FOREIGN KEY ("request_id") REFERENCES "assistance_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assistance_transition" ADD CONSTRAINT "FK_assistance_transition_actor" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Hand-written: requests and everything recorded about them are archived (or unlinked), never deleted.
    for (const table of FUND_TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_hard_delete()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping the tables drops their indexes, constraints and triggers with them.
    for (const table of [...FUND_TABLES].reverse()) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
