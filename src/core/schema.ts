// SPEC §2: the sheets, their columns and the fixed choices. The single source for every reader and writer.

export const SHEETS = {
  objects: '检查对象名录库',
  inspectors: '执法检查人员名录库',
  avoidance: '回避关系',
  departments: '部门名录',
  items: '抽查事项清单',
  plan: '年度抽查计划',
  results: '抽查结果',
  log: '抽取日志',
  snapshot: '抽取快照',
  annex1: '附件1',
  annex2: '附件2',
  ledger: '工作台账',
  holidays: '节假日',
} as const;

export type ColumnFormat = 'text' | 'date' | 'datetime' | 'integer' | 'general';

export interface ColumnDef {
  header: string;
  required?: boolean;
  format?: ColumnFormat;
  /** Fixed choices: drop-down validation in the template, checked on read. */
  choices?: readonly string[];
  width?: number;
}

export const OBJECT_TYPES = ['企业', '个体工商户', '农民专业合作社', '工程项目', '其他'] as const;
/** 对象类型 that are market entities (涉及企业) and carry a 统一社会信用代码. */
export const MARKET_ENTITY_TYPES: readonly string[] = ['企业', '个体工商户', '农民专业合作社'];
export const CREDIT_GRADES = ['A', 'B', 'C', 'D'] as const;
export const UNGRADED = '未分级';
export const ACTIVE_STATUSES: readonly string[] = ['存续', '在营'];
export const INACTIVE_STATUSES: readonly string[] = ['注销', '吊销', '撤销', '迁出', '停业'];
export const OBJECT_STATUSES = [...ACTIVE_STATUSES, ...INACTIVE_STATUSES];
export const INSPECTOR_CATEGORIES = ['执法人员', '专家', '第三方机构'] as const;
export const DUTY_STATUSES = ['在岗', '休假', '调离', '停职'] as const;
export const TASK_TYPES = ['定向', '不定向'] as const;
export const ITEM_CATEGORIES = ['一般', '重点'] as const;
export const YES_NO = ['是', '否'] as const;
export const PLATFORMS = ['河北双随机执法监管平台', '其他平台'] as const;
export const DEFAULT_PLATFORM = '河北双随机执法监管平台';
export const EXPERT_DEPARTMENT = '专家';
/** Excel keeps at most this many characters in a cell; text for the log must fit. */
export const EXCEL_CELL_MAX_CHARS = 32_767;
export const LEDGER_CATEGORIES = ['会议', '文件', '培训'] as const;
export const HOLIDAY_TYPES = ['休', '班'] as const;

/** SPEC §4 检查结果; the second to the seventh count as 发现问题. */
export const INSPECTION_RESULTS = [
  '未发现问题',
  '未按规定公示应当公示的信息',
  '公示信息隐瞒真实情况弄虚作假',
  '通过登记的住所（经营场所）无法联系',
  '发现问题已责令改正',
  '发现问题待后续处理',
  '不配合检查情节严重',
  '未发现开展本次抽查涉及的经营活动',
  '已关闭停业或正在组织清算',
  '迁移、注销等其他情况',
] as const;
export const PROBLEM_RESULTS: readonly string[] = INSPECTION_RESULTS.slice(1, 7);

export const FOLLOW_UPS = [
  '无需后续处置',
  '责令改正',
  '移送办案机构',
  '抄告相关部门',
  '移送司法机关',
  '列入经营异常名录',
  '纳入信用记录实施联合惩戒',
  '其他',
] as const;

/** Built-in department aliases (SPEC §2 部门名录), canonical name → aliases. */
export const BUILTIN_DEPARTMENT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  交通运输局: ['交通局', '县交通运输局'],
  市场监管局: ['市场监管', '市场监督管理局'],
};

export const OBJECT_COLUMNS: readonly ColumnDef[] = [
  { header: '对象编号', required: true, format: 'text', width: 22 },
  { header: '对象名称', required: true, width: 30 },
  { header: '对象类型', required: true, choices: OBJECT_TYPES, width: 14 },
  { header: '行业类别', width: 14 },
  { header: '所属区域', width: 12 },
  { header: '管辖单位', width: 16 },
  { header: '信用风险等级', choices: CREDIT_GRADES, width: 12 },
  { header: '经营状态', choices: OBJECT_STATUSES, width: 10 },
  { header: '分类标签', width: 24 },
];

export const INSPECTOR_COLUMNS: readonly ColumnDef[] = [
  { header: '人员编号', required: true, format: 'text', width: 12 },
  { header: '姓名', required: true, width: 10 },
  { header: '所属部门', required: true, width: 14 },
  { header: '科室', width: 16 },
  { header: '人员类别', choices: INSPECTOR_CATEGORIES, width: 12 },
  { header: '执法证号', format: 'text', width: 18 },
  { header: '执法证有效期至', format: 'date', width: 14 },
  { header: '专业标签', width: 20 },
  { header: '在岗状态', choices: DUTY_STATUSES, width: 10 },
  { header: '回避对象编号', width: 24 },
  { header: '联系电话', format: 'text', width: 14 },
];

export const AVOIDANCE_COLUMNS: readonly ColumnDef[] = [
  { header: '人员编号', required: true, format: 'text', width: 12 },
  { header: '对象编号', required: true, format: 'text', width: 22 },
  { header: '回避原因', width: 30 },
];

export const DEPARTMENT_COLUMNS: readonly ColumnDef[] = [
  { header: '部门名称', required: true, width: 16 },
  { header: '别名', width: 30 },
];

export const ITEM_COLUMNS: readonly ColumnDef[] = [
  { header: '事项编号', required: true, format: 'text', width: 12 },
  { header: '所属部门', required: true, width: 14 },
  { header: '检查大项', required: true, width: 24 },
  { header: '检查小项', required: true, width: 30 },
  { header: '事项类别', choices: ITEM_CATEGORIES, width: 10 },
  { header: '检查方式', width: 14 },
  { header: '抽查依据', width: 30 },
];

/** Annex 3 columns, then the machine columns to the right (SPEC §2 年度抽查计划). */
export const PLAN_COLUMNS: readonly ColumnDef[] = [
  { header: '抽查计划编号', required: true, format: 'text', width: 12 },
  { header: '抽查计划名称', width: 16 },
  { header: '抽查任务编号', required: true, format: 'text', width: 10 },
  { header: '抽查任务名称', required: true, width: 20 },
  { header: '抽查类型', required: true, choices: TASK_TYPES, width: 8 },
  { header: '抽查比例', required: true, width: 10 },
  { header: '抽查事项', width: 30 },
  { header: '抽查对象范围', width: 14 },
  { header: '发起部门', required: true, width: 12 },
  { header: '联合部门', width: 12 },
  { header: '抽查时间', required: true, width: 14 },
  { header: '事项编号', width: 14 },
  { header: '对象筛选', width: 20 },
  { header: '信用分级比例', width: 22 },
  { header: '每部门检查人数', format: 'integer', width: 10 },
  { header: '专家人数', format: 'integer', width: 8 },
  { header: '平台', choices: PLATFORMS, width: 20 },
  { header: '省级分派', choices: YES_NO, width: 8 },
  { header: '允许重复抽取', choices: YES_NO, width: 8 },
];
export const PLAN_TITLE = '2024年清河县交通运输局“双随机、一公开”抽查工作计划';

export const RESULT_DRAW_COLUMNS: readonly ColumnDef[] = [
  { header: '抽取编号', format: 'text', width: 12 },
  { header: '任务编号', format: 'text', width: 10 },
  { header: '任务名称', width: 24 },
  { header: '序号', format: 'integer', width: 6 },
  { header: '对象编号', format: 'text', width: 22 },
  { header: '对象名称', width: 28 },
  { header: '对象类型', width: 12 },
  { header: '信用风险等级', width: 10 },
  { header: '检查部门', width: 20 },
  { header: '检查人员', width: 20 },
  { header: '人员编号', format: 'text', width: 20 },
];
export const RESULT_CLERK_COLUMNS: readonly ColumnDef[] = [
  { header: '检查日期', format: 'date', width: 12 },
  { header: '检查结果', choices: INSPECTION_RESULTS, width: 26 },
  { header: '后续处置', choices: FOLLOW_UPS, width: 18 },
  { header: '处置完结', choices: YES_NO, width: 8 },
  { header: '完结日期', format: 'date', width: 12 },
  { header: '公示日期', format: 'date', width: 12 },
  { header: '备注', width: 24 },
];
export const RESULT_COLUMNS: readonly ColumnDef[] = [...RESULT_DRAW_COLUMNS, ...RESULT_CLERK_COLUMNS];

export const LOG_COLUMNS: readonly ColumnDef[] = [
  { header: '序号', format: 'integer', width: 6 },
  { header: '时间', format: 'text', width: 26 },
  { header: '操作人', width: 10 },
  { header: '抽取编号', format: 'text', width: 12 },
  { header: '任务编号', format: 'text', width: 10 },
  { header: '算法', format: 'text', width: 12 },
  { header: '种子来源', width: 10 },
  { header: '见证号码', format: 'text', width: 30 },
  { header: '种子', format: 'text', width: 66 },
  { header: '对象快照哈希', format: 'text', width: 66 },
  { header: '人员快照哈希', format: 'text', width: 66 },
  { header: '回避快照哈希', format: 'text', width: 66 },
  { header: '参数', format: 'text', width: 40 },
  { header: '合格对象数', format: 'integer', width: 10 },
  { header: '抽取户数', format: 'integer', width: 10 },
  { header: '结果哈希', format: 'text', width: 66 },
  { header: '状态', choices: ['有效', '失败', '作废'], width: 8 },
  { header: '说明', width: 40 },
  { header: '上一条哈希', format: 'text', width: 66 },
  { header: '本条哈希', format: 'text', width: 66 },
];

/**
 * Hidden and machine-written, often 100,000 rows a draw: no number formats, since a per-cell style
 * is costly to save and IDs written as strings stay text (the Office adapter marks convertible ones).
 */
export const SNAPSHOT_COLUMNS: readonly ColumnDef[] = [
  { header: '抽取编号', width: 12 },
  { header: '类别', width: 6 },
  { header: '编号', width: 22 },
  { header: '分层', width: 8 },
  { header: '部门', width: 12 },
  { header: '人员类别', width: 10 },
  { header: '回避对象编号', width: 22 },
];

export const LEDGER_COLUMNS: readonly ColumnDef[] = [
  { header: '日期', format: 'date', width: 12 },
  { header: '类别', choices: LEDGER_CATEGORIES, width: 8 },
  { header: '名称', width: 30 },
  { header: '文号', width: 20 },
  { header: '人数', format: 'integer', width: 8 },
  { header: '内容', width: 40 },
];

export const HOLIDAY_COLUMNS: readonly ColumnDef[] = [
  { header: '日期', format: 'date', width: 12 },
  { header: '类型', choices: HOLIDAY_TYPES, width: 8 },
];

/** The plain tabular sheets with a header in row 1 (the plan and the annexes have layouts of their own). */
export const TABLE_SHEETS: ReadonlyArray<{ name: string; columns: readonly ColumnDef[]; hidden?: boolean }> = [
  { name: SHEETS.items, columns: ITEM_COLUMNS },
  { name: SHEETS.objects, columns: OBJECT_COLUMNS },
  { name: SHEETS.inspectors, columns: INSPECTOR_COLUMNS },
  { name: SHEETS.avoidance, columns: AVOIDANCE_COLUMNS },
  { name: SHEETS.departments, columns: DEPARTMENT_COLUMNS },
  { name: SHEETS.results, columns: RESULT_COLUMNS },
  { name: SHEETS.log, columns: LOG_COLUMNS },
  { name: SHEETS.snapshot, columns: SNAPSHOT_COLUMNS, hidden: true },
  { name: SHEETS.ledger, columns: LEDGER_COLUMNS },
  { name: SHEETS.holidays, columns: HOLIDAY_COLUMNS },
];
