// 年度抽查计划 (SPEC §2, Annex 3 layout plus machine columns): one PlanTask per task row.
import type { PlanTask } from '../model';
import { DEFAULT_PLATFORM, PLAN_COLUMNS, PLATFORMS, TASK_TYPES, YES_NO } from '../schema';
import { readTable, type TableRow } from '../table';
import type { Problem } from '../messages/problem';
import { registryMessages as msg } from '../messages/registry';
import { checkIdentifier, parseCount, SheetReader, UniqueIds, type SheetValues } from '../registry/sheet-reader';
import { parseIdList } from '../registry/inspectors';
import { locatePlanHeader, PLAN_KEY_HEADER } from './header';
import { parseRatio } from './ratio';
import { parseTimeWindow } from './time-window';
import { parseGradeRatios } from './grade-ratios';
import { parseFilter } from './filter';
import { parseDepartmentList } from './departments';
import { planColumns, type PlanColumns } from './plan-columns';

export interface PlanContext {
  /** Department name → canonical name. */
  canonical: (name: string) => string;
  /** Canonical names the workbook knows, to tell a broken line from a list ("市场监\n管"). */
  knownDepartments: ReadonlySet<string>;
  /** Header keys of 检查对象名录库, the columns 对象筛选 may name; undefined when that sheet is missing. */
  objectColumns?: ReadonlySet<string>;
}

export interface PlanSheet {
  tasks: PlanTask[];
  reader: SheetReader;
  columns: PlanColumns;
}

const TYPES: ReadonlySet<string> = new Set(TASK_TYPES);
const PLATFORM_CHOICES: ReadonlySet<string> = new Set(PLATFORMS);
const YES_NO_CHOICES: ReadonlySet<string> = new Set(YES_NO);
const DEFAULT_PER_DEPARTMENT = 2;
const FULL_RATIO_BP = 10_000;
// Line breaks inside a name are the layout's ("清河县道\n路运输市\n场部门联合随机抽查").
const LINE_BREAKS = /\s*[\r\n]+\s*/gu;

function joinLines(text: string): string {
  return text.replace(LINE_BREAKS, '');
}

/** A row holding no task (a note or footer below the table): no ID, no name, no ratio, no time. */
function holdsNoTask(reader: SheetReader, row: TableRow, c: PlanColumns): boolean {
  return [c.taskId, c.taskName, c.ratio, c.time].every((col) => reader.text(row, col) === '');
}

function readRatio(reader: SheetReader, row: TableRow, col: number): number {
  const text = reader.required(row, col, '抽查比例');
  if (text === '') return 0;
  const bp = parseRatio(reader.raw(row, col));
  if (bp === null) reader.report(msg.badRatio(reader.sheet, reader.at(row, col), text));
  else if (bp <= 0 || bp > FULL_RATIO_BP) reader.report(msg.ratioOutOfRange(reader.sheet, reader.at(row, col), text));
  return bp ?? 0;
}

/** 抽查时间, with the cell to the right when the header is merged over a start and an end column. */
function readTime(reader: SheetReader, row: TableRow, c: PlanColumns): { start: string; end: string } {
  const text = reader.required(row, c.time, '抽查时间');
  if (text === '') return { start: '', end: '' };
  const second = reader.raw(row, c.timeEnd);
  const window = parseTimeWindow(reader.raw(row, c.time), second) ?? parseTimeWindow(reader.raw(row, c.time));
  if (window) return window;
  const shown = reader.text(row, c.timeEnd) === '' ? text : `${text} / ${reader.text(row, c.timeEnd)}`;
  reader.report(msg.badTime(reader.sheet, reader.at(row, c.time), shown));
  return { start: '', end: '' };
}

function readCount(reader: SheetReader, row: TableRow, col: number, header: string, fallback: number, minimum: number): number {
  const text = reader.text(row, col);
  if (text === '') return fallback;
  const count = parseCount(reader.raw(row, col));
  if (count !== null && count >= minimum) return count;
  reader.report(msg.badCount(reader.sheet, reader.at(row, col), header, text, minimum));
  return fallback;
}

function readYesNo(reader: SheetReader, row: TableRow, col: number, header: string): boolean {
  return reader.choice(row, col, header, YES_NO_CHOICES, '否') === '是';
}

function readPlatform(reader: SheetReader, row: TableRow, col: number): string {
  if (reader.compact(row, col) === '其他') return '其他平台';
  return reader.choice(row, col, '平台', PLATFORM_CHOICES, DEFAULT_PLATFORM) ?? DEFAULT_PLATFORM;
}

function readFilter(reader: SheetReader, row: TableRow, col: number, context: PlanContext): Pick<PlanTask, 'filter' | 'filterText'> {
  const filterText = reader.text(row, col);
  const { conditions, faults } = parseFilter(reader.raw(row, col), context.objectColumns);
  const cell = reader.at(row, col);
  for (const fault of faults) {
    if (fault.kind === 'unknownColumn') {
      reader.report(msg.filterUnknownColumn(reader.sheet, cell, fault.column, [...(context.objectColumns ?? []), '标签']));
    } else if (fault.kind === 'severalTags') {
      reader.report(msg.filterSeveralTags(reader.sheet, cell, fault.part));
    } else {
      reader.report(msg.badFilter(reader.sheet, cell, fault.part));
    }
  }
  for (const condition of conditions) {
    if (condition.kind === 'equals' && condition.column === '分类标签') {
      reader.report(msg.filterWholeTagCell(reader.sheet, cell, condition.values));
    }
  }
  return { filter: conditions, filterText };
}

function readGradeRatios(reader: SheetReader, row: TableRow, col: number): Pick<PlanTask, 'gradeRatios' | 'gradeRatiosText'> {
  const gradeRatiosText = reader.text(row, col);
  if (gradeRatiosText === '') return { gradeRatios: null, gradeRatiosText };
  const gradeRatios = parseGradeRatios(gradeRatiosText);
  if (gradeRatios === null) reader.report(msg.badGradeRatios(reader.sheet, reader.at(row, col), gradeRatiosText));
  return { gradeRatios, gradeRatiosText };
}

/** 发起部门 and 联合部门 (canonical); a joint department equal to the initiator is dropped with a warning. */
function readDepartments(reader: SheetReader, row: TableRow, c: PlanColumns, context: PlanContext): Pick<PlanTask, 'initiator' | 'joint'> {
  const initiator = context.canonical(reader.required(row, c.initiator, '发起部门', true));
  const joint = parseDepartmentList(reader.raw(row, c.joint), context.canonical, context.knownDepartments).filter((name) => {
    if (name !== initiator) return true;
    reader.report(msg.jointIsInitiator(reader.sheet, reader.at(row, c.joint), name));
    return false;
  });
  return { initiator, joint };
}

function readTask(reader: SheetReader, row: TableRow, c: PlanColumns, context: PlanContext, taskId: string, above?: PlanTask): PlanTask {
  // A 抽查计划编号 / 名称 merged down over several task rows shows only in the first of them.
  const planId = reader.compact(row, c.planId) || above?.planId || reader.required(row, c.planId, '抽查计划编号', true);
  const planName = joinLines(reader.text(row, c.planName)) || above?.planName || '';
  const taskType = reader.required(row, c.taskType, '抽查类型', true) === '' ? null : reader.choice(row, c.taskType, '抽查类型', TYPES, '');
  const task: PlanTask = {
    row: row.row, planId, planName, taskId,
    taskName: joinLines(reader.required(row, c.taskName, '抽查任务名称')),
    taskType: (taskType || '不定向') as PlanTask['taskType'],
    ratioBp: readRatio(reader, row, c.ratio),
    itemsText: reader.text(row, c.items),
    scope: reader.compact(row, c.scope),
    ...readDepartments(reader, row, c, context),
    ...readTime(reader, row, c),
    itemIds: parseIdList(reader.raw(row, c.itemIds)),
    ...readFilter(reader, row, c.filter, context),
    ...readGradeRatios(reader, row, c.gradeRatios),
    // 0 is allowed (SPEC §3.5 puts no lower bound on k): a task inspected by experts alone.
    perDepartment: readCount(reader, row, c.perDepartment, '每部门检查人数', DEFAULT_PER_DEPARTMENT, 0),
    experts: readCount(reader, row, c.experts, '专家人数', 0, 0),
    platform: readPlatform(reader, row, c.platform),
    provincial: readYesNo(reader, row, c.provincial, '省级分派'),
    allowRepeat: readYesNo(reader, row, c.allowRepeat, '允许重复抽取'),
  };
  if (taskType === '定向' && task.scope === '' && task.filterText === '') {
    reader.report(msg.targetedWithoutScope(reader.sheet, reader.at(row, c.scope >= 0 ? c.scope : c.filter)));
  }
  if (task.perDepartment === 0 && task.experts === 0) reader.report(msg.nobodyToInspect(reader.sheet, reader.at(row, c.perDepartment)));
  return task;
}

/**
 * 年度抽查计划 → tasks in sheet order, or null when the sheet has no header row. Rows holding no
 * task are skipped; a task without 抽查任务编号 or repeating one is reported and left out.
 */
export function parsePlanSheet(sheet: string, values: SheetValues, problems: Problem[], context: PlanContext): PlanSheet | null {
  const header = locatePlanHeader(values);
  if (!header) {
    problems.push(msg.noPlanHeader(sheet, PLAN_KEY_HEADER));
    return null;
  }
  const reader = new SheetReader(readTable(sheet, header.values, { headerRow: header.headerRow }), problems);
  reader.checkColumns(PLAN_COLUMNS);
  const c = planColumns(reader);
  const ids = new UniqueIds();
  const tasks: PlanTask[] = [];
  for (const row of reader.table.rows) {
    if (holdsNoTask(reader, row, c)) continue;
    const taskId = reader.required(row, c.taskId, PLAN_KEY_HEADER, true);
    if (taskId === '') continue;
    checkIdentifier(reader, row, c.taskId, PLAN_KEY_HEADER, taskId);
    const firstRow = ids.seen(taskId, row.row);
    if (firstRow !== undefined) {
      reader.report(msg.duplicateId(sheet, reader.at(row, c.taskId), PLAN_KEY_HEADER, taskId, firstRow));
      const first = tasks.find((task) => task.row === firstRow);
      if (first) (first.repeatedOnRows ??= []).push(row.row);
      continue;
    }
    tasks.push(readTask(reader, row, c, context, taskId, tasks[tasks.length - 1]));
  }
  return { tasks, reader, columns: c };
}
