import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access control: local accounts, invitations, sessions, login throttling, API tokens, and the
 * minimal assessment model whose source identities are kept in their own table
 * (see docs/adr/0005-authorization-model.md).
 */
export class CreateAccessControl1795967727051 implements MigrationInterface {
  name = 'CreateAccessControl1795967727051';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL, "email" character varying(320) NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" character varying(32) NOT NULL, "state_iso3" character(3), "organisation_id" integer, "institution_ids" integer array NOT NULL DEFAULT '{}', "totp_secret" text, "pending_totp_secret" text, "totp_last_step" bigint, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deactivated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_user_account_email" UNIQUE ("email"), CONSTRAINT "CHK_user_account_role" CHECK ("role" IN ('administrator', 'ohchr_officer', 'state_focal_point', 'ngo_monitor')), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" character(64) NOT NULL, "prefix" character varying(16) NOT NULL, "scopes" character varying(32) array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_api_token_user" ON "api_token"  ("user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_token_token_hash" ON "api_token"  ("token_hash")`);
    await queryRunner.query(`CREATE TABLE "assessment" ("id" SERIAL NOT NULL, "recommendation_id" integer NOT NULL, "origin" character varying(16) NOT NULL, "status" character varying(32) NOT NULL, "narrative" text NOT NULL, "confidential" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_assessment_status" CHECK ("status" IN ('no_information', 'not_implemented', 'partially_implemented', 'fully_implemented')), CONSTRAINT "CHK_assessment_origin" CHECK ("origin" IN ('state', 'civil_society')), CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_assessment_recommendation" ON "assessment"  ("recommendation_id")`);
    await queryRunner.query(`CREATE TABLE "assessment_source" ("assessment_id" integer NOT NULL, "organisation_id" integer, "state_iso3" character(3), "author_user_id" uuid NOT NULL, "author_name" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30402157b9a2de823d0045ea637" PRIMARY KEY ("assessment_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_assessment_source_state" ON "assessment_source"  ("state_iso3")`);
    await queryRunner.query(`CREATE INDEX "IDX_assessment_source_organisation" ON "assessment_source"  ("organisation_id")`);
    await queryRunner.query(`CREATE TABLE "login_throttle" ("key" text NOT NULL, "failures" integer NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "stage" character varying(24) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), "user_agent" text, "ip" text, CONSTRAINT "CHK_user_session_stage" CHECK ("stage" IN ('second_factor', 'enrol_second_factor', 'complete')), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_user_session_user" ON "user_session"  ("user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_session_token_hash" ON "user_session"  ("token_hash")`);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "email" character varying(320) NOT NULL, "role" character varying(32) NOT NULL, "state_iso3" character(3), "organisation_id" integer, "institution_ids" integer array NOT NULL DEFAULT '{}', "invited_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_invitation_role" CHECK ("role" IN ('administrator', 'ohchr_officer', 'state_focal_point', 'ngo_monitor')), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_invitation_token_hash" ON "invitation"  ("token_hash")`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "FK_user_account_state" FOREIGN KEY ("state_iso3") REFERENCES "state"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "FK_user_account_organisation" FOREIGN KEY ("organisation_id") REFERENCES "stakeholder"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_token" ADD CONSTRAINT "FK_api_token_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD CONSTRAINT "FK_assessment_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_source" ADD CONSTRAINT "FK_assessment_source_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_source" ADD CONSTRAINT "FK_assessment_source_organisation" FOREIGN KEY ("organisation_id") REFERENCES "stakeholder"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_source" ADD CONSTRAINT "FK_assessment_source_state" FOREIGN KEY ("state_iso3") REFERENCES "state"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_source" ADD CONSTRAINT "FK_assessment_source_author" FOREIGN KEY ("author_user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_invitation_invited_by" FOREIGN KEY ("invited_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Hand-written: accounts, sessions, tokens, invitations and assessments are archived or revoked, never deleted.
    await queryRunner.query(`
      CREATE FUNCTION refuse_hard_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are archived or revoked, never deleted', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    for (const table of ['user_account', 'invitation', 'user_session', 'api_token', 'assessment', 'assessment_source']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_hard_delete()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping the tables drops their indexes, constraints and triggers with them.
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP TABLE "assessment_source"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP FUNCTION refuse_hard_delete()`);
  }
}
