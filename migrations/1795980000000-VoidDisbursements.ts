import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of Voluntary Fund disbursements: a disbursement entered by mistake is voided with a
 * reason (who, when, why) rather than changed or deleted; voided rows no longer count in any sum.
 * The check keeps the three fields together.
 */
export class VoidDisbursements1795980000000 implements MigrationInterface {
  name = 'VoidDisbursements1795980000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assistance_disbursement" ADD "voided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "assistance_disbursement" ADD "voided_by" uuid`);
    await queryRunner.query(`ALTER TABLE "assistance_disbursement" ADD "void_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "assistance_disbursement" ADD CONSTRAINT "CHK_assistance_disbursement_void" CHECK (("voided_at" IS NULL) = ("voided_by" IS NULL) AND ("voided_at" IS NULL) = ("void_reason" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_disbursement" ADD CONSTRAINT "FK_assistance_disbursement_voided_by" FOREIGN KEY ("voided_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assistance_disbursement" DROP CONSTRAINT "FK_assistance_disbursement_voided_by"`);
    await queryRunner.query(`ALTER TABLE "assistance_disbursement" DROP CONSTRAINT "CHK_assistance_disbursement_void"`);
    await queryRunner.query(`ALTER TABLE "assistance_disbursement" DROP COLUMN "void_reason"`);
    await queryRunner.query(`ALTER TABLE "assistance_disbursement" DROP COLUMN "voided_by"`);
    await queryRunner.query(`ALTER TABLE "assistance_disbursement" DROP COLUMN "voided_at"`);
  }
}
