import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSecretsKey, parseSecretsKey, SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('opens what it sealed, and never writes the secret in clear', () => {
    const sealed = box.seal(secret, 'user:7:totp');
    expect(SecretBox.isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(secret);
    expect(box.open(sealed, 'user:7:totp')).toBe(secret);
    // A fresh IV each time: the same secret never gives the same value twice.
    expect(box.seal(secret, 'user:7:totp')).not.toBe(sealed);
  });

  it('refuses a value sealed for another account, altered, or sealed with another key', () => {
    const sealed = box.seal(secret, 'user:7:totp');
    expect(() => box.open(sealed, 'user:8:totp')).toThrow();
    const parts = sealed.split(':');
    const ciphertext = Buffer.from(parts[3] ?? '', 'base64url');
    ciphertext[0] = (ciphertext[0] ?? 0) ^ 1;
    expect(() => box.open([parts[0], parts[1], parts[2], ciphertext.toString('base64url')].join(':'), 'user:7:totp')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'user:7:totp')).toThrow();
    expect(() => box.open(secret, 'user:7:totp')).toThrow('not a sealed secret');
  });

  it('reads SECRETS_KEY as 64 hexadecimal digits or base64 of 32 bytes, and nothing else', () => {
    const key = randomBytes(32);
    expect(parseSecretsKey(key.toString('hex'))?.equals(key)).toBe(true);
    expect(parseSecretsKey(` ${key.toString('base64')}\n`)?.equals(key)).toBe(true);
    expect(parseSecretsKey(randomBytes(16).toString('hex'))).toBeNull();
    expect(parseSecretsKey('correct horse battery staple')).toBeNull();
  });
});

describe('loadSecretsKey from a key file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'secrets-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the file once, readable by its owner only, and reads the same key afterwards', () => {
    const path = join(dir, 'nested', 'secrets.key');
    const first = loadSecretsKey({ kind: 'file', path });
    expect(first).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadSecretsKey({ kind: 'file', path }).equals(first)).toBe(true);
    expect(readFileSync(path, 'utf8').trim()).toBe(first.toString('hex'));
  });

  it('stops on a key file that is not a key instead of replacing it', () => {
    const path = join(dir, 'secrets.key');
    writeFileSync(path, 'not a key\n');
    expect(() => loadSecretsKey({ kind: 'file', path })).toThrow(/does not hold a 32-byte key/);
    expect(readFileSync(path, 'utf8')).toBe('not a key\n');
  });
});
