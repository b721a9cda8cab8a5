import { batchesOf, readAhead } from './import-pipeline';
import type { ImportRecord, ImportUnit } from './import-units';

function unit(externalId: string | null, rowNumber: number): ImportUnit {
  const record = externalId === null ? null : ({ externalId, bodyCode: 'UPR', groupKey: `g${rowNumber}` } as unknown as ImportRecord);
  return { kind: record ? 'recommendation' : 'rejected', record, rowNumbers: [rowNumber], newRows: 1, issues: [] };
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe('batching of import units', () => {
  it('cuts batches of the given size', async () => {
    const batches = await collect(batchesOf([unit('a', 1), unit('b', 2), unit(null, 3), unit('c', 4), unit('d', 5)], 2));
    expect(batches.map((b) => b.map((u) => u.rowNumbers[0]))).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('starts a new batch when a record key repeats, so the second occurrence updates the first', async () => {
    const batches = await collect(batchesOf([unit('a', 1), unit('b', 2), unit('a', 3), unit('c', 4)], 10));
    expect(batches.map((b) => b.map((u) => u.rowNumbers[0]))).toEqual([[1, 2], [3, 4]]);
  });
});

describe('read-ahead', () => {
  it('yields everything in order while asking for the next item before the current one is used', async () => {
    const asked: number[] = [];
    async function* source(): AsyncGenerator<number> {
      for (let i = 1; i <= 3; i++) {
        asked.push(i);
        yield i;
      }
    }
    const seen: [number, number[]][] = [];
    for await (const item of readAhead(source())) seen.push([item, [...asked]]);
    expect(seen).toEqual([
      [1, [1, 2]],
      [2, [1, 2, 3]],
      [3, [1, 2, 3]],
    ]);
  });

  it('closes its source when the consumer stops early', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<number> {
      try {
        for (let i = 1; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const item of readAhead(source())) if (item === 2) break;
    expect(closed).toBe(true);
  });

  it('reports a failure of the source when it is reached', async () => {
    async function* source(): AsyncGenerator<number> {
      yield 1;
      throw new Error('damaged file');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of readAhead(source())) seen.push(item);
      })(),
    ).rejects.toThrow('damaged file');
    expect(seen).toEqual([1]);
  });
});
