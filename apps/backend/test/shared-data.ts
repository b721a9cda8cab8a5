import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The real exports in `shared/data` beside the repository (see its README). They are not part of the
 * project: without the folder, tests that need them are skipped with a message — except in CI,
 * where the folder must be present and its absence fails the run.
 */
export const SHARED_DATA = resolve(__dirname, '../../../../shared/data');
export const HAS_SHARED_DATA = existsSync(SHARED_DATA);

if (!HAS_SHARED_DATA && process.env['CI']) {
  throw new Error(`The oracle data folder ${SHARED_DATA} is missing: CI must provide shared/data beside the repository.`);
}

export const describeWithSharedData: jest.Describe = HAS_SHARED_DATA ? describe : describe.skip;

/** Appended to the names of tests that need the folder, so a skip says why. */
export const SHARED_DATA_NOTE = HAS_SHARED_DATA ? '' : ` (SKIPPED: ${SHARED_DATA} not found)`;

if (!HAS_SHARED_DATA) console.warn(`Tests on real exports skipped: ${SHARED_DATA} not found (they fail instead when CI is set).`);

export function sharedFile(relative: string): string {
  return resolve(SHARED_DATA, relative);
}

export function readSharedFile(relative: string): Buffer {
  return readFileSync(sharedFile(relative));
}
