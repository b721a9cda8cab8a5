import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recommendation registry: States and vocabularies, recommendations with their
 * recommending States, response history, themes / affected persons / SDG links,
 * stakeholders and their roles, and the append-only audit log.
 */
export class CreateRegistry1795966594683 implements MigrationInterface {
  name = 'CreateRegistry1795966594683';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" text NOT NULL, "action" character varying(32)NOT NULL, "entity_type" character varying(64)NOT NULL, "entity_id" text NOT NULL, "changes" jsonb NOT NULL, "request_id" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_occurred_at" ON "audit_log"("occurred_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_entity" ON "audit_log"("entity_type", "entity_id")`);
    await queryRunner.query(`CREATE TABLE "state" ("iso3" character(3)NOT NULL, "iso2" character(2)NOT NULL, "m49" character(3)NOT NULL, "name" text NOT NULL, "un_member" boolean NOT NULL, "observer" boolean NOT NULL, "regional_group" character varying(32), "m49_region" text NOT NULL, "m49_sub_region" text NOT NULL, "ldc" boolean NOT NULL, "lldc" boolean NOT NULL, "sids" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_feaa74250e77c7d05d327e79db8" UNIQUE ("iso2"), CONSTRAINT "UQ_759b413844cf40ceb975fe3863a" UNIQUE ("m49"), CONSTRAINT "PK_b1de3af32cd270237838dafa65a" PRIMARY KEY ("iso3"))`);
    await queryRunner.query(`CREATE TABLE "body" ("code" character varying(16)NOT NULL, "mechanism" character varying(32)NOT NULL, "name" text NOT NULL, "treaty" text, CONSTRAINT "PK_bdea64ee7b6528bfb7cedda6fd8" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "theme" ("code" character varying(128)NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_d39e888e20592fb5fb0ff9c2f08" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "affected_person" ("code" character varying(128)NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_0dc8da34bdd3217af5b77b7289d" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "sdg" ("code" character varying(8)NOT NULL, "goal" smallint NOT NULL, "kind" character varying(8)NOT NULL, "title" text NOT NULL, CONSTRAINT "PK_97f958f78363f4b0b65edef6e53" PRIMARY KEY ("code"))`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)`,
      ["recommendation", "GENERATED_COLUMN", "search", "to_tsvector(CASE \"language\" WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig WHEN 'ru' THEN 'russian'::regconfig WHEN 'ar' THEN 'arabic'::regconfig WHEN 'zh' THEN 'simple'::regconfig ELSE 'english'::regconfig END, \"text\")"],
    );
    await queryRunner.query(`CREATE TABLE "recommendation" ("id" SERIAL NOT NULL, "mechanism" character varying(32)NOT NULL, "body_code" character varying(16)NOT NULL, "state_iso3" character(3)NOT NULL, "cycle" smallint, "session" smallint, "document_symbol" text, "paragraph" text, "text" text NOT NULL, "language" character varying(8)NOT NULL DEFAULT 'en', "issued_on" date, "action_category" smallint, "source" character varying(32)NOT NULL DEFAULT 'manual', "external_id" text, "group_key" text NOT NULL, "current_response" character varying(32)NOT NULL DEFAULT 'no_response', "current_status" character varying(32)NOT NULL DEFAULT 'no_information', "repeats_recommendation_id" integer, "search" tsvector GENERATED ALWAYS AS (to_tsvector(CASE "language" WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig WHEN 'ru' THEN 'russian'::regconfig WHEN 'ar' THEN 'arabic'::regconfig WHEN 'zh' THEN 'simple'::regconfig ELSE 'english'::regconfig END, "text"))STORED NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_recommendation_source_external_id" UNIQUE ("source", "external_id"), CONSTRAINT "CHK_recommendation_action_category" CHECK ("action_category" IS NULL OR "action_category" BETWEEN 1 AND 5), CONSTRAINT "CHK_recommendation_cycle" CHECK ("cycle" IS NULL OR "cycle" BETWEEN 1 AND 4), CONSTRAINT "PK_17cb51984a6627ef2ce7370e23c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_body" ON "recommendation"("body_code")`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_group_key" ON "recommendation"("group_key")`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_state_session" ON "recommendation"("state_iso3", "session")`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_filters" ON "recommendation"("current_response", "current_status")`);
    await queryRunner.query(`CREATE TABLE "recommendation_response" ("id" SERIAL NOT NULL, "recommendation_id" integer NOT NULL, "response" character varying(32)NOT NULL, "responded_on" date, "source_document" text, "note" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_recommendation_response_value" CHECK ("response" IN ('supported', 'noted', 'supported_in_part', 'no_response')), CONSTRAINT "PK_24b4f9ecfcabb37fdc7708dab29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_response_recommendation" ON "recommendation_response"("recommendation_id")`);
    await queryRunner.query(`CREATE TABLE "stakeholder" ("id" SERIAL NOT NULL, "name" text NOT NULL, "acronym" character varying(32), "kind" character varying(32)NOT NULL, "state_iso3" character(3), "website" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_stakeholder_kind" CHECK ("kind" IN ('government_institution', 'parliament', 'judiciary', 'nhri', 'ngo', 'un_entity', 'regional_organisation', 'donor', 'academia', 'business', 'trade_union')), CONSTRAINT "PK_789fe9f27e810783e0adbc0bf71" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "recommendation_stakeholder" ("recommendation_id" integer NOT NULL, "stakeholder_id" integer NOT NULL, "role" character varying(16)NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_recommendation_stakeholder_role" CHECK ("role" IN ('lead', 'partner', 'monitor')), CONSTRAINT "PK_cb67cbd1237998942605b373deb" PRIMARY KEY ("recommendation_id", "stakeholder_id", "role"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_stakeholder_stakeholder" ON "recommendation_stakeholder"("stakeholder_id")`);
    await queryRunner.query(`CREATE TABLE "recommendation_recommending_state" ("recommendation_id" integer NOT NULL, "state_iso3" character(3)NOT NULL, CONSTRAINT "PK_5cdc15865d26a23033b3c0727f1" PRIMARY KEY ("recommendation_id", "state_iso3"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6dccb6686cbfbaa25a991cfb36" ON "recommendation_recommending_state"("recommendation_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_f6fa50279706ba92340ac5ca9b" ON "recommendation_recommending_state"("state_iso3")`);
    await queryRunner.query(`CREATE TABLE "recommendation_theme" ("recommendation_id" integer NOT NULL, "theme_code" character varying(128)NOT NULL, CONSTRAINT "PK_eb19e47493672501c0df1d40f61" PRIMARY KEY ("recommendation_id", "theme_code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5be25128ae4a1e172ad0c49c5e" ON "recommendation_theme"("recommendation_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_c2aca4020c01f1c4b612b42de3" ON "recommendation_theme"("theme_code")`);
    await queryRunner.query(`CREATE TABLE "recommendation_affected_person" ("recommendation_id" integer NOT NULL, "affected_person_code" character varying(128)NOT NULL, CONSTRAINT "PK_a5ca2929e130d5f5af8f79b6cf7" PRIMARY KEY ("recommendation_id", "affected_person_code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dad85c28fbf2bd6c27522bd49f" ON "recommendation_affected_person"("recommendation_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_fc769d14af48622a775df746d0" ON "recommendation_affected_person"("affected_person_code")`);
    await queryRunner.query(`CREATE TABLE "recommendation_sdg" ("recommendation_id" integer NOT NULL, "sdg_code" character varying(8)NOT NULL, CONSTRAINT "PK_002a25aca131cd5657fecd5319b" PRIMARY KEY ("recommendation_id", "sdg_code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8bd682eddff9edb47615f64b73" ON "recommendation_sdg"("recommendation_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_2a2f3f46e35bd2fff7621f9226" ON "recommendation_sdg"("sdg_code")`);
    await queryRunner.query(`ALTER TABLE "recommendation" ADD CONSTRAINT "FK_recommendation_body" FOREIGN KEY ("body_code")REFERENCES "body"("code")ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation" ADD CONSTRAINT "FK_recommendation_state" FOREIGN KEY ("state_iso3")REFERENCES "state"("iso3")ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation" ADD CONSTRAINT "FK_recommendation_repeats" FOREIGN KEY ("repeats_recommendation_id")REFERENCES "recommendation"("id")ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_response" ADD CONSTRAINT "FK_recommendation_response_recommendation" FOREIGN KEY ("recommendation_id")REFERENCES "recommendation"("id")ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stakeholder" ADD CONSTRAINT "FK_stakeholder_state" FOREIGN KEY ("state_iso3")REFERENCES "state"("iso3")ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_stakeholder" ADD CONSTRAINT "FK_recommendation_stakeholder_recommendation" FOREIGN KEY ("recommendation_id")REFERENCES "recommendation"("id")ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_stakeholder" ADD CONSTRAINT "FK_recommendation_stakeholder_stakeholder" FOREIGN KEY ("stakeholder_id")REFERENCES "stakeholder"("id")ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_recommending_state" ADD CONSTRAINT "FK_rrs_recommendation" FOREIGN KEY ("recommendation_id")REFERENCES "recommendation"("id")ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "recommendation_recommending_state" ADD CONSTRAINT "FK_rrs_state" FOREIGN KEY ("state_iso3")REFERENCES "state"("iso3")ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "recommendation_theme" ADD CONSTRAINT "FK_rt_recommendation" FOREIGN KEY ("recommendation_id")REFERENCES "recommendation"("id")ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "recommendation_theme" ADD CONSTRAINT "FK_rt_theme" FOREIGN KEY ("theme_code")REFERENCES "theme"("code")ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "recommendation_affected_person" ADD CONSTRAINT "FK_rap_recommendation" FOREIGN KEY ("recommendation_id")REFERENCES "recommendation"("id")ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "recommendation_affected_person" ADD CONSTRAINT "FK_rap_affected_person" FOREIGN KEY ("affected_person_code")REFERENCES "affected_person"("code")ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "recommendation_sdg" ADD CONSTRAINT "FK_rsdg_recommendation" FOREIGN KEY ("recommendation_id")REFERENCES "recommendation"("id")ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "recommendation_sdg" ADD CONSTRAINT "FK_rsdg_sdg" FOREIGN KEY ("sdg_code")REFERENCES "sdg"("code")ON DELETE CASCADE ON UPDATE CASCADE`);
    // Hand-written: the full-text index the entity declares with synchronize: false.
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_search" ON "recommendation" USING gin ("search")`);
    // Hand-written: the audit log is append-only, enforced by PostgreSQL for every role.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping the tables drops their indexes, constraints and the audit trigger with them.
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TABLE "recommendation_sdg"`);
    await queryRunner.query(`DROP TABLE "recommendation_affected_person"`);
    await queryRunner.query(`DROP TABLE "recommendation_theme"`);
    await queryRunner.query(`DROP TABLE "recommendation_recommending_state"`);
    await queryRunner.query(`DROP TABLE "recommendation_stakeholder"`);
    await queryRunner.query(`DROP TABLE "stakeholder"`);
    await queryRunner.query(`DROP TABLE "recommendation_response"`);
    await queryRunner.query(`DROP TABLE "recommendation"`);
    await queryRunner.query(`DROP TABLE "sdg"`);
    await queryRunner.query(`DROP TABLE "affected_person"`);
    await queryRunner.query(`DROP TABLE "theme"`);
    await queryRunner.query(`DROP TABLE "body"`);
    await queryRunner.query(`DROP TABLE "state"`);
    await queryRunner.query(`DROP FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "table" = 'recommendation' AND "name" = 'search'`);
  }
}
