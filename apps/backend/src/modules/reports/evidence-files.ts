import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { FieldError } from '../../common/validation';

const ZIP_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/zip',
]);

function startsWith(content: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, i) => content[i] === byte);
}

/** Whether the bytes are what the declared type says (a PDF starts with %PDF-, text is UTF-8 without NUL…). */
export function contentMatchesType(content: Buffer, type: string): boolean {
  if (type === 'application/pdf') return startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d]);
  if (type === 'image/png') return startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (type === 'image/jpeg') return startsWith(content, [0xff, 0xd8, 0xff]);
  if (ZIP_TYPES.has(type)) return startsWith(content, [0x50, 0x4b, 0x03, 0x04]);
  if (type.startsWith('text/')) {
    if (content.includes(0)) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(content);
      return true;
    } catch {
      return false;
    }
  }
  // A type configured by the operator that this check does not know: the declared type is trusted.
  return true;
}

/**
 * The problems of an uploaded evidence file against the configured limits, each naming the field:
 * no file, an empty one, a type not accepted, content that is not what its type says.
 * (The size limit is enforced while reading the upload: 413.)
 */
export function evidenceFileProblems(file: { size: number; mimetype: string; buffer: Buffer } | undefined, allowedTypes: readonly string[]): FieldError[] {
  if (file === undefined) return [{ field: 'file', reason: 'is required (multipart/form-data field "file")' }];
  if (file.size === 0) return [{ field: 'file', reason: 'is empty' }];
  const type = file.mimetype.toLowerCase().split(';')[0]?.trim() ?? '';
  if (!allowedTypes.includes(type)) return [{ field: 'file', reason: `has type ${type || 'unknown'}, which is not accepted (accepted: ${allowedTypes.join(', ')})` }];
  if (!contentMatchesType(file.buffer, type)) return [{ field: 'file', reason: `does not contain what its type ${type} says` }];
  return [];
}

/**
 * Evidence files on local disk, outside anything served statically: under DATA_DIR/evidence,
 * named by a random id (never the client's name), readable by the server's user only.
 */
export class EvidenceStorage {
  constructor(private readonly root: string) {}

  async save(content: Buffer): Promise<{ storageKey: string; sha256: string }> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const id = randomUUID();
    const storageKey = `${id.slice(0, 2)}/${id}`;
    const path = this.path(storageKey);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFile(path, content, { mode: 0o600, flag: 'wx' });
    return { storageKey, sha256 };
  }

  /** Removes a saved file whose database row was never committed. */
  async remove(storageKey: string): Promise<void> {
    await rm(this.path(storageKey), { force: true });
  }

  /** The file's bytes, after checking they still have the recorded checksum. */
  async read(storageKey: string, sha256: string): Promise<Buffer> {
    const content = await readFile(this.path(storageKey));
    const actual = createHash('sha256').update(content).digest('hex');
    if (actual !== sha256) throw new Error(`Evidence file ${storageKey} does not match its recorded SHA-256 (stored ${sha256}, found ${actual})`);
    return content;
  }

  private path(storageKey: string): string {
    const path = resolve(join(this.root, storageKey));
    if (!path.startsWith(resolve(this.root) + sep)) throw new Error(`Invalid evidence storage key ${storageKey}`);
    return path;
  }
}
