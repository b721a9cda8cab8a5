import { Readable } from 'node:stream';
import { csvLine, syntheticStatusClaims, UHRI_EXPORT_HEADER, uhriRows, type SyntheticClaim } from '@tracker/domain';
import { parseUhriCsv } from '../imports/parsers/uhri.parser';
import { unitsOfUhriRecord, type ImportRecord } from '../imports/pipeline/import-units';

/** Every demo recommendation carries this source; removing the demo removes exactly these. */
export const DEMO_SOURCE = 'demo';
/** Seed of the demo's synthetic export (the import benchmark uses seed 1 by default; any seed gives the same shape). */
export const DEMO_SEED = 2026;

export interface DemoRecommendation {
  readonly record: ImportRecord;
  readonly claims: readonly SyntheticClaim[];
}

/**
 * The demo dataset: the same synthetic UHRI export as the import benchmark (bench/generate.ts),
 * read by the import's own parser and normaliser, so demo records look exactly like imported ones;
 * each recommendation gets the synthetic status history of `syntheticStatusClaims`.
 */
export async function demoRecommendations(count: number, today: string, seed = DEMO_SEED): Promise<DemoRecommendation[]> {
  const lines = [csvLine(UHRI_EXPORT_HEADER), ...Array.from(uhriRows(count, seed), csvLine)];
  const file = Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
  const result: DemoRecommendation[] = [];
  for await (const parsed of parseUhriCsv(Readable.from([file]))) {
    for (const unit of unitsOfUhriRecord(parsed)) {
      const record = unit.record;
      if (unit.kind !== 'recommendation' || record === null) continue;
      // Row 1 is the header: row n is the (n − 2)th synthetic recommendation.
      const index = (unit.rowNumbers[0] ?? 2) - 2;
      const claims = record.issuedOn === null ? [] : syntheticStatusClaims({ index, seed, issuedOn: record.issuedOn, today });
      result.push({ record, claims });
    }
  }
  return result;
}
