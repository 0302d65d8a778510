// Chinese messages for what clerks commonly do to the sheets by hand (a title row above the header,
// a copied column, rows sorted, a code typed as a number): each says what happened and how to undo it.
import { SHEETS } from '../schema';
import { error, warning, type Problem } from './problem';

export const editMessages = {
  totalsRowInTheWay: (sheet: string): Problem =>
    error(
      'records.totals-row',
      `“${sheet}”的表格开着“汇总行”：新行只能写在汇总行下面、表格之外，未写入任何内容。` +
        '请在 Excel 的“表设计”中取消勾选“汇总行”后再操作，完成后可再勾选。',
      sheet, 'A1',
    ),
  headerBelowRowOne: (sheet: string, headerRow: number): Problem =>
    error(
      'records.header-not-in-row-1',
      `表头在第 ${headerRow} 行，应在第 1 行：本工具写入的工作表不能在表头上方插入行（如标题行）。` +
        `请删除表头上方的 ${headerRow - 1} 行；标题可以写在页眉或其他工作表中。`,
      sheet, 'A1',
    ),
  headerMissingFromRowOne: (sheet: string): Problem =>
    error(
      'records.header-not-in-row-1',
      '第 1 行不是本工具的表头（一个应有的列名也没有）：本工具写入的工作表，表头必须在第 1 行。' +
        '如果在表头上方插入了行（如标题行），请删除这些行；如果表头被清除，请恢复原来的表头。',
      sheet, 'A1',
    ),
  repeatedProductColumn: (sheet: string, header: string, firstCell: string): Problem =>
    error(
      'records.repeated-column',
      `表头中有不止一个“${header}”列（这一格是第一个，右边还有同名的列）：本工具无法确定该写入哪一列，未写入任何内容。` +
        '请把多余的一列改名或删除。',
      sheet, firstCell,
    ),
  resultRowsReordered: (drawId: string, rows: number, cell: string, contentIntact: boolean): Problem =>
    error(
      'verify.result-order',
      `抽取 ${drawId} 的 ${rows} 行结果${contentIntact ? '都在、内容一致，但' : ''}顺序与抽取时不同（从这一行起）：` +
        '核验要求结果行保持抽取时的顺序。请选中抽查结果的数据，按“抽取编号”、再按“序号”升序排序，即可恢复。',
      SHEETS.results, cell,
    ),
  resultRowUnnumbered: (drawId: string, seq: number, objectId: string, header: string, cell: string): Problem =>
    error(
      'verify.result-unnumbered',
      `抽取 ${drawId} 序号 ${seq}（对象 ${objectId}）的结果行在这一行，但“${header}”被清空或改写，这一行已不算抽取结果：` +
        `请把“抽取编号”恢复为 ${drawId}、“序号”恢复为 ${seq}。`,
      SHEETS.results, cell,
    ),
  moreDifferences: (drawId: string, shown: number, unchecked: number): Problem =>
    warning(
      'verify.more-differences',
      `抽取 ${drawId} 只列出前 ${shown} 处不同，其后还有 ${unchecked} 行未逐一比对：请先改正以上各处，再运行核验。`,
      SHEETS.results,
    ),
  resultLookalike: (cell: string): Problem =>
    warning(
      'verify.result-lookalike',
      '这一行有抽取编号和对象编号，但没有序号，不算抽取结果（核验、不重复抽取规则都不读它）：' +
        '若它是抽取结果，请填回序号；若只是说明，请删去抽取编号，以免被误当作抽取结果。',
      SHEETS.results, cell,
    ),
  logLookalike: (cell: string): Problem =>
    warning(
      'verify.log-lookalike',
      '这一行有抽取编号或状态，但既没有序号也没有本条哈希，不算抽取日志记录（核验不读它）：' +
        '若它原是日志记录，说明被改动过，请找回原始工作簿；若只是说明，请删去抽取编号和状态。',
      SHEETS.log, cell,
    ),
  creditCodeStoredAsNumber: (sheet: string, cell: string, digits: string): Problem =>
    error(
      'registry.credit-code-number',
      `对象编号存成了数字（${digits}），不是文本：Excel 的数字只保留 15 位有效数字，18 位的统一社会信用代码第 16 位起已经丢失，` +
        '无法从这一格恢复。请把“对象编号”列的单元格格式设为“文本”，再按营业执照重新录入这个代码。',
      sheet, cell,
    ),
};
