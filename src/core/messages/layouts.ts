// Messages of the report layouts (附件1, 附件2): filling in place when labels are missing (SPEC §5).
import { error, type Problem } from './problem';

/** SPEC §5: a label the report needs is not in the sheet; nothing is written. */
export function reportLabelsMissing(sheet: string, missing: readonly string[]): Problem {
  const labels = missing.map((label) => `“${label}”`).join('、');
  return error(
    'report.labelsMissing',
    `找不到报表标签${labels}，本次未写入任何内容。请恢复这些文字，或将此表改名后重新生成${sheet}。`,
    sheet,
  );
}
