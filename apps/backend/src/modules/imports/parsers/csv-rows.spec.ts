import { detectDelimiter, parseCsvText, streamCsvText } from './csv-rows';
import { UnsupportedFileError } from './unsupported-file.error';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('parseCsvText', () => {
  it('splits classic-Mac CR-only lines and numbers them as an editor does', () => {
    const rows = parseCsvText('a,b\rx,"1,2"\ry,3');
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['a', 'b'] },
      { rowNumber: 2, cells: ['x', '1,2'] },
      { rowNumber: 3, cells: ['y', '3'] },
    ]);
  });

  it('counts the lines of quoted multi-line cells and skips blank lines (CRLF)', () => {
    const rows = parseCsvText('Text,Themes\r\n"first","- A\r\n- B"\r\n\r\nsecond,"- C"\r\n');
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['Text', 'Themes'] },
      { rowNumber: 2, cells: ['first', '- A\r\n- B'] },
      { rowNumber: 5, cells: ['second', '- C'] },
    ]);
  });

  it('detects semicolon and tab delimiters from the first line', () => {
    expect(detectDelimiter('Text;Countries Concerned;Themes')).toBe(';');
    expect(detectDelimiter('Text\tCountries Concerned')).toBe('\t');
    expect(detectDelimiter('Text')).toBe(',');
    expect(parseCsvText('a;b\n1;"x;y"\n')[1].cells).toEqual(['1', 'x;y']);
  });
});

describe('streamCsvText', () => {
  it('yields the same rows and line numbers as the in-memory parser, whatever the chunking', async () => {
    const text = 'Text,Themes\n"multi\nline, with comma","- A\n- B"\n\nlast,"- C"\n';
    const expected = parseCsvText(text);
    for (const size of [1, 3, 7, 1000]) {
      await expect(collect(streamCsvText(chunksOf(text, size)))).resolves.toEqual(expected);
    }
  });

  it('stops reading the source when the consumer stops early', async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<string> {
      yield 'a,b\n';
      for (;;) {
        produced++;
        yield `${produced},x\n`;
      }
    }
    for await (const row of streamCsvText(endless())) {
      if (row.rowNumber === 3) break;
    }
    const after = produced;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(produced - after).toBeLessThan(50);
  });
});

describe('malformed CSV', () => {
  const broken = 'Text,Themes\n"never closed,x\n';

  it('is reported as an UnsupportedFileError naming the problem', () => {
    expect(() => parseCsvText(broken)).toThrow(UnsupportedFileError);
    expect(() => parseCsvText(broken)).toThrow(/malformed.*Quote Not Closed/i);
  });

  it('is reported the same way when streamed', async () => {
    await expect(collect(streamCsvText(chunksOf(broken, 4)))).rejects.toThrow(UnsupportedFileError);
  });

  it('passes errors of the source through unchanged', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield 'a,b\n1,2\n';
      throw new Error('disk on fire');
    }
    await expect(collect(streamCsvText(failing()))).rejects.toThrow('disk on fire');
  });
});
