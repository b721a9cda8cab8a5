/**
 * Synthetic recommendations in the shape of the OHCHR Universal Human Rights Index "Export to
 * Excel" (as CSV): OHCHR's column names and misspellings, "- "-prefixed multi-value cells, Excel
 * serial dates, stable annotation ids. Deterministic for a seed, so the same command always writes
 * the same file: for the import benchmark; the demo dataset loads the same rows.
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/generate.ts <file> [rows] [seed]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
// The generator itself is pure and lives in libs/domain (lib/synthetic), shared with the demo dataset.
import { UHRI_EXPORT_HEADER, csvLine, uhriRows } from '@tracker/domain';

/** Writes a synthetic UHRI export of `count` rows as CSV (UTF-8, CRLF), streaming: memory stays flat. */
export async function writeUhriCsv(path: string, count: number, seed = 1): Promise<void> {
  const out = createWriteStream(path);
  const write = async (line: string): Promise<void> => {
    if (!out.write(`${line}\r\n`)) await once(out, 'drain');
  };
  await write(csvLine(UHRI_EXPORT_HEADER));
  for (const row of uhriRows(count, seed)) await write(csvLine(row));
  out.end();
  await once(out, 'finish');
}

if (require.main === module) {
  const [path, rows = '1000', seed = '1'] = process.argv.slice(2);
  if (!path) {
    console.error('Usage: generate.ts <file> [rows] [seed]');
    process.exit(2);
  }
  writeUhriCsv(path, Number(rows), Number(seed)).then(
    () => console.log(`Wrote ${rows} synthetic UHRI rows to ${path}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
