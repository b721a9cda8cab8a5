import { TEMPLATE_ENV, withServer } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEMPLATE_ENV];
  await withServer(async (c) => {
    // Only this run's databases: other runs may be going on against the same server.
    const run = template?.replace(/^tracker_template_/, '') ?? String(process.pid);
    const leftovers: { datname: string }[] = (await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`tracker_test_${run}\\_%`])).rows;
    for (const db of leftovers) await c.query(`DROP DATABASE IF EXISTS ${db.datname} WITH (FORCE)`);
    if (template) await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  });
}
