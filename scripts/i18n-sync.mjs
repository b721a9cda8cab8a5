// Keeps the translation catalogues in step with the source messages.
//   node scripts/i18n-sync.mjs           extract-i18n, then add new units / drop stale ones in every messages.<locale>.xlf
//   node scripts/i18n-sync.mjs --check   fail when a catalogue misses a unit, has a stale one, or a unit has no target
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DIR = 'apps/frontend/src/locale';
const LOCALES = ['ar', 'zh', 'fr', 'ru', 'es'];
const check = process.argv.includes('--check');

const extract = spawnSync('npx', ['nx', 'run', 'frontend:extract-i18n', '--outputStyle=static', '--skip-nx-cache'], { stdio: check ? 'pipe' : 'inherit' });
if (extract.status !== 0) {
  process.stderr.write(extract.stderr?.toString() ?? '');
  process.exit(extract.status ?? 1);
}

const UNIT = /<unit id="([^"]+)">([\s\S]*?)<\/unit>/g;
const units = (xml) => new Map([...xml.matchAll(UNIT)].map((m) => [m[1], m[2]]));
const source = readFileSync(`${DIR}/messages.xlf`, 'utf8');
const sourceUnits = units(source);
const sourceText = (body) => /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
const problems = [];

for (const locale of LOCALES) {
  const path = `${DIR}/messages.${locale}.xlf`;
  const existing = existsSync(path) ? units(readFileSync(path, 'utf8')) : new Map();
  const out = [];
  for (const [id, body] of sourceUnits) {
    const old = existing.get(id);
    const target = old && sourceText(old) === sourceText(body) ? /<target>([\s\S]*?)<\/target>/.exec(old)?.[1] : undefined;
    if (target === undefined) problems.push(`${locale}: ${existing.has(id) ? 'source changed for' : 'no translation for'} "${id}"`);
    const segment = `<source>${sourceText(body)}</source>${target === undefined ? '' : `\n        <target>${target}</target>`}`;
    out.push(`    <unit id="${id}">${body.replace(/<source>[\s\S]*?<\/source>(\s*<target>[\s\S]*?<\/target>)?/, segment)}</unit>`);
  }
  for (const id of existing.keys()) if (!sourceUnits.has(id)) problems.push(`${locale}: stale unit "${id}"`);
  const xml = `<?xml version="1.0" encoding="UTF-8" ?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="${locale}">\n  <file id="ngi18n" original="ng.template">\n${out.join('\n')}\n  </file>\n</xliff>\n`;
  if (!check) writeFileSync(path, xml);
}

if (check && problems.length > 0) {
  console.error(`Translation catalogues are incomplete (${problems.length}):\n  ${problems.slice(0, 50).join('\n  ')}`);
  console.error('Run `npm run i18n` and translate the new units in apps/frontend/src/locale/messages.<locale>.xlf.');
  process.exit(1);
}
console.log(check ? 'Translation catalogues are complete.' : `Synced ${LOCALES.length} catalogues with ${sourceUnits.size} messages (${problems.length} to translate).`);
