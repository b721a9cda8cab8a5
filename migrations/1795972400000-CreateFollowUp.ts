import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Marks the deadlines of the given recommendations (a SELECT of ids) for recomputation. */
const markStale = (selectIds: string): string =>
  `INSERT INTO "recommendation_deadline_state" ("recommendation_id", "stale") ${selectIds} ON CONFLICT ("recommendation_id") DO UPDATE SET "stale" = true`;

/**
 * Follow-up: implementation reports (items, institutions, evidence, workflow steps), treaty-body
 * grades per recommendation, computed deadlines and their recomputation marker, subscriptions and
 * notifications. Generated from the entities, then reviewed; the triggers at the end are
 * hand-written (see docs/follow-up.md, "Recomputing deadlines").
 */
export class CreateFollowUp1795972400000 implements MigrationInterface {
  name = 'CreateFollowUp1795972400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "recommendation_deadline" ("id" SERIAL NOT NULL, "recommendation_id" integer NOT NULL, "kind" character varying(32) NOT NULL, "due_on" date NOT NULL, "opens_on" date NOT NULL, "overdue_from" date, "qualifying_kinds" text array NOT NULL, "grace_days" integer NOT NULL DEFAULT '0', "voluntary" boolean NOT NULL DEFAULT false, "basis" text NOT NULL, "source" text NOT NULL, "met_on" date, "met_by" text, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_recommendation_deadline_kind" CHECK ("kind" IN ('upr_response', 'upr_mid_term_report', 'upr_next_review', 'treaty_follow_up_report', 'treaty_periodic_report', 'communication_reply')), CONSTRAINT "PK_1a4f15862458721354c90766889" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_deadline_overdue" ON "recommendation_deadline" ("due_on", "overdue_from") WHERE "archived_at" IS NULL AND "overdue_from" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_recommendation_deadline_kind" ON "recommendation_deadline" ("recommendation_id", "kind")`);
    await queryRunner.query(`CREATE TABLE "recommendation_deadline_state" ("recommendation_id" integer NOT NULL, "stale" boolean NOT NULL DEFAULT true, "computed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_recommendation_deadline_state" PRIMARY KEY ("recommendation_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_deadline_state_stale" ON "recommendation_deadline_state" ("recommendation_id") WHERE "stale"`);
    await queryRunner.query(`CREATE TABLE "recommendation_grade" ("id" SERIAL NOT NULL, "recommendation_id" integer NOT NULL, "scale" character varying(16) NOT NULL, "grade" character varying(32) NOT NULL, "assessed_on" date NOT NULL, "source_document" text, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_recommendation_grade_scale" CHECK ("scale" IN ('ccpr_2013', 'ccpr_legacy', 'implementation')), CONSTRAINT "PK_d8f846e69c6fe8deeae26cdd8e6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_grade_recommendation" ON "recommendation_grade" ("recommendation_id", "assessed_on")`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" SERIAL NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_user_created" ON "notification" ("user_id", "created_at")`);
    await queryRunner.query(`CREATE TABLE "subscription" ("id" SERIAL NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "target" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_subscription_kind" CHECK ("kind" IN ('state', 'theme')), CONSTRAINT "PK_8c3e00ebd02103caa1174cd5d9d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_subscription_target" ON "subscription" ("kind", "target")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_subscription_user_target" ON "subscription" ("user_id", "kind", "target") WHERE "archived_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "subscription_overdue_notice" ("id" SERIAL NOT NULL, "subscription_id" integer NOT NULL, "recommendation_id" integer NOT NULL, "deadline_kind" character varying(32) NOT NULL, "due_on" date NOT NULL, "notification_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05e4fbae72af8390440d80ef964" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_subscription_overdue_notice" ON "subscription_overdue_notice" ("subscription_id", "recommendation_id", "deadline_kind", "due_on")`);
    await queryRunner.query(`CREATE TABLE "implementation_report" ("id" SERIAL NOT NULL, "state_iso3" character(3) NOT NULL, "status" character varying(16) NOT NULL, "title" text NOT NULL, "narrative" text NOT NULL, "measures_taken" text NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "submitted_on" date, "published_on" date, "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_implementation_report_period" CHECK ("period_from" <= "period_to"), CONSTRAINT "CHK_implementation_report_status" CHECK ("status" IN ('draft', 'submitted', 'returned', 'validated', 'published')), CONSTRAINT "PK_e63a77f6aff4cc673ecde6130de" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_implementation_report_state_status" ON "implementation_report" ("state_iso3", "status")`);
    await queryRunner.query(`CREATE TABLE "implementation_report_item" ("report_id" integer NOT NULL, "recommendation_id" integer NOT NULL, "claimed_status" character varying(32) NOT NULL, CONSTRAINT "CHK_implementation_report_item_status" CHECK ("claimed_status" IN ('no_information', 'not_implemented', 'partially_implemented', 'fully_implemented')), CONSTRAINT "PK_4269ead8904eadf607bd260076c" PRIMARY KEY ("report_id", "recommendation_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_implementation_report_item_recommendation" ON "implementation_report_item" ("recommendation_id")`);
    await queryRunner.query(`CREATE TABLE "implementation_report_institution" ("report_id" integer NOT NULL, "stakeholder_id" integer NOT NULL, CONSTRAINT "PK_07e8d61b5c3b6ea871e2b048f05" PRIMARY KEY ("report_id", "stakeholder_id"))`);
    await queryRunner.query(`CREATE TABLE "report_evidence" ("id" SERIAL NOT NULL, "report_id" integer NOT NULL, "kind" character varying(8) NOT NULL, "title" text NOT NULL, "url" text, "file_name" text, "content_type" character varying(128), "size_bytes" bigint, "sha256" character(64), "storage_key" text, "added_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_report_evidence_shape" CHECK (("kind" = 'link' AND "url" IS NOT NULL AND "storage_key" IS NULL) OR ("kind" = 'file' AND "url" IS NULL AND "storage_key" IS NOT NULL AND "sha256" IS NOT NULL AND "size_bytes" IS NOT NULL)), CONSTRAINT "CHK_report_evidence_kind" CHECK ("kind" IN ('file', 'link')), CONSTRAINT "PK_80034d7b5ae16baaee975e041ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_report_evidence_report" ON "report_evidence" ("report_id")`);
    await queryRunner.query(`CREATE TABLE "report_transition" ("id" SERIAL NOT NULL, "report_id" integer NOT NULL, "action" character varying(16) NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "comments" text, "actor_user_id" uuid NOT NULL, "on_date" date NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1581d5debbb8888bace0cb845ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_report_transition_report" ON "report_transition" ("report_id")`);
    await queryRunner.query(`ALTER TABLE "recommendation_deadline" ADD CONSTRAINT "FK_recommendation_deadline_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_deadline_state" ADD CONSTRAINT "FK_recommendation_deadline_state_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_grade" ADD CONSTRAINT "FK_recommendation_grade_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_grade" ADD CONSTRAINT "FK_recommendation_grade_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_notification_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "subscription" ADD CONSTRAINT "FK_subscription_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "subscription_overdue_notice" ADD CONSTRAINT "FK_subscription_overdue_notice_subscription" FOREIGN KEY ("subscription_id") REFERENCES "subscription"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_report" ADD CONSTRAINT "FK_implementation_report_state" FOREIGN KEY ("state_iso3") REFERENCES "state"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_report" ADD CONSTRAINT "FK_implementation_report_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_report_item" ADD CONSTRAINT "FK_implementation_report_item_report" FOREIGN KEY ("report_id") REFERENCES "implementation_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_report_item" ADD CONSTRAINT "FK_implementation_report_item_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_report_institution" ADD CONSTRAINT "FK_implementation_report_institution_report" FOREIGN KEY ("report_id") REFERENCES "implementation_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_report_institution" ADD CONSTRAINT "FK_implementation_report_institution_stakeholder" FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholder"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_evidence" ADD CONSTRAINT "FK_report_evidence_report" FOREIGN KEY ("report_id") REFERENCES "implementation_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_evidence" ADD CONSTRAINT "FK_report_evidence_added_by" FOREIGN KEY ("added_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_transition" ADD CONSTRAINT "FK_report_transition_report" FOREIGN KEY ("report_id") REFERENCES "implementation_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_transition" ADD CONSTRAINT "FK_report_transition_actor" FOREIGN KEY ("actor_user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Hand-written: follow-up records are archived, never deleted.
    await queryRunner.query(`CREATE FUNCTION "follow_up_refuse_delete"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% rows are archived, never deleted', TG_TABLE_NAME; END $$`);
    for (const table of ['implementation_report', 'report_evidence', 'report_transition', 'recommendation_grade', 'subscription', 'notification']) {
      await queryRunner.query(`CREATE TRIGGER "${table}_refuse_delete" BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "follow_up_refuse_delete"()`);
    }

    // Hand-written: whoever changes a deadline input (registry, imports, UPR reviews, treaty reports,
    // communications), the recommendations concerned are marked stale, once per statement.
    const triggers: [string, string, string][] = [
      ['recommendation', 'INSERT', markStale(`SELECT "id", true FROM new_rows`)],
      [
        'recommendation',
        'UPDATE',
        markStale(
          `SELECT n."id", true FROM new_rows n JOIN old_rows o ON o."id" = n."id"
           WHERE (n."issued_on", n."session", n."body_code", n."mechanism", n."state_iso3", n."document_symbol", n."archived_at")
             IS DISTINCT FROM (o."issued_on", o."session", o."body_code", o."mechanism", o."state_iso3", o."document_symbol", o."archived_at")`,
        ),
      ],
      ['recommendation_response', 'INSERT', markStale(`SELECT DISTINCT "recommendation_id", true FROM new_rows`)],
      ...(['INSERT', 'UPDATE'] as const).flatMap((event): [string, string, string][] => [
        ['upr_participation', event, markStale(`SELECT DISTINCT r."id", true FROM new_rows n JOIN "recommendation" r ON r."body_code" = 'UPR' AND r."state_iso3" = n."state_iso3" AND r."session" = n."session"`)],
        ['treaty_report', event, markStale(`SELECT DISTINCT r."id", true FROM new_rows n JOIN "recommendation" r ON r."body_code" = n."body_code" AND r."state_iso3" = n."state_iso3"`)],
        ['sp_communication', event, markStale(`SELECT DISTINCT r."id", true FROM new_rows n JOIN "recommendation" r ON r."mechanism" = 'special_procedure' AND r."state_iso3" = n."state_iso3" AND r."document_symbol" = n."reference"`)],
      ]),
    ];
    for (const [table, event, statement] of triggers) {
      const name = `deadline_inputs_${table}_${event.toLowerCase()}`;
      const transition = event === 'INSERT' ? 'NEW TABLE AS new_rows' : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
      await queryRunner.query(`CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${statement}; RETURN NULL; END $$`);
      await queryRunner.query(`CREATE TRIGGER "${name}" AFTER ${event} ON "${table}" REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION "${name}"()`);
    }
    // Recommendations recorded before this migration get their deadlines computed too.
    await queryRunner.query(markStale(`SELECT "id", true FROM "recommendation"`));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['recommendation', 'recommendation_response', 'upr_participation', 'treaty_report', 'sp_communication']) {
      for (const event of ['insert', 'update']) {
        await queryRunner.query(`DROP TRIGGER IF EXISTS "deadline_inputs_${table}_${event}" ON "${table}"`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS "deadline_inputs_${table}_${event}"()`);
      }
    }
    for (const table of ['report_transition', 'report_evidence', 'implementation_report_institution', 'implementation_report_item', 'implementation_report', 'subscription_overdue_notice', 'subscription', 'notification', 'recommendation_grade', 'recommendation_deadline_state', 'recommendation_deadline']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "follow_up_refuse_delete"()`);
  }
}
