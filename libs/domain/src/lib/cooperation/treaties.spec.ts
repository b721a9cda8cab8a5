import { TREATIES, TREATY_BY_CODE, treatyOfRatificationFile } from './treaties';

describe('treaties and their ratification tables', () => {
  it('lists the nine core treaties and nine optional protocols, each with its committee', () => {
    expect(TREATIES.filter((t) => t.core).map((t) => t.code)).toEqual(['ICERD', 'ICCPR', 'ICESCR', 'CEDAW', 'CAT', 'CRC', 'ICMW', 'CPED', 'CRPD']);
    expect(TREATIES.filter((t) => !t.core)).toHaveLength(9);
    expect(TREATY_BY_CODE.get('CPED')?.body).toBe('CED');
    expect(TREATY_BY_CODE.get('OP-CAT')?.body).toBe('SPT');
  });

  it('reads the treaty from the table file name, with or without a folder', () => {
    expect(treatyOfRatificationFile('hr_status_op_crc_ic.csv')?.code).toBe('OP-CRC-IC');
    expect(treatyOfRatificationFile('/data/treaty-ratification/hr_status_ICCPR.csv')?.code).toBe('ICCPR');
    expect(treatyOfRatificationFile('hr_status_unknown.csv')).toBeUndefined();
    expect(treatyOfRatificationFile('iccpr.csv')).toBeUndefined();
  });
});
