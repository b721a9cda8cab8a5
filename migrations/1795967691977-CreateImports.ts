import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports: one `import_run` per imported file (progress counters and summary, updated with each
 * committed batch), its row-level report (`import_issue`), the uploaded file kept in 1 MiB pieces
 * until the import completes (`import_file_chunk`), and the key that makes re-imports idempotent
 * for records without an official id (UPR Info exports): one record per source, body and grouping key.
 * Generated from the entities, then reviewed.
 */
export class CreateImports1795967691977 implements MigrationInterface {
  name = 'CreateImports1795967691977';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_run" ("id" SERIAL NOT NULL, "file_name" text NOT NULL, "file_size" bigint NOT NULL, "format" character varying(16), "container" character varying(8), "status" character varying(16) NOT NULL DEFAULT 'queued', "origin" character varying(8) NOT NULL, "options" jsonb NOT NULL DEFAULT '{}', "created_by" text NOT NULL, "rows_total" integer, "rows_done" integer NOT NULL DEFAULT '0', "bytes_done" bigint NOT NULL DEFAULT '0', "batches_done" integer NOT NULL DEFAULT '0', "created" integer NOT NULL DEFAULT '0', "updated" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "pledges_created" integer NOT NULL DEFAULT '0', "pledges_updated" integer NOT NULL DEFAULT '0', "pledges_unchanged" integer NOT NULL DEFAULT '0', "recommending_state_links" integer NOT NULL DEFAULT '0', "rejected" integer NOT NULL DEFAULT '0', "statements" integer NOT NULL DEFAULT '0', "errors" integer NOT NULL DEFAULT '0', "warnings" integer NOT NULL DEFAULT '0', "failure" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_import_run_origin" CHECK ("origin" IN ('upload', 'cli')), CONSTRAINT "CHK_import_run_status" CHECK ("status" IN ('queued', 'running', 'completed', 'failed')), CONSTRAINT "PK_efe3e6d8cb9f51ca4e9cd1cf5d3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_import_run_created_at" ON "import_run" ("created_at")`);
    await queryRunner.query(`CREATE TABLE "import_file_chunk" ("import_id" integer NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_03e0f6f958baf2bd15283331cc2" PRIMARY KEY ("import_id", "seq"))`);
    await queryRunner.query(`CREATE TABLE "import_issue" ("id" BIGSERIAL NOT NULL, "import_id" integer NOT NULL, "row_number" integer NOT NULL, "column" text NOT NULL, "reason" text NOT NULL, "severity" character varying(8) NOT NULL, CONSTRAINT "CHK_import_issue_severity" CHECK ("severity" IN ('error', 'warning')), CONSTRAINT "PK_d830877f72db69958d5bfe368f3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_import_issue_import" ON "import_issue" ("import_id", "row_number", "id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_recommendation_import_group_key" ON "recommendation" ("source", "body_code", "group_key") WHERE "external_id" IS NULL AND "source" <> 'manual'`);
    await queryRunner.query(`ALTER TABLE "import_file_chunk" ADD CONSTRAINT "FK_import_file_chunk_import" FOREIGN KEY ("import_id") REFERENCES "import_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "import_issue" ADD CONSTRAINT "FK_import_issue_import" FOREIGN KEY ("import_id") REFERENCES "import_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping the tables drops their indexes and foreign keys with them.
    await queryRunner.query(`DROP INDEX "public"."UQ_recommendation_import_group_key"`);
    await queryRunner.query(`DROP TABLE "import_issue"`);
    await queryRunner.query(`DROP TABLE "import_file_chunk"`);
    await queryRunner.query(`DROP TABLE "import_run"`);
  }
}
