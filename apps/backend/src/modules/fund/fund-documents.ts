import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const FUND_DOCUMENTS = Symbol('FUND_DOCUMENTS');

export interface FundDocumentsOptions {
  /** Folder the files are kept in (DATA_DIR/fund-documents); never served as static files. */
  readonly dir: string;
  readonly maxBytes: number;
}

/** The accepted document types: the media type stored, by the file's own bytes (and, for zip-based office files, its extension). */
const ZIP_BASED: Readonly<Record<string, string>> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
};

export const ACCEPTED_DOCUMENTS = 'PDF, Word (.docx), Excel (.xlsx), OpenDocument (.odt, .ods), PNG or JPEG';

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

/**
 * The media type of an accepted document, judged by its first bytes (what the client claims is
 * not trusted), or null for anything else: PDF, PNG, JPEG, and the zip-based office formats.
 */
export function documentMediaType(fileName: string, head: Uint8Array): string | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return ZIP_BASED[extname(fileName).toLowerCase()] ?? null;
  return null;
}

/** A file name safe for Content-Disposition: no path, no control characters or quotes. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(base.normalize('NFC'))
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned === '' ? 'document' : cleaned;
}

/** Reads up to `length` first bytes of a file. */
export async function readHead(path: string, length = 16): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export interface StoredFile {
  readonly storageKey: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

/** Files of assistance requests, private under the documents folder, named by random keys. */
export class FundDocumentStore {
  constructor(private readonly dir: string) {}

  /** Copies an uploaded temporary file in (owner-only permissions) and returns its key, SHA-256 and size. */
  async store(requestId: number, source: string): Promise<StoredFile> {
    const storageKey = `${requestId}/${randomUUID()}`;
    const target = this.pathOf(storageKey);
    await mkdir(join(this.dir, String(requestId)), { recursive: true, mode: 0o700 });
    const hash = createHash('sha256');
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(createReadStream(source), hashing, createWriteStream(target, { flags: 'wx', mode: 0o600 }));
    const { size } = await stat(target);
    return { storageKey, sha256: hash.digest('hex'), sizeBytes: size };
  }

  /** Removes a stored file whose database row was never committed. */
  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  read(storageKey: string): ReadStream {
    return createReadStream(this.pathOf(storageKey));
  }

  private pathOf(storageKey: string): string {
    const root = resolve(this.dir);
    const path = resolve(root, storageKey);
    if (!path.startsWith(root + sep)) throw new Error(`Storage key outside the documents folder: ${storageKey}`);
    return path;
  }
}
