// Chinese messages for Excel's own limits met while writing (SPEC §3.8 "Excel's row limit") and for a
// written workbook that does not read back as written.
import { error, type Problem } from './problem';

export const EXCEL_LAST_ROW = 1_048_576;

export const workbookLimitMessages = {
  rowLimit: (sheet: string, lastRow: number, rows: number): Problem =>
    error(
      'workbook.row-limit',
      `“${sheet}”已写到第 ${lastRow.toLocaleString('en-US')} 行，再追加 ${rows.toLocaleString('en-US')} 行将超过 Excel 的最大行数 ` +
        `${EXCEL_LAST_ROW.toLocaleString('en-US')}（超出的行在 Excel 或 LibreOffice 下次保存时会丢失）：未写入任何内容。` +
        '这张表的记录是抽取的凭证，不能删除；请把本年度的工作簿归档，在新的工作簿中继续。',
      sheet, `A${Math.min(lastRow, EXCEL_LAST_ROW)}`,
    ),
  unstorableCharacter: (sheet: string, where: string, code: number, position: number): Problem =>
    error(
      'workbook.unstorable-character',
      `“${sheet}”${where}要写入的文本第 ${position} 个字符是 ${codePoint(code)}（控制字符或无效字符）：.xlsx 文件无法原样保存它，` +
        '保存后读到的文本会与记入哈希的不同。未写入任何内容；请删去这个字符（如从 Word 复制来的手动换行）后再操作。',
      sheet,
    ),
  readBackDiffers: (sheet: string, cell: string, written: string, read: string): Problem =>
    error(
      'workbook.read-back',
      `写入后读回核对不一致：这一格应为“${visible(written)}”，保存后读到的是“${visible(read)}”。` +
        '为免留下无法核验的记录，未保存任何改动（原文件保持不变）。',
      sheet, cell,
    ),
};

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Control characters shown by their code point, so that the message says what differs. */
function visible(text: string): string {
  const shown = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}
