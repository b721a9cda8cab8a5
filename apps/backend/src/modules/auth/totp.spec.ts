import { base32Decode, base32Encode, totpCode, totpStep, totpUri, verifyTotp } from './totp';

// RFC 6238 appendix B: the SHA-1 secret is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890', 'ascii'));
const at = (seconds: number): Date => new Date(seconds * 1000);

describe('TOTP (RFC 6238)', () => {
  it('computes the RFC 6238 test vectors (last 6 digits)', () => {
    expect(totpCode(RFC_SECRET, totpStep(at(59)))).toBe('287082');
    expect(totpCode(RFC_SECRET, totpStep(at(1111111109)))).toBe('081804');
    expect(totpCode(RFC_SECRET, totpStep(at(1234567890)))).toBe('005924');
    expect(totpCode(RFC_SECRET, totpStep(at(20000000000)))).toBe('353130');
  });

  it('round-trips base32 and ignores spaces and case', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq').toString('ascii')).toBe('12345678901234567890');
  });

  it('accepts one step of drift either way, and nothing further', () => {
    const now = at(1111111109);
    const step = totpStep(now);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), null, now)).toBe(step - 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), null, now)).toBe(step + 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 2), null, now)).toBeNull();
    expect(verifyTotp(RFC_SECRET, 'abcdef', null, now)).toBeNull();
  });

  it('never accepts a code of a step already used (no replay)', () => {
    const now = at(1111111109);
    const step = totpStep(now);
    const code = totpCode(RFC_SECRET, step);
    expect(verifyTotp(RFC_SECRET, code, null, now)).toBe(step);
    expect(verifyTotp(RFC_SECRET, code, step, now)).toBeNull();
  });

  it('writes an otpauth URI with issuer and account', () => {
    expect(totpUri('ABC', 'a@example.org')).toBe(
      'otpauth://totp/Recommendation%20Follow-up%20Tracker%3Aa%40example.org?secret=ABC&issuer=Recommendation%20Follow-up%20Tracker&algorithm=SHA1&digits=6&period=30',
    );
  });
});
