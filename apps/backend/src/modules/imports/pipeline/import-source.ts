import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectFormat, type DetectedFormat } from '../parsers/detect-format';

/** The bytes of a file to import, wherever they are kept. */
export interface ImportSource {
  readonly fileName: string;
  readonly size: number;
  /** The file as a stream of pieces (read lazily; memory stays flat). */
  stream(): AsyncIterable<Buffer>;
}

/** A file on this machine (the CLI, the benchmark, an upload's temporary file). */
export async function fileSource(path: string, fileName = basename(path)): Promise<ImportSource> {
  const { size } = await stat(path);
  return {
    fileName,
    size,
    stream: () => createReadStream(path) as AsyncIterable<Buffer>,
  };
}

export async function readAll(source: ImportSource): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of source.stream()) pieces.push(piece);
  return Buffer.concat(pieces);
}

const HEAD_BYTES = 64 * 1024;
const BINARY_CONTAINERS: readonly number[][] = [
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: legacy .xls
  [0x50, 0x4b, 0x03, 0x04], // zip: .xlsx, .docx
  [0x50, 0x4b, 0x05, 0x06], // empty zip
];

async function head(source: ImportSource): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let length = 0;
  for await (const piece of source.stream()) {
    pieces.push(piece);
    length += piece.length;
    if (length >= HEAD_BYTES) break;
  }
  return Buffer.concat(pieces);
}

/**
 * Recognises a file by its content. Text files are judged on their first 64 KiB (the header row),
 * so a large CSV is never read whole here; workbooks and Word documents are read whole, as their
 * parsers need. Throws UnsupportedFileError for anything unrecognised or damaged.
 */
export async function detectSourceFormat(source: ImportSource): Promise<DetectedFormat> {
  const start = await head(source);
  const binary = BINARY_CONTAINERS.some((magic) => magic.every((byte, i) => start[i] === byte));
  return detectFormat(source.fileName, binary && start.length < source.size ? await readAll(source) : start);
}
