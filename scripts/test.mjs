// `npm test`: every check and every test tier, in the order that fails fastest.
// Needs PostgreSQL on 127.0.0.1:5432 (trust auth) and Chromium at /usr/bin/chromium (see README).
import { spawnSync } from 'node:child_process';

process.env.TZ = 'UTC';

const steps = [
  ['lint (zero warnings)', 'npx', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']],
  ['typecheck', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--outputStyle=static']],
  ['translation catalogues complete and in step with the sources', 'node', ['scripts/i18n-sync.mjs', '--check']],
  ['build', 'npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']],
  ['initial JavaScript of the overview ≤ 300 KB gzipped', 'node', ['scripts/check-bundle.mjs']],
  ['OpenAPI document up to date', 'node', ['dist/backend/apps/backend/src/cli/openapi.js', '--check']],
  ['generated API client up to date', 'node', ['scripts/check-api-client.mjs']],
  ['unit, integration and browser tests', 'npx', ['jest', '--ci', ...process.argv.slice(2)]],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ all checks passed');
