import * as iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'macintosh' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(buf: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => buf[i] === byte);
}

/** The encoding announced by a byte-order mark, if any, and the BOM's length. */
export function byteOrderMark(buf: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (startsWith(buf, UTF8_BOM)) return { encoding: 'utf-8', length: 3 };
  if (startsWith(buf, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(buf, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * True when `buf` is well-formed UTF-8. With `allowTruncatedEnd`, a multi-byte sequence cut off
 * at the very end is accepted (the first chunk of a stream).
 */
export function isValidUtf8(buf: Uint8Array, allowTruncatedEnd = false): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf, { stream: allowTruncatedEnd });
    return true;
  } catch {
    return false;
  }
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const TYPOGRAPHIC = new Set(['‘', '’', '“', '”', '–', '—', '…', '«', '»']);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * How plausible a text decoded from 8-bit bytes looks: every character that came from a byte
 * ≥ 0x80 scores when it reads like ordinary prose (a lower-case letter inside a word, a capital
 * that starts a word, typographic punctuation), not like mojibake ("StateÈs", "Hiss�ne").
 */
function plausibility(bytes: Uint8Array, decoded: string): number {
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    const ch = decoded[i];
    const prev = decoded[i - 1];
    const next = decoded[i + 1];
    if (LOWER.test(ch)) {
      if (isLetter(prev) || isLetter(next)) score++;
    } else if (UPPER.test(ch)) {
      if (!(prev !== undefined && LOWER.test(prev)) && (isLetter(prev) || isLetter(next))) score++;
    } else if (TYPOGRAPHIC.has(ch)) {
      score++;
    }
  }
  return score;
}

/**
 * Chooses between the two legacy 8-bit encodings UN-related exports come in: MacRoman (UPR Info
 * CSV, saved on a classic Mac with CR-only line ends) and Windows-1252. Ties go to MacRoman only
 * when the file has CR-only line ends, the classic-Mac signature.
 */
export function guessLegacyEncoding(bytes: Uint8Array): 'macintosh' | 'windows-1252' {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Both are single-byte encodings: decoded[i] corresponds to bytes[i].
  const mac = plausibility(bytes, iconv.decode(buf, 'macintosh'));
  const win = plausibility(bytes, iconv.decode(buf, 'windows-1252'));
  if (mac !== win) return mac > win ? 'macintosh' : 'windows-1252';
  const crOnly = buf.includes(0x0d) && !buf.includes(0x0a);
  return crOnly ? 'macintosh' : 'windows-1252';
}

/** Picks the encoding of a text file (or of the first chunk of a stream) from its bytes. */
export function detectTextEncoding(sample: Uint8Array, isTruncatedSample = false): TextEncodingName {
  const bom = byteOrderMark(sample);
  if (bom) return bom.encoding;
  if (isValidUtf8(sample, isTruncatedSample)) return 'utf-8';
  return guessLegacyEncoding(sample);
}

/** Decodes a whole text file, dropping any byte-order mark. */
export function decodeText(buf: Buffer): DecodedText {
  const encoding = detectTextEncoding(buf);
  const bom = byteOrderMark(buf);
  const body = bom ? buf.subarray(bom.length) : buf;
  return { text: iconv.decode(body, encoding), encoding };
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the HTML character references UPR Info leaves in its exports ("&#40;Unknown&#41;"). */
export function decodeHtmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}
