/**
 * Password rules of OWASP ASVS 4.0 (V2.1): at least 12 characters, at most 128 (no truncation),
 * any Unicode character, no composition rules, and refused when the password is a common or
 * breached one or is built from the account's own e-mail address.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordContext {
  /** True when the password appears in the list of common passwords. */
  readonly isCommon: (candidate: string) => boolean;
  /** The account's e-mail address, so the password cannot be the address or its local part. */
  readonly email?: string;
}

/** The reasons a password is refused (empty when it is acceptable), phrased for the person choosing it. */
export function passwordProblems(password: string, context: PasswordContext): string[] {
  // Count code points, not UTF-16 units: "12 characters" is what the person typed.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return [`must be at least ${PASSWORD_MIN_LENGTH} characters long`];
  if (length > PASSWORD_MAX_LENGTH) return [`must be at most ${PASSWORD_MAX_LENGTH} characters long`];
  const folded = password.normalize('NFKC').toLowerCase();
  if (context.isCommon(password) || context.isCommon(folded)) {
    return ['is too common: it appears in a list of frequently used passwords; choose another one'];
  }
  const email = context.email?.trim().toLowerCase();
  if (email) {
    const local = email.split('@')[0] ?? '';
    if (folded.includes(email) || (local.length >= 4 && folded.replace(/[^\p{L}\p{N}]/gu, '') === local.replace(/[^\p{L}\p{N}]/gu, ''))) {
      return ['must not be your e-mail address'];
    }
  }
  return [];
}
