import 'reflect-metadata';
import { HttpException } from '@nestjs/common';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { migrateAndSeed, resolveDatabase } from '../database/prepare-database';
import { AuditService } from '../modules/audit/audit.service';
import { CooperationImportService } from '../modules/cooperation/cooperation-import.service';
import { TREATY_RATIFICATION_KIND } from '../modules/cooperation/cooperation-kinds';

const USAGE = 'Usage: npm run import:ratifications -- <folder with hr_status_*.csv | hr_status_<treaty>.csv …>';

/** The ratification tables named on the command line, or found in the folders named. */
function tablesOf(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    const path = resolve(arg);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((f) => /^hr_status_.*\.csv$/i.test(f))
      .sort()
      .map((f) => join(path, f));
  });
}

/**
 * `npm run import:ratifications -- <folder or files>`: loads the UN Treaty Collection's ratification
 * tables (shared/data/treaty-ratification) as treaty ratifications, with the same validation, row
 * report and audit as the upload (`POST /api/v1/cooperation/treaty-ratifications/import`). Row errors
 * are reported, not fatal; a file that is not such a table stops with its reason.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length === 0) throw new Error(USAGE);
  const files = tablesOf(args);
  if (files.length === 0) throw new Error(`No hr_status_*.csv file found.\n${USAGE}`);
  const config = loadConfig();
  const database = await resolveDatabase(config, (m) => console.error(m));
  try {
    await migrateAndSeed(database.url, () => undefined);
    const dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    try {
      const service = new CooperationImportService(dataSource, new AuditService());
      for (const file of files) {
        const report = await service.importFile(TREATY_RATIFICATION_KIND, readFileSync(file), basename(file), undefined, 'cli:import-ratifications');
        console.log(
          `${report.fileName}: ${report.rows} rows, ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped} not party, ${report.rejected} rejected`,
        );
        for (const issue of report.issues) console.log(`  line ${issue.row} ${issue.severity} ${issue.field}: ${issue.reason}`);
      }
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    console.error(typeof body === 'object' && body !== null && 'message' in body ? String((body as { message: unknown }).message) : error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
