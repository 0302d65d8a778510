// Chinese messages of the Excel (Office.js) workbook adapter. Every one says that nothing was written,
// because the adapter checks the whole change list before its first write.
import { error, type Problem } from './problem';

export const officeMessages = {
  sheetMissing(sheet: string): Problem {
    return error(
      'office.sheet-missing',
      `找不到工作表“${sheet}”，本次没有写入任何内容。请恢复该工作表（或运行“初始化工作簿”）后重试。`,
      sheet,
    );
  },
  badSheetName(sheet: string): Problem {
    return error(
      'office.bad-sheet-name',
      `工作表名“${sheet}”不可用：不能为空、不能超过 31 个字符，也不能含有 \\ / ? * : [ ]。本次没有写入任何内容。`,
      sheet,
    );
  },
  badAddress(sheet: string, address: string): Problem {
    return error('office.bad-address', `单元格地址“${address}”无效，本次没有写入任何内容。`, sheet);
  },
  tooManyRows(sheet: string, lastRow: number): Problem {
    return error(
      'office.too-many-rows',
      `追加后将写到第 ${lastRow} 行，超过 Excel 的最大行数 1048576，本次没有写入任何内容。请把旧数据另存归档后重试。`,
      sheet,
    );
  },
  payloadTooLarge(sheet?: string): Problem {
    return error(
      'office.payload-too-large',
      '一行数据已超过 Excel 网页版单次请求的大小上限（5 MB），无法再拆分写入或读取。请缩短该工作表中过长的单元格内容后重试。',
      sheet,
    );
  },
  officeNotLoaded(): Problem {
    return error('office.not-loaded', '没有检测到 Excel（Office.js 未加载），请在 Excel 中打开本加载项。');
  },
};
