import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Status claims over time, per asserting party: the basis of "status as of any date",
 * of the disagreement view and of the dashboard's progress charts.
 */
export class CreateStatusEvents1795969744215 implements MigrationInterface {
  name = 'CreateStatusEvents1795969744215';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "status_event" ("id" BIGSERIAL NOT NULL, "recommendation_id" integer NOT NULL, "party" character varying(16) NOT NULL, "status" character varying(32) NOT NULL, "effective_on" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "source" character varying(16) NOT NULL, "source_id" text, "public" boolean NOT NULL DEFAULT false, CONSTRAINT "CHK_status_event_source" CHECK ("source" IN ('state_report', 'assessment', 'ohchr')), CONSTRAINT "CHK_status_event_status" CHECK ("status" IN ('no_information', 'not_implemented', 'partially_implemented', 'fully_implemented')), CONSTRAINT "CHK_status_event_party" CHECK ("party" IN ('state', 'nhri', 'ngo', 'un_entity', 'ohchr')), CONSTRAINT "PK_status_event_id" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_status_event_effective_on" ON "status_event" ("effective_on")`);
    await queryRunner.query(`CREATE INDEX "IDX_status_event_recommendation" ON "status_event" ("recommendation_id", "party", "effective_on")`);
    await queryRunner.query(`ALTER TABLE "status_event" ADD CONSTRAINT "FK_status_event_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Status recorded before this table existed becomes OHCHR's public claim, so no history is lost.
    await queryRunner.query(`INSERT INTO "status_event" ("recommendation_id", "party", "status", "effective_on", "source", "public") SELECT "id", 'ohchr', "current_status", "updated_at"::date, 'ohchr', true FROM "recommendation" WHERE "current_status" <> 'no_information'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "status_event"`);
  }
}
