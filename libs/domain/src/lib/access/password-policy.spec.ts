import { passwordProblems } from './password-policy';

const common = new Set(['password1234', 'qwertyuiop123']);
const context = { isCommon: (p: string) => common.has(p), email: 'amina.diallo@example.org' };

describe('password policy (OWASP ASVS V2.1)', () => {
  it('accepts a long passphrase without any composition rule', () => {
    expect(passwordProblems('correct horse battery staple', context)).toEqual([]);
    expect(passwordProblems('alllowercaseletters', context)).toEqual([]);
  });

  it('refuses fewer than 12 characters, counting characters rather than UTF-16 units', () => {
    expect(passwordProblems('short pass1', context)).toEqual(['must be at least 12 characters long']);
    // 6 emoji are 12 UTF-16 units but 6 characters.
    expect(passwordProblems('😀😀😀😀😀😀', context)).toEqual(['must be at least 12 characters long']);
    expect(passwordProblems('ĉiuj ŝafoj ĝojas', context)).toEqual([]);
  });

  it('refuses more than 128 characters instead of truncating', () => {
    expect(passwordProblems('a'.repeat(128) + 'b', context)).toEqual(['must be at most 128 characters long']);
    expect(passwordProblems('ab'.repeat(64), context)).toEqual([]);
  });

  it('refuses common passwords whatever their case', () => {
    expect(passwordProblems('Password1234', context)).toEqual(['is too common: it appears in a list of frequently used passwords; choose another one']);
  });

  it('refuses the account e-mail address or its local part', () => {
    expect(passwordProblems('amina.diallo@example.org', context)).toEqual(['must not be your e-mail address']);
    expect(passwordProblems('Amina.Diallo.12', { ...context, email: 'aminadiallo12@example.org' })).toEqual(['must not be your e-mail address']);
    expect(passwordProblems('amina diallo works here', context)).toEqual([]);
  });
});
