import * as XLSX from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { detectFormat } from './detect-format';
import { parseImportFile } from './parse-import-file';
import { UnsupportedFileError } from './unsupported-file.error';

const NOT_RECOGNISED = /not a UPR Info, OHCHR matrix or UHRI export: no recognised header/;

function expectUnsupported(fn: () => unknown, message: RegExp): void {
  let thrown: unknown;
  try {
    fn();
  } catch (err) {
    thrown = err;
  }
  expect(thrown).toBeInstanceOf(UnsupportedFileError);
  expect((thrown as Error).message).toMatch(message);
}

function workbook(rows: string[][], bookType: 'xls' | 'xlsx'): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
  const out: unknown = XLSX.write(wb, { type: 'buffer', bookType });
  if (!Buffer.isBuffer(out)) throw new Error('SheetJS did not return a Buffer');
  return out;
}

describe('detectFormat', () => {
  it('recognises UPR Info and UHRI headers in CSV, whatever the file name says', () => {
    const upr = Buffer.from('To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r\n');
    const uhri = Buffer.from('\ufeffText;Countries Concerned;Reccomending Body\n');
    expect(detectFormat('data.txt', upr)).toEqual({ format: 'upr_info', container: 'csv' });
    expect(detectFormat('data.xlsx', uhri)).toEqual({ format: 'uhri', container: 'csv' });
  });

  it('recognises legacy .xls and .xlsx workbooks by their magic bytes', () => {
    const header = ['Text', 'Countries Concerned', 'UPR Session'];
    expect(detectFormat('a.csv', workbook([header], 'xls'))).toEqual({ format: 'uhri', container: 'xls' });
    expect(detectFormat('a.csv', workbook([header], 'xlsx'))).toEqual({ format: 'uhri', container: 'xlsx' });
  });

  it('rejects an empty file', () => {
    expectUnsupported(() => detectFormat('empty.csv', Buffer.alloc(0)), /empty/);
  });

  it('rejects a CSV with an unknown header', () => {
    expectUnsupported(() => detectFormat('contacts.csv', Buffer.from('name,email\nAda,ada@example.org\n')), NOT_RECOGNISED);
  });

  it('rejects binary data', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expectUnsupported(() => detectFormat('image.png', png), NOT_RECOGNISED);
  });

  it('rejects a damaged zip (truncated .xlsx/.docx) without crashing', () => {
    const zip = Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(200)) }));
    expectUnsupported(() => detectFormat('broken.docx', zip.subarray(0, zip.length - 40)), /cannot be opened/);
  });

  it('rejects a damaged Word document', () => {
    const zip = Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:tbl>') }));
    expectUnsupported(() => detectFormat('broken.docx', zip), /damaged/);
  });

  it('rejects a zip that is neither a Word document nor a workbook', () => {
    const zip = Buffer.from(zipSync({ 'readme.txt': strToU8('hello') }));
    expectUnsupported(() => detectFormat('archive.zip', zip), NOT_RECOGNISED);
  });

  it('rejects a damaged OLE file (.xls header, garbage after it)', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0x41)]);
    expectUnsupported(() => detectFormat('broken.xls', ole), /could not be read|no recognised header/);
  });

  it('rejects a workbook with an unknown header', () => {
    expectUnsupported(() => detectFormat('budget.xlsx', workbook([['Item', 'Cost']], 'xlsx')), NOT_RECOGNISED);
  });

  it('makes parseImportFile fail the same way', () => {
    expectUnsupported(() => parseImportFile('contacts.csv', Buffer.from('name,email\n')), NOT_RECOGNISED);
  });
});
