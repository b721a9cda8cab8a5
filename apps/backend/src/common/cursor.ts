import { badRequest } from './validation';

/** Opaque keyset cursor: the id of the last row of the previous page. */
export function encodeCursor(lastId: number): string {
  return Buffer.from(JSON.stringify({ id: lastId }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'id' in parsed) {
      const id = (parsed as { id: unknown }).id;
      if (typeof id === 'number' && Number.isInteger(id) && id > 0) return id;
    }
  } catch {
    // fall through to the 400 below
  }
  throw badRequest([{ field: 'cursor', reason: 'is not a cursor returned by this API' }]);
}
