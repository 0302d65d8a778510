// Column positions of 年度抽查计划, looked up once per sheet.
import type { SheetReader } from '../registry/sheet-reader';

export interface PlanColumns {
  planId: number; planName: number; taskId: number; taskName: number; taskType: number; ratio: number;
  items: number; scope: number; initiator: number; joint: number; time: number;
  /** The column right of 抽查时间 when its header cell is blank (a header merged over start and end), else -1. */
  timeEnd: number;
  itemIds: number; filter: number; gradeRatios: number; perDepartment: number; experts: number;
  platform: number; provincial: number; allowRepeat: number;
}

export function planColumns(reader: SheetReader): PlanColumns {
  const col = (header: string) => reader.column(header);
  const time = col('抽查时间');
  const mapped = new Set(reader.table.columns.values());
  return {
    planId: col('抽查计划编号'), planName: col('抽查计划名称'), taskId: col('抽查任务编号'),
    taskName: col('抽查任务名称'), taskType: col('抽查类型'), ratio: col('抽查比例'), items: col('抽查事项'),
    scope: col('抽查对象范围'), initiator: col('发起部门'), joint: col('联合部门'), time,
    timeEnd: time >= 0 && !mapped.has(time + 1) ? time + 1 : -1,
    itemIds: col('事项编号'), filter: col('对象筛选'), gradeRatios: col('信用分级比例'),
    perDepartment: col('每部门检查人数'), experts: col('专家人数'), platform: col('平台'),
    provincial: col('省级分派'), allowRepeat: col('允许重复抽取'),
  };
}
