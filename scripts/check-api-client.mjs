// Fails when the Angular API client no longer matches apps/backend/openapi.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const committed = 'apps/frontend/src/app/api';
const out = mkdtempSync(join(tmpdir(), 'api-client-'));
const config = JSON.parse(readFileSync('apps/frontend/ng-openapi-gen.json', 'utf8'));
const tmpConfig = join(out, 'config.json');
writeFileSync(tmpConfig, JSON.stringify({ ...config, output: join(out, 'api') }));
const gen = spawnSync('npx', ['ng-openapi-gen', '-c', tmpConfig], { stdio: 'inherit' });
if (gen.status !== 0) process.exit(gen.status ?? 1);

const list = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? list(path) : [path];
  });
const a = new Map(list(committed).map((p) => [relative(committed, p), readFileSync(p, 'utf8')]));
const b = new Map(list(join(out, 'api')).map((p) => [relative(join(out, 'api'), p), readFileSync(p, 'utf8')]));
rmSync(out, { recursive: true, force: true });
const differing = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
if (differing.length > 0) {
  console.error(`The generated API client is out of date (${differing.join(', ')}): run \`npm run api-client\` and commit.`);
  process.exit(1);
}
console.log('Generated API client is up to date.');
