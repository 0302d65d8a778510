// SPEC §5 Annex 1 (本年度累计数据, 不含省级分派任务): per row of the layout, the four counts and what
// each counted, so that every figure can be traced to its tasks and 抽查结果 rows.
import { ANNEX1_ROWS, type Annex1ColumnKey, type Annex1RowKey } from '../layouts/annex1';
import { isMarketEntity, type CountedObject, type Inspection } from './inspections';

/** One figure and its evidence: the tasks it counted and the 抽查结果 rows (1-based) it counted. */
export interface Figure {
  value: number;
  tasks: string[];
  rows: number[];
}

export type Annex1Row = Record<Annex1ColumnKey, Figure>;
export type Annex1Figures = Record<Annex1RowKey, Annex1Row>;

/** Which inspections a row counts, and which of their objects (涉及企业 counts the market entities only). */
export interface RowRule {
  tasks: (inspection: Inspection) => boolean;
  objects?: (object: CountedObject) => boolean;
}

const hebei = (i: Inspection) => !i.otherPlatform;
const other = (i: Inspection) => i.otherPlatform;
export const enterprise = (i: Inspection) => i.objects.some((o) => isMarketEntity(o.objectType));
export const marketEntity = (o: CountedObject) => isMarketEntity(o.objectType);

const RULES: Record<Annex1RowKey, RowRule> = {
  'all.total': { tasks: hebei },
  'all.internal': { tasks: (i) => hebei(i) && !i.joint },
  'all.joint': { tasks: (i) => hebei(i) && i.joint },
  'enterprise.total': { tasks: (i) => hebei(i) && enterprise(i), objects: marketEntity },
  'credit.total': { tasks: (i) => hebei(i) && i.stratified },
  'market.total': { tasks: (i) => hebei(i) && i.market },
  'market.internal': { tasks: (i) => hebei(i) && i.market && !i.joint },
  'market.joint': { tasks: (i) => hebei(i) && i.market && i.joint },
  'other.all': { tasks: other },
  'other.enterprise': { tasks: (i) => other(i) && enterprise(i), objects: marketEntity },
  'other.credit': { tasks: (i) => other(i) && i.stratified },
};

function figure(tasks: string[], objects: readonly CountedObject[]): Figure {
  return { value: objects.length, tasks, rows: objects.map((o) => o.row) };
}

/** The four counts of one row (SPEC §5): 次数 = distinct tasks; 户数 = drawn objects, completed ones, problem ones. */
export function annex1Row(inspections: readonly Inspection[], rule: RowRule = { tasks: () => true }): Annex1Row {
  const counted = inspections.filter(rule.tasks);
  const taskIds = counted.map((i) => i.task.taskId);
  const objects = counted.flatMap((i) => (rule.objects ? i.objects.filter(rule.objects) : i.objects));
  const completed = objects.filter((o) => o.completed);
  return {
    count: { value: counted.length, tasks: taskIds, rows: [] },
    drawn: figure(taskIds, objects),
    completed: figure(taskIds, completed),
    problems: figure(taskIds, completed.filter((o) => o.problem)),
  };
}

export function annex1Figures(inspections: readonly Inspection[]): Annex1Figures {
  const figures = {} as Annex1Figures;
  for (const row of ANNEX1_ROWS) figures[row.key] = annex1Row(inspections, RULES[row.key]);
  return figures;
}
