import { BODIES, BODY_CODES, MECHANISM_KINDS, bodyInfo, isBodyCode, mechanismOf, parseBody } from './mechanisms';

describe('bodies', () => {
  it('describes every body code exactly once, with a known mechanism kind', () => {
    expect(BODIES.map((b) => b.code)).toEqual([...BODY_CODES]);
    expect(BODIES.every((b) => MECHANISM_KINDS.includes(b.kind))).toBe(true);
    expect(BODIES.every((b) => b.name.trim() !== '')).toBe(true);
  });

  it('names CCPR the Human Rights Committee, monitoring the ICCPR', () => {
    expect(bodyInfo('CCPR')).toMatchObject({ code: 'CCPR', kind: 'treaty_body', name: 'Human Rights Committee', treaty: 'ICCPR' });
    expect(BODIES.some((b) => b.name === 'HRC' || b.code === ('HRC' as string))).toBe(false);
  });

  it('links each of the ten treaty bodies to its treaty and leaves other mechanisms without one', () => {
    const treatyBodies = BODIES.filter((b) => b.kind === 'treaty_body');
    expect(treatyBodies.map((b) => b.code)).toEqual(['CCPR', 'CESCR', 'CERD', 'CEDAW', 'CAT', 'SPT', 'CRC', 'CMW', 'CRPD', 'CED']);
    expect(treatyBodies.every((b) => b.treaty !== null)).toBe(true);
    expect(bodyInfo('SPT').treaty).toBe('OPCAT');
    expect(BODIES.filter((b) => b.kind !== 'treaty_body').every((b) => b.treaty === null)).toBe(true);
  });

  it('has no follow-up procedure for CRC and SPT', () => {
    expect(bodyInfo('CRC').followUp).toEqual({ hasProcedure: false, defaultMonths: null });
    expect(bodyInfo('SPT').followUp).toEqual({ hasProcedure: false, defaultMonths: null });
  });

  it('asks for follow-up within 12 months at CAT and within 24 months at CEDAW and CMW', () => {
    expect(bodyInfo('CAT').followUp).toEqual({ hasProcedure: true, defaultMonths: 12 });
    expect(bodyInfo('CEDAW').followUp.defaultMonths).toBe(24);
    expect(bodyInfo('CMW').followUp.defaultMonths).toBe(24);
  });

  it('gives a period to every body with a follow-up procedure and none to the others', () => {
    for (const body of BODIES) {
      expect(`${body.code}:${body.followUp.hasProcedure}`).toBe(`${body.code}:${body.followUp.defaultMonths !== null}`);
    }
  });

  it('gives the mechanism kind of each non-treaty body', () => {
    expect(mechanismOf('UPR')).toBe('upr');
    expect(mechanismOf('SP')).toBe('special_procedure');
    expect(mechanismOf('REGIONAL')).toBe('regional');
    expect(mechanismOf('NHRI')).toBe('nhri');
    expect(mechanismOf('PLEDGE')).toBe('voluntary_pledge');
    expect(mechanismOf('CED')).toBe('treaty_body');
  });
});

describe('isBodyCode', () => {
  it('accepts exact codes only', () => {
    expect(isBodyCode('CCPR')).toBe(true);
    expect(isBodyCode('ccpr')).toBe(false);
    expect(isBodyCode('HRC')).toBe(false);
    expect(isBodyCode(42)).toBe(false);
    expect(isBodyCode(undefined)).toBe(false);
  });
});

describe('parseBody', () => {
  it('reads UPR labels', () => {
    expect(parseBody('UPR')).toBe('UPR');
    expect(parseBody('Universal Periodic Review')).toBe('UPR');
    expect(parseBody('- Universal Periodic Review')).toBe('UPR');
  });

  it('reads the Human Rights Committee by name or as CCPR, but never "HRC" (the Council)', () => {
    expect(parseBody('Human Rights Committee')).toBe('CCPR');
    expect(parseBody('CCPR')).toBe('CCPR');
    expect(parseBody('the human rights committee')).toBe('CCPR');
    expect(parseBody('HRC')).toBeUndefined();
    expect(parseBody('Human Rights Council')).toBeUndefined();
  });

  it('reads treaty-body names and codes case-insensitively', () => {
    expect(parseBody('Committee on Economic, Social and Cultural Rights')).toBe('CESCR');
    expect(parseBody('Committee against Torture')).toBe('CAT');
    expect(parseBody('COMMITTEE AGAINST TORTURE')).toBe('CAT');
    expect(parseBody('Committee on the Elimination of Discrimination against Women')).toBe('CEDAW');
    expect(parseBody('Committee on the Elimination of Racial Discrimination')).toBe('CERD');
    expect(parseBody('Committee on the Rights of Persons with Disabilities')).toBe('CRPD');
    expect(parseBody('Committee on Enforced Disappearances')).toBe('CED');
    expect(parseBody('Subcommittee on Prevention of Torture')).toBe('SPT');
    expect(parseBody('crc')).toBe('CRC');
    expect(parseBody('CMW')).toBe('CMW');
  });

  it('reads "Name (CODE)" and "CODE - Name" forms, and rejects contradictory ones', () => {
    expect(parseBody('Committee against Torture (CAT)')).toBe('CAT');
    expect(parseBody('CRC - Committee on the Rights of the Child')).toBe('CRC');
    expect(parseBody('Committee against Torture (CRC)')).toBeUndefined();
  });

  it('maps special procedures and individual mandates to SP', () => {
    expect(parseBody('Special Procedures')).toBe('SP');
    expect(parseBody('Special Rapporteur on the right to food')).toBe('SP');
    expect(parseBody('Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment')).toBe('SP');
    expect(parseBody('Working Group on Arbitrary Detention')).toBe('SP');
    expect(parseBody('Working Group on Enforced or Involuntary Disappearances')).toBe('SP');
    expect(parseBody('Independent Expert on sexual orientation and gender identity')).toBe('SP');
  });

  it('keeps the Working Group on the Universal Periodic Review out of special procedures', () => {
    expect(parseBody('Working Group on the Universal Periodic Review')).toBe('UPR');
  });

  it('reads NHRI, regional and pledge sources seen in national trackers', () => {
    expect(parseBody('National Human Rights Institution')).toBe('NHRI');
    expect(parseBody('Regional')).toBe('REGIONAL');
    expect(parseBody('Voluntary Pledge')).toBe('PLEDGE');
  });

  it('returns undefined for empty or unknown labels', () => {
    expect(parseBody('')).toBeUndefined();
    expect(parseBody('  - ')).toBeUndefined();
    expect(parseBody('Security Council')).toBeUndefined();
  });
});
