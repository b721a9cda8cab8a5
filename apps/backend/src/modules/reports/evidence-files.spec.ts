import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentMatchesType, EvidenceStorage, evidenceFileProblems } from './evidence-files';

const PDF = Buffer.from('%PDF-1.4\n%…\n');
const ALLOWED = ['application/pdf', 'text/plain'];

describe('evidenceFileProblems', () => {
  it('accepts a PDF that is a PDF', () => {
    expect(evidenceFileProblems({ size: PDF.length, mimetype: 'application/pdf', buffer: PDF }, ALLOWED)).toEqual([]);
  });

  it('names the file field for a missing, empty, unaccepted or mislabelled file', () => {
    expect(evidenceFileProblems(undefined, ALLOWED)[0]?.reason).toContain('is required');
    expect(evidenceFileProblems({ size: 0, mimetype: 'application/pdf', buffer: Buffer.alloc(0) }, ALLOWED)[0]?.reason).toBe('is empty');
    const exe = evidenceFileProblems({ size: 2, mimetype: 'application/x-msdownload', buffer: Buffer.from('MZ') }, ALLOWED);
    expect(exe).toEqual([{ field: 'file', reason: expect.stringContaining('application/x-msdownload, which is not accepted') }]);
    const fake = evidenceFileProblems({ size: 2, mimetype: 'application/pdf', buffer: Buffer.from('MZ') }, ALLOWED);
    expect(fake).toEqual([{ field: 'file', reason: 'does not contain what its type application/pdf says' }]);
  });
});

describe('contentMatchesType', () => {
  it('knows text as UTF-8 without NUL bytes', () => {
    expect(contentMatchesType(Buffer.from('Décret n° 12'), 'text/plain')).toBe(true);
    expect(contentMatchesType(Buffer.from([0x41, 0x00, 0x42]), 'text/plain')).toBe(false);
    expect(contentMatchesType(Buffer.from([0xc3, 0x28]), 'text/csv')).toBe(false);
  });
});

describe('EvidenceStorage', () => {
  it('stores a file privately under a random name with its SHA-256, and refuses it once altered', async () => {
    const root = mkdtempSync(join(tmpdir(), 'evidence-'));
    const storage = new EvidenceStorage(root);
    const { storageKey, sha256 } = await storage.save(PDF);
    // sha256sum of the same bytes
    expect(sha256).toBe('f97bf5c707d0df0cfe017bc3eed2897b53b4b772f4ef3e20095814cb2e2ade29');
    const path = join(root, storageKey);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await expect(storage.read(storageKey, sha256)).resolves.toEqual(PDF);
    writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from('x')]));
    await expect(storage.read(storageKey, sha256)).rejects.toThrow(/does not match its recorded SHA-256/);
  });
});
