import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;

/** What a sealed TOTP secret is bound to: its account (the active and the pending secret alike). */
export const totpContext = (userId: string): string => `user_account:${userId}:totp`;

/** Where the key of the secret box comes from: SECRETS_KEY, or a file kept in DATA_DIR (zero setup). */
export type SecretsKeySource = { readonly kind: 'value'; readonly key: Buffer } | { readonly kind: 'file'; readonly path: string };

/** Reads SECRETS_KEY: 32 bytes written as 64 hexadecimal digits or in base64. `null` when it is not 32 bytes. */
export function parseSecretsKey(text: string): Buffer | null {
  const value = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : /^[A-Za-z0-9+/]{43}=?$/.test(value) ? Buffer.from(value, 'base64') : null;
  return key !== null && key.length === KEY_BYTES ? key : null;
}

/**
 * The key itself: SECRETS_KEY's value, or the key file, created once with a random key (mode 0600)
 * when it does not exist yet. A key file that is not a key stops the start rather than locking every
 * second factor out.
 */
export function loadSecretsKey(source: SecretsKeySource): Buffer {
  if (source.kind === 'value') return source.key;
  let text: string;
  try {
    text = readFileSync(source.path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(source.path), { recursive: true });
    try {
      writeFileSync(source.path, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
      chmodSync(source.path, 0o600);
    } catch (created) {
      // Another process of the same DATA_DIR created it first: use theirs.
      if ((created as NodeJS.ErrnoException).code !== 'EEXIST') throw created;
    }
    text = readFileSync(source.path, 'utf8');
  }
  const key = parseSecretsKey(text);
  if (key === null) throw new Error(`${source.path} does not hold a 32-byte key (64 hexadecimal digits): restore it, or set SECRETS_KEY`);
  return key;
}

/**
 * Authenticated encryption (AES-256-GCM) of small secrets kept in the database — TOTP secrets. Each
 * sealed value is bound to its context (e.g. the account it belongs to), so a value copied to another
 * row does not open. Sealed values read `v1:<iv>:<tag>:<ciphertext>` (base64url).
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error(`a secret box needs a ${KEY_BYTES}-byte key`);
  }

  static isSealed(value: string): boolean {
    return value.startsWith(`${VERSION}:`);
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
  }

  /** The plain secret; throws when the value was altered, sealed for another context or with another key. */
  open(sealed: string, context: string): string {
    const [version, iv, tag, ciphertext, ...rest] = sealed.split(':');
    if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined || rest.length > 0) {
      throw new Error('not a sealed secret');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }
}
