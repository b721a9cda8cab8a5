import * as argon2 from 'argon2';
import { passwordProblems } from '@tracker/domain';
// Mozilla's list of the 50,000 most common passwords (the Firefox Accounts check).
import commonPasswords from 'fxa-common-password-list';
import { badRequest } from '../../common/validation';

/** OWASP's argon2id parameters: 19 MiB of memory, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the time a real verification takes, so unknown addresses answer as slowly as known ones. */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('a password nobody has 0f3c9e');
  await verifyPassword(await dummyHash, password);
}

/** 400 naming `field` when the password breaks the ASVS rules. */
export function checkPassword(password: string, email: string, field = 'password'): void {
  const problems = passwordProblems(password, { isCommon: (p) => commonPasswords.test(p), email });
  if (problems.length > 0) throw badRequest(problems.map((reason) => ({ field, reason })));
}
