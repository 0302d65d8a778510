// A new, print-ready one-sheet .xlsx (title, column widths, A4 landscape, header row repeated on each
// page, page numbers in the footer), written as SpreadsheetML by hand so that the pane can offer it as
// a download without ExcelJS. Used for the public export (SPEC §4); never a sheet of the clerk's book.
import { columnLetter } from '../core/text';
import { storedZip } from './zip-store';

export interface PrintSection {
  title: string;
  headers: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
}

export interface PrintableBook {
  sheetName: string;
  title: string;
  /** The main table: its header row repeats on every printed page. */
  main: PrintSection & { widths: readonly number[] };
  /** Tables below the main one, each with its own title and header. */
  after: readonly PrintSection[];
  /** A paragraph under everything (merged across the columns, wrapped). */
  note: string;
  /** Footer text with Excel's codes (&P page, &N pages). */
  footer: string;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

// Style ids in styles.xml below: 0 plain, 1 title, 2 header (bold, border, fill), 3 cell (border,
// wrap), 4 section title (bold), 5 note (wrap, top aligned).
const STYLE = { plain: 0, title: 1, header: 2, cell: 3, section: 4, note: 5 } as const;

const STYLES = `${XML}<styleSheet xmlns="${MAIN_NS}">
<fonts count="3"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="16"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

interface Row {
  cells: readonly string[];
  style: number;
  height?: number;
}

function rowXml(index: number, row: Row): string {
  const cells = row.cells
    .map((text, col) => `<c r="${columnLetter(col)}${index}" s="${row.style}" t="inlineStr"><is><t xml:space="preserve">${escape(text)}</t></is></c>`)
    .join('');
  const height = row.height ? ` ht="${row.height}" customHeight="1"` : '';
  return `<row r="${index}"${height}>${cells}</row>`;
}

function sheetXml(book: PrintableBook): { xml: string; headerRow: number } {
  const columns = book.main.widths.length;
  const last = columnLetter(columns - 1);
  const rows: Row[] = [];
  const merges: string[] = [];
  const push = (row: Row) => rows.push(row);
  const mergeAcross = () => merges.push(`A${rows.length}:${last}${rows.length}`);
  push({ cells: [book.title], style: STYLE.title, height: 30 });
  mergeAcross();
  push({ cells: [], style: STYLE.plain });
  push({ cells: book.main.headers, style: STYLE.header });
  const headerRow = rows.length;
  for (const cells of book.main.rows) push({ cells, style: STYLE.cell });
  for (const section of book.after) {
    push({ cells: [], style: STYLE.plain });
    push({ cells: [section.title], style: STYLE.section });
    push({ cells: section.headers, style: STYLE.header });
    for (const cells of section.rows) push({ cells, style: STYLE.cell });
  }
  push({ cells: [], style: STYLE.plain });
  push({ cells: [book.note], style: STYLE.note, height: 48 });
  mergeAcross();
  const cols = book.main.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  const xml =
    `${XML}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${last}${rows.length}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols>` +
    `<sheetData>${rows.map((row, i) => rowXml(i + 1, row)).join('')}</sheetData>` +
    `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` +
    `<printOptions horizontalCentered="1"/>` +
    `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>&amp;C${escape(book.footer)}</oddFooter></headerFooter>` +
    `</worksheet>`;
  return { xml, headerRow };
}

/** The .xlsx bytes of `book`. */
export function printableWorkbookBytes(book: PrintableBook): Uint8Array {
  const { xml, headerRow } = sheetXml(book);
  const quoted = `'${book.sheetName.replace(/'/g, "''")}'`;
  const workbook =
    `${XML}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${escape(book.sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
    `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${escape(quoted)}!$${headerRow}:$${headerRow}</definedName></definedNames></workbook>`;
  return storedZip([
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ],
    ['_rels/.rels', `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', workbook],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
    ['xl/worksheets/sheet1.xml', xml],
  ]);
}
