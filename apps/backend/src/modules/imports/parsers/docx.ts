import { SaxesParser } from 'saxes';
import { UnsupportedFileError } from './unsupported-file.error';
import { readZipTextEntries } from './zip';

/** A table cell: its paragraphs' text, and how many grid columns it spans (merged cells). */
export interface DocxCell {
  paragraphs: string[];
  gridSpan: number;
}

export interface DocxTableRow {
  cells: DocxCell[];
}

export interface DocxTable {
  rows: DocxTableRow[];
}

export interface DocxContent {
  /** Paragraphs of the page headers and footers (where OHCHR states "UPR of X (… session)"). */
  headerParagraphs: string[];
  /** Body paragraphs outside tables. */
  bodyParagraphs: string[];
  tables: DocxTable[];
}

const DOCUMENT = 'word/document.xml';
const HEADER_OR_FOOTER = /^word\/(header|footer)\d*\.xml$/;

interface XmlText {
  paragraphs: string[];
  tables: DocxTable[];
}

/**
 * Streams WordprocessingML with saxes and collects paragraphs and tables. Text inside nested tables
 * is appended to the enclosing cell; deleted revisions (w:delText) and the fallback copies of
 * alternate content are ignored.
 */
function readWordXml(xml: string, partName: string): XmlText {
  const parser = new SaxesParser();
  const out: XmlText = { paragraphs: [], tables: [] };
  const tableStack: { table: DocxTable; cell: DocxCell | null }[] = [];
  let paragraph: string[] | null = null;
  let inText = false;
  let fallbackDepth = 0;

  const current = (): { table: DocxTable; cell: DocxCell | null } | undefined => tableStack[tableStack.length - 1];

  parser.on('opentag', (tag) => {
    if (tag.name === 'mc:Fallback') fallbackDepth++;
    if (fallbackDepth > 0) return;
    switch (tag.name) {
      case 'w:tbl':
        if (tableStack.length === 0) {
          const table: DocxTable = { rows: [] };
          out.tables.push(table);
          tableStack.push({ table, cell: null });
        } else {
          // Nested table: its text goes into the enclosing cell.
          tableStack.push({ table: { rows: [] }, cell: current()?.cell ?? null });
        }
        break;
      case 'w:tr':
        if (tableStack.length === 1) current()?.table.rows.push({ cells: [] });
        break;
      case 'w:tc':
        if (tableStack.length === 1) {
          const top = current();
          const row = top?.table.rows[top.table.rows.length - 1];
          if (top && row) {
            const cell: DocxCell = { paragraphs: [], gridSpan: 1 };
            row.cells.push(cell);
            top.cell = cell;
          }
        }
        break;
      case 'w:gridSpan': {
        const cell = tableStack.length === 1 ? current()?.cell : null;
        const span = Number(tag.attributes['w:val']);
        if (cell && Number.isInteger(span) && span > 1) cell.gridSpan = span;
        break;
      }
      case 'w:p':
        paragraph = [];
        break;
      case 'w:t':
        inText = !tag.isSelfClosing;
        break;
      case 'w:tab':
        paragraph?.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        paragraph?.push('\n');
        break;
      case 'w:noBreakHyphen':
        paragraph?.push('-');
        break;
      default:
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && fallbackDepth === 0) paragraph?.push(text);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'mc:Fallback') {
      fallbackDepth--;
      return;
    }
    if (fallbackDepth > 0) return;
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        const text = (paragraph ?? []).join('');
        paragraph = null;
        const cell = current()?.cell;
        if (cell) cell.paragraphs.push(text);
        else if (tableStack.length === 0) out.paragraphs.push(text);
        break;
      }
      case 'w:tc':
        if (tableStack.length === 1) {
          const top = current();
          if (top) top.cell = null;
        }
        break;
      case 'w:tbl':
        tableStack.pop();
        break;
      default:
        break;
    }
  });
  try {
    parser.write(xml.replace(/^\uFEFF/, '')).close();
  } catch (err) {
    throw new UnsupportedFileError(
      `The Word document is damaged (${partName}): ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return out;
}

/** Reads the tables and paragraphs of a .docx (a zip of WordprocessingML parts). */
export function readDocx(buf: Uint8Array): DocxContent {
  const parts = readZipTextEntries(buf, (name) => name === DOCUMENT || HEADER_OR_FOOTER.test(name));
  const document = parts.get(DOCUMENT);
  if (document === undefined) {
    throw new UnsupportedFileError('The file is a zip archive but not a Word document: word/document.xml is missing.');
  }
  const body = readWordXml(document, DOCUMENT);
  const headerParagraphs = [...parts.entries()]
    .filter(([name]) => name !== DOCUMENT)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([name, xml]) => readWordXml(xml, name).paragraphs);
  return { headerParagraphs, bodyParagraphs: body.paragraphs, tables: body.tables };
}
