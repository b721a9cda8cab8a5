import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { ImportsRepository } from '../src/modules/imports/imports.repository';
import { ImportPipeline } from '../src/modules/imports/pipeline/import-pipeline';
import { fileSource } from '../src/modules/imports/pipeline/import-source';
import { uprInfoCsv } from './fixtures/import-files';
import { createTestDatabase, type TestDatabase } from './test-database';

const WEOG = ['WEOG', 'EU'];

/** Six recommendations to Peru: three on detention, then three on the death penalty. */
const FILE = uprInfoCsv(
  ['Detention', 'Detention', 'Detention', 'Death penalty', 'Death penalty', 'Death penalty'].map((issue, i) => [
    'Peru',
    'GRULAC',
    'OAS',
    `Recommendation number ${i + 1}`,
    'Canada',
    ...WEOG,
    'Accepted',
    '4',
    issue,
    '2',
  ]),
);

describe('Import pipeline: batches are all or nothing, and a rerun resumes after the last committed one (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, 4);
    await dataSource.initialize();
    dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = async (sql: string): Promise<number> => Number(((await dataSource.query(sql)) as { n: string }[])[0]?.n);

  it('leaves nothing of a failed batch, keeps the committed ones, and finishes on the next run without duplicating', async () => {
    const path = join(dir, 'peru.csv');
    writeFileSync(path, FILE);
    const source = await fileSource(path);
    const runs = new ImportsRepository(dataSource);
    const id = await runs.create({ fileName: 'peru.csv', fileSize: source.size, origin: 'cli', format: 'upr_info', container: 'csv', options: {}, createdBy: 'test' });
    const pipeline = new ImportPipeline(dataSource, runs, 3);

    // The second batch links its recommendations to a theme that is gone: its links cannot be written.
    const deathPenalty: { code: string; name: string }[] = await dataSource.query(`SELECT code, name FROM theme WHERE code = 'death-penalty'`);
    await dataSource.query(`DELETE FROM theme WHERE code = 'death-penalty'`);
    await expect(pipeline.run(id, source)).rejects.toThrow(/foreign key/);

    expect(await count(`SELECT count(*) AS n FROM recommendation`)).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM recommendation WHERE text LIKE 'Recommendation number _' AND text > 'Recommendation number 3'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM recommendation_recommending_state`)).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM recommendation_response`)).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM audit_log`)).toBe(3);
    const halfway = await runs.find(id);
    expect(halfway).toEqual(expect.objectContaining({ status: 'running', batches_done: 1, rows_done: 3, created: 3, rows_total: 6 }));

    await dataSource.query(`INSERT INTO theme (code, name) VALUES ($1, $2)`, [deathPenalty[0]?.code, deathPenalty[0]?.name]);
    const done = await pipeline.run(id, source);
    expect(done).toEqual(expect.objectContaining({ status: 'completed', batches_done: 2, rows_done: 6, created: 6, updated: 0, unchanged: 0 }));
    expect(await count(`SELECT count(*) AS n FROM recommendation`)).toBe(6);
    expect(await count(`SELECT count(*) AS n FROM recommendation_theme WHERE theme_code = 'death-penalty'`)).toBe(3);
    // The first batch was not written twice: one creation audit per recommendation.
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'create'`)).toBe(6);

    // A completed import is not run again.
    expect((await pipeline.run(id, source)).batches_done).toBe(2);
    expect(await count(`SELECT count(*) AS n FROM recommendation`)).toBe(6);
  });
});
