// SPEC §3.8 Identifiers: control, format and bidi characters in ids (任务编号, 对象编号, 人员编号).
import { error, type Problem } from './problem';

export const identifierMessages = {
  invisibleInId: (sheet: string, cell: string, header: string, code: string, position: number): Problem =>
    error(
      'registry.id-invisible-character',
      `${header}第 ${position} 个字符是不可见的控制、格式或文字方向字符 ${code}：两个看起来相同的编号可能因此不同（例如同一任务被当成两个）。请删除这个字符。`,
      sheet, cell,
    ),
};
