// The parsed workbook: what the rules work on once the sheets have been read and checked (SPEC §2).

export type Grade = 'A' | 'B' | 'C' | 'D';
/** A stratum name (SPEC §3.3): a grade, 未分级, or 全部 when the task has no 信用分级比例. */
export type Stratum = Grade | '未分级' | '全部';

/** 1-based Excel row where a record stands, so later checks can name its cells. */
export interface SourceRow {
  row: number;
}

export interface InspectionObject extends SourceRow {
  id: string;
  name: string;
  type: string;
  industry: string;
  region: string;
  jurisdiction: string;
  /** '' = 未分级. */
  grade: Grade | '';
  status: string;
  active: boolean;
  tags: string[];
  /** Every column by normalised header (headerKey) → normalised text, for 对象筛选. */
  fields: Record<string, string>;
}

export type InspectorCategory = '执法人员' | '专家' | '第三方机构';

export interface Inspector extends SourceRow {
  id: string;
  name: string;
  /** Canonical department name (after alias normalisation). */
  department: string;
  section: string;
  category: InspectorCategory;
  certificateNo: string;
  /** ISO date YYYY-MM-DD, or null when missing/unreadable (an error for 执法人员). */
  certificateExpiry: string | null;
  tags: string[];
  dutyStatus: string;
  onDuty: boolean;
  /** From the 回避对象编号 column only; the 回避关系 sheet is in WorkbookData.avoidance. */
  avoidObjectIds: string[];
  phone: string;
}

export interface AvoidancePair extends SourceRow {
  inspectorId: string;
  objectId: string;
  reason: string;
}

export interface InspectionItem extends SourceRow {
  id: string;
  department: string;
  major: string;
  minor: string;
  category: string;
  method: string;
  basis: string;
}

/** One condition of 对象筛选: `列名=值1|值2`, `列名~文本`, `标签=X`. */
export type FilterCondition =
  | { kind: 'equals'; column: string; values: string[] }
  | { kind: 'contains'; column: string; text: string }
  | { kind: 'tag'; tag: string };

export interface PlanTask extends SourceRow {
  planId: string;
  planName: string;
  taskId: string;
  taskName: string;
  taskType: '定向' | '不定向';
  /** 抽查比例 in basis points (不低于10% → 1000). */
  ratioBp: number;
  itemsText: string;
  scope: string;
  /** Canonical department names. */
  initiator: string;
  joint: string[];
  /** ISO dates, first and last day of 抽查时间. */
  start: string;
  end: string;
  itemIds: string[];
  filterText: string;
  filter: FilterCondition[];
  /** 信用分级比例 as given, grade → bp; null when the row gives none (one stratum 全部). */
  gradeRatios: Partial<Record<Grade, number>> | null;
  gradeRatiosText: string;
  perDepartment: number;
  experts: number;
  platform: string;
  provincial: boolean;
  allowRepeat: boolean;
  /** Later plan rows repeating this 抽查任务编号 (reported there); a draw of the task waits for the fix. */
  repeatedOnRows?: number[];
}

export interface LedgerEntry extends SourceRow {
  date: string;
  category: string;
  name: string;
  docNo: string;
  people: number | null;
  content: string;
}

export interface HolidayEntry extends SourceRow {
  date: string;
  type: '休' | '班';
}

/** Department canonicalisation: alias (normalised) → canonical name. */
export type DepartmentAliases = Map<string, string>;

export interface WorkbookData {
  objects: InspectionObject[];
  inspectors: Inspector[];
  avoidance: AvoidancePair[];
  departments: DepartmentAliases;
  items: InspectionItem[];
  tasks: PlanTask[];
  ledger: LedgerEntry[];
  holidays: HolidayEntry[];
}
