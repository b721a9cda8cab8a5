// The initial JavaScript of the overview route, gzipped, must stay within the budget (issue 8: ≤ 300 KB).
// "Initial" = what index.html loads (module scripts and modulepreload links) plus the lazy chunk of the
// overview page and every chunk it imports statically: what the browser must fetch before the first
// chart can render. Checked in every language build. Run after `npm run build`.
//
//   node scripts/check-bundle.mjs [--dist dist/frontend/browser] [--budget-kb 300]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const DIST = resolve(option('dist', 'dist/frontend/browser'));
const BUDGET = Number(option('budget-kb', '300')) * 1024;
/** The overview page's component selector, as the compiled chunk declares it. */
const MARKER = '"app-dashboard-overview"';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function initialChunks(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Set();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) files.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)) files.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"/g)) files.add(match[1]);
  return [...files].map((f) => f.replace(/^\.?\//, ''));
}

/** Chunks a chunk imports statically (esbuild: `import{…}from"./chunk-X.js"`, `import"./chunk-X.js"`). */
function staticImports(dir, file) {
  const code = readFileSync(join(dir, file), 'utf8');
  return [...code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]);
}

function closure(dir, roots) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    queue.push(...staticImports(dir, file));
  }
  return seen;
}

function check(dir) {
  const initial = closure(dir, initialChunks(dir));
  const route = readdirSync(dir).filter((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes(MARKER));
  if (route.length === 0) throw new Error(`${dir}: no chunk declares ${MARKER}; is the overview page still lazy-loaded under that selector?`);
  const all = closure(dir, [...initial, ...route]);
  const sizes = [...all].map((file) => ({ file, raw: statSync(join(dir, file)).size, gzip: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, initial: initial.has(file) }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  return { sizes: sizes.sort((a, b) => b.gzip - a.gzip), total };
}

if (!existsSync(DIST)) {
  console.error(`${DIST} is missing: build first (npm run build).`);
  process.exit(2);
}
const locales = readdirSync(DIST).filter((d) => existsSync(join(DIST, d, 'index.html')));
let failed = false;
for (const locale of locales) {
  const { sizes, total } = check(join(DIST, locale));
  const initial = sizes.filter((s) => s.initial).reduce((sum, s) => sum + s.gzip, 0);
  const ok = total <= BUDGET;
  failed ||= !ok;
  console.log(`${ok ? '✔' : '✖'} ${locale}: overview route ${kb(total)} gzipped (initial ${kb(initial)} + overview chunks ${kb(total - initial)}), budget ${kb(BUDGET)}`);
  if (!ok || locale === 'en') {
    for (const s of sizes) console.log(`    ${s.initial ? 'initial' : 'route  '} ${s.file.padEnd(28)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
  }
}
if (locales.length === 0) {
  console.error(`${DIST} holds no language build (…/en/index.html).`);
  process.exit(2);
}
process.exit(failed ? 1 : 0);
