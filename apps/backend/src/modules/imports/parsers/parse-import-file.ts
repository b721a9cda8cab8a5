import { detectFormat } from './detect-format';
import { parseOhchrMatrix } from './ohchr-matrix.parser';
import type { OhchrMatrixResult } from './ohchr-matrix.parser';
import type { ParseOptions, ParseResult } from './types';
import { UnsupportedFileError } from './unsupported-file.error';
import { parseUhriCsvBuffer, parseUhriWorkbook } from './uhri.parser';
import { parseUprInfo } from './upr-info.parser';

/**
 * Detects the format of an uploaded file and parses it whole. (For a very large UHRI CSV, stream
 * it through `parseUhriCsv` instead.) Throws UnsupportedFileError for unrecognised or damaged files.
 */
export function parseImportFile(fileName: string, buf: Buffer, options: ParseOptions = {}): ParseResult | OhchrMatrixResult {
  const { format, container } = detectFormat(fileName, buf);
  switch (format) {
    case 'upr_info':
      if (container === 'docx') break;
      return parseUprInfo(buf, container);
    case 'uhri':
      if (container === 'docx') break;
      return container === 'csv' ? parseUhriCsvBuffer(buf) : parseUhriWorkbook(buf, container);
    case 'ohchr_matrix':
      return parseOhchrMatrix(buf, options);
  }
  throw new UnsupportedFileError(`${fileName}: a ${format} export cannot come as a ${container} file.`);
}
