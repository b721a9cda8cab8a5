import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import {
  OFFICIAL_RESPONSES,
  RESPONSES,
  ResponseEntry,
  currentResponse,
  isOfficialResponse,
  isVoluntaryPledgeLabel,
  parseResponse,
} from './responses';

// Real data (read-only, outside the repo): ../shared/data from the project root.
const SHARED_DATA = path.resolve(__dirname, '../../../../../shared/data');
const HAS_SHARED_DATA = fs.existsSync(SHARED_DATA);
if (!HAS_SHARED_DATA) {
  if (process.env.CI) {
    throw new Error(`Real-data tests need ${SHARED_DATA} (../shared/data); it must be present in CI`);
  }
  console.warn(`Skipping real-data tests in responses.spec.ts: ${SHARED_DATA} not found`);
}
const describeWithSharedData = HAS_SHARED_DATA ? describe : describe.skip;

function readUprInfoResponses(file: string): string[] {
  const workbook = XLSX.readFile(path.join(SHARED_DATA, 'upr-info', file));
  const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['UPR Info database export'], {
    header: 1,
    raw: true,
    defval: '',
  });
  return rows
    .slice(1)
    .filter((row) => row.some((cell) => String(cell).trim() !== ''))
    .map((row) => String(row[7]));
}

function entry(response: ResponseEntry['response'], respondedOn: string | null, recordedAt: string): ResponseEntry {
  return { response, respondedOn, recordedAt };
}

describe('response vocabulary', () => {
  it('keeps supported and noted as the only official positions; supported-in-part and no-response are practice values', () => {
    expect(RESPONSES).toEqual(['supported', 'noted', 'supported_in_part', 'no_response']);
    expect(OFFICIAL_RESPONSES).toEqual(['supported', 'noted']);
    expect(RESPONSES.filter(isOfficialResponse)).toEqual(['supported', 'noted']);
  });
});

describe('parseResponse', () => {
  it('reads OHCHR positions and the UPR Info word "Accepted" as supported', () => {
    expect(parseResponse('Supported')).toBe('supported');
    expect(parseResponse('Accepted')).toBe('supported');
    expect(parseResponse('SUPPORTED')).toBe('supported');
  });

  it('reads "Noted", and the early wording "Rejected", as noted', () => {
    expect(parseResponse('Noted')).toBe('noted');
    expect(parseResponse('noted')).toBe('noted');
    expect(parseResponse('Rejected')).toBe('noted');
  });

  it('records "Supported/Noted" and "partially supported" as supported in part, not as a third official value', () => {
    expect(parseResponse('Supported/Noted')).toBe('supported_in_part');
    expect(parseResponse('Supported / Noted')).toBe('supported_in_part');
    expect(parseResponse('Partially supported')).toBe('supported_in_part');
    expect(parseResponse('Supported in part')).toBe('supported_in_part');
  });

  it('reads an OHCHR multi-value cell line with its "- " bullet and stray whitespace', () => {
    expect(parseResponse('- Supported')).toBe('supported');
    expect(parseResponse('  -  Noted \r')).toBe('noted');
    expect(parseResponse('\u00a0- Supported/Noted')).toBe('supported_in_part');
  });

  it('reads an explicit "No response"', () => {
    expect(parseResponse('No response')).toBe('no_response');
  });

  it('leaves empty, pending and unknown labels undefined so the importer can report them', () => {
    expect(parseResponse('')).toBeUndefined();
    expect(parseResponse('   ')).toBeUndefined();
    expect(parseResponse('Pending')).toBeUndefined();
    expect(parseResponse('Maybe later')).toBeUndefined();
  });

  it('does not treat a UPR Info "Voluntary Pledge" as a response', () => {
    expect(parseResponse('Voluntary Pledge')).toBeUndefined();
    expect(isVoluntaryPledgeLabel('Voluntary Pledge')).toBe(true);
    expect(isVoluntaryPledgeLabel(' - voluntary pledge ')).toBe(true);
    expect(isVoluntaryPledgeLabel('Supported')).toBe(false);
  });
});

describe('currentResponse', () => {
  it('is "no_response" for a recommendation without any recorded position', () => {
    expect(currentResponse([])).toBe('no_response');
  });

  it('follows a mid-term report that accepts a recommendation noted at adoption', () => {
    const history = [
      entry('supported', '2020-09-24', '2024-03-01T10:00:00Z'),
      entry('noted', '2017-09-21', '2024-03-01T10:00:00Z'),
    ];
    expect(currentResponse(history)).toBe('supported');
  });

  it('follows a State that later withdraws an acceptance', () => {
    const history = [
      entry('supported', '2013-03-15', '2023-01-10T08:00:00Z'),
      entry('noted', '2016-06-30', '2023-01-10T08:00:00Z'),
    ];
    expect(currentResponse(history)).toBe('noted');
  });

  it('lets a correction recorded later win for the same response date', () => {
    const history = [
      entry('supported_in_part', '2019-09-20', '2024-05-02T09:30:00Z'),
      entry('supported', '2019-09-20', '2024-05-01T14:00:00Z'),
    ];
    expect(currentResponse(history)).toBe('supported_in_part');
  });

  it('compares recording timestamps as instants, whatever their UTC offset', () => {
    const history = [
      entry('noted', '2019-09-20', '2024-05-01T12:00:00+02:00'), // 10:00 UTC
      entry('supported', '2019-09-20', '2024-05-01T11:00:00Z'),
    ];
    expect(currentResponse(history)).toBe('supported');
  });

  it('ranks an entry without a known response date below any dated position, even if recorded later', () => {
    const history = [
      entry('noted', '2021-03-18', '2022-01-01T00:00:00Z'),
      entry('supported', null, '2025-01-01T00:00:00Z'),
    ];
    expect(currentResponse(history)).toBe('noted');
  });

  it('orders undated entries by recording time', () => {
    const history = [entry('noted', null, '2025-02-01T00:00:00Z'), entry('supported', null, '2025-01-01T00:00:00Z')];
    expect(currentResponse(history)).toBe('noted');
  });

  it('refuses a history with an unparseable date', () => {
    expect(() => currentResponse([entry('supported', 'not a date', '2025-01-01T00:00:00Z')])).toThrow(RangeError);
    expect(() => currentResponse([entry('supported', null, 'yesterday')])).toThrow(/recordedAt/);
  });
});

describeWithSharedData('UPR Info exports (real data)', () => {
  it('reads every Response of sessions 1–5: 4,087 Accepted as supported and 2,007 Noted as noted', () => {
    const responses = readUprInfoResponses('upr-info_sessions_1-5.xls').map(parseResponse);
    expect(responses).toHaveLength(6094);
    expect(responses.filter((r) => r === 'supported')).toHaveLength(4087);
    expect(responses.filter((r) => r === 'noted')).toHaveLength(2007);
    expect(responses.filter((r) => r === undefined)).toHaveLength(0);
  });

  it('recognises all 947 voluntary pledges and gives none of them a response', () => {
    const labels = readUprInfoResponses('upr-info_sessions_voluntary.xls');
    expect(labels).toHaveLength(947);
    expect(labels.every(isVoluntaryPledgeLabel)).toBe(true);
    expect(labels.map(parseResponse).every((r) => r === undefined)).toBe(true);
  });
});
