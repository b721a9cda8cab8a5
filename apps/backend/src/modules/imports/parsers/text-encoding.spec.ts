import * as iconv from 'iconv-lite';
import { decodeHtmlEntities, decodeText, detectTextEncoding, guessLegacyEncoding, isValidUtf8 } from './text-encoding';

describe('decodeText', () => {
  it('reads MacRoman with CR-only line ends (the UPR Info CSV)', () => {
    const buf = iconv.encode("To,Text\rCôte d'Ivoire,Bring Mr. Hissène Habré to justice\r", 'macintosh');
    expect(buf.includes(0x0a)).toBe(false);
    const { text, encoding } = decodeText(buf);
    expect(encoding).toBe('macintosh');
    expect(text).toContain("Côte d'Ivoire");
    expect(text).toContain('Hissène Habré');
  });

  it('reads Windows-1252 (CRLF) with accented letters and typographic quotes', () => {
    const buf = iconv.encode('To,Text\r\nCôte d’Ivoire,“Instance Equité et Réconciliation”\r\n', 'windows-1252');
    const { text, encoding } = decodeText(buf);
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Côte d’Ivoire');
    expect(text).toContain('“Instance Equité et Réconciliation”');
  });

  it('reads UTF-8 with and without a byte-order mark, dropping the BOM', () => {
    const plain = Buffer.from('Text\nCôte d’Ivoire\n', 'utf8');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(decodeText(plain)).toEqual({ text: 'Text\nCôte d’Ivoire\n', encoding: 'utf-8' });
    expect(decodeText(withBom)).toEqual({ text: 'Text\nCôte d’Ivoire\n', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text")', () => {
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Text\tCountries Concerned\r\n', 'utf16le')]);
    expect(decodeText(buf)).toEqual({ text: 'Text\tCountries Concerned\r\n', encoding: 'utf-16le' });
  });
});

describe('encoding helpers', () => {
  it('accepts a UTF-8 sample cut inside a multi-byte character only when told it is truncated', () => {
    const cut = Buffer.from('Côte', 'utf8').subarray(0, 2);
    expect(isValidUtf8(cut)).toBe(false);
    expect(isValidUtf8(cut, true)).toBe(true);
    expect(detectTextEncoding(cut, true)).toBe('utf-8');
  });

  it('breaks ties by line ends: CR-only means MacRoman', () => {
    // 0x92 is ’ in Windows-1252 and í in MacRoman: both read as plausible prose.
    const tie = Buffer.from([0x53, 0x74, 0x61, 0x74, 0x65, 0x92, 0x73]);
    expect(guessLegacyEncoding(Buffer.concat([tie, Buffer.from('\r')]))).toBe('macintosh');
    expect(guessLegacyEncoding(Buffer.concat([tie, Buffer.from('\r\n')]))).toBe('windows-1252');
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes the numeric references UPR Info leaves in names', () => {
    expect(decodeHtmlEntities('&#40;Unknown&#41;')).toBe('(Unknown)');
    expect(decodeHtmlEntities('Trinidad &amp; Tobago &#x2014; x')).toBe('Trinidad & Tobago — x');
  });

  it('leaves unknown or malformed references alone', () => {
    expect(decodeHtmlEntities('R&D &bogus; &#99999999;')).toBe('R&D &bogus; &#99999999;');
  });
});
