// Chinese messages of reading the registries, the plan and the clerk's sheets (SPEC §2).
// Every builder returns a Problem with a stable code; the place (sheet!cell) is printed before the text.
import { error, warning, type Problem } from './problem';

const list = (values: readonly string[]): string => values.join('、');

export const registryMessages = {
  // Sheets and columns
  missingSheet: (sheet: string): Problem =>
    error('registry.missing-sheet', `缺少工作表“${sheet}”：请用“创建模板”补上，或把工作表改回这个名字。`, sheet),
  missingItemsSheet: (sheet: string): Problem =>
    warning('registry.missing-items-sheet', `缺少工作表“${sheet}”：不影响抽取，但月报表附件2要从中统计检查事项。`, sheet),
  noPlanHeader: (sheet: string, header: string): Problem =>
    error('plan.no-header', `找不到表头行：应有一行的某个单元格为“${header}”。`, sheet, 'A1'),
  missingColumn: (sheet: string, cell: string, header: string): Problem =>
    error('registry.missing-column', `缺少必填列“${header}”：请在表头行补上这一列。`, sheet, cell),
  repeatedColumn: (sheet: string, cell: string, header: string, firstColumn: string): Problem =>
    warning('registry.repeated-column', `“${header}”列出现多次，只读取第一个（${firstColumn} 列）。`, sheet, cell),

  // Cells
  requiredCell: (sheet: string, cell: string, header: string): Problem =>
    error('registry.required-cell', `“${header}”不能为空。`, sheet, cell),
  badChoice: (sheet: string, cell: string, header: string, value: string, choices: readonly string[]): Problem =>
    error('registry.bad-choice', `“${header}”不能是“${value}”，应为：${list(choices)}。`, sheet, cell),
  duplicateId: (sheet: string, cell: string, header: string, id: string, firstRow: number): Problem =>
    error('registry.duplicate-id', `${header}“${id}”重复：第 ${firstRow} 行已有这个编号，本行未读入。`, sheet, cell),
  duplicateItemId: (sheet: string, cell: string, id: string, firstRow: number): Problem =>
    warning('registry.duplicate-item-id', `事项编号“${id}”与第 ${firstRow} 行重复：每个检查小项宜有自己的编号。`, sheet, cell),

  // 统一社会信用代码 (GB 32100-2015)
  creditCodeLength: (sheet: string, cell: string, code: string): Problem =>
    error('registry.credit-code-length', `统一社会信用代码“${code}”应为 18 位，这里是 ${code.length} 位。`, sheet, cell),
  creditCodeCharacters: (sheet: string, cell: string, code: string): Problem =>
    error(
      'registry.credit-code-characters',
      `统一社会信用代码“${code}”含不允许的字符：第 3–8 位须为数字，其余为数字或大写字母（不用 I、O、Z、S、V）。`,
      sheet, cell,
    ),
  creditCodeCheckDigit: (sheet: string, cell: string, code: string, expected: string): Problem =>
    error(
      'registry.credit-code-check-digit',
      `统一社会信用代码“${code}”校验位不对：按前 17 位算应为“${expected}”，请核对是否抄错。`,
      sheet, cell,
    ),

  // Inspectors
  certificateNoMissing: (sheet: string, cell: string): Problem =>
    error('registry.certificate-no-missing', '执法人员须填写执法证号（没有执法证的，人员类别应为专家或第三方机构）。', sheet, cell),
  certificateExpiryMissing: (sheet: string, cell: string): Problem =>
    error('registry.certificate-expiry-missing', '执法人员须填写执法证有效期至：无法确认证件有效的人员不能参加抽取。', sheet, cell),
  badDate: (sheet: string, cell: string, header: string, text: string): Problem =>
    error('registry.bad-date', `无法识别“${header}”的日期“${text}”：请写成 2025-12-31、2025年12月31日或 Excel 日期。`, sheet, cell),
  unusedBadDate: (sheet: string, cell: string, header: string, text: string): Problem =>
    warning('registry.bad-date-unused', `无法识别“${header}”的日期“${text}”（此人不是执法人员，抽取时不用这个日期）。`, sheet, cell),

  // Avoidance (回避)
  unknownAvoidObject: (sheet: string, cell: string, objectId: string): Problem =>
    warning(
      'registry.unknown-avoid-object',
      `对象编号“${objectId}”不在检查对象名录库中：若是笔误，这条回避不会生效，请核对。`,
      sheet, cell,
    ),
  unknownAvoidInspector: (sheet: string, cell: string, inspectorId: string): Problem =>
    warning(
      'registry.unknown-avoid-inspector',
      `人员编号“${inspectorId}”不在执法检查人员名录库中：若是笔误，这条回避不会生效，请核对。`,
      sheet, cell,
    ),

  // Departments (部门名录)
  aliasConflict: (sheet: string, cell: string, alias: string, first: string, second: string): Problem =>
    error('registry.alias-conflict', `别名“${alias}”已归入“${first}”，不能同时归入“${second}”。`, sheet, cell),

  // 年度抽查计划
  badRatio: (sheet: string, cell: string, text: string): Problem =>
    error('plan.bad-ratio', `无法识别抽查比例“${text}”：请写成“不低于10%”“10%”或“0.1”。`, sheet, cell),
  ratioOutOfRange: (sheet: string, cell: string, text: string): Problem =>
    error('plan.ratio-out-of-range', `抽查比例“${text}”应大于 0 且不超过 100%。`, sheet, cell),
  badTime: (sheet: string, cell: string, text: string): Problem =>
    error(
      'plan.bad-time',
      `无法识别抽查时间“${text}”：请写成“2024年6月至10月”“2024-06-01至2024-10-31”或前后两个日期，且开始不晚于结束。`,
      sheet, cell,
    ),
  targetedWithoutScope: (sheet: string, cell: string): Problem =>
    error('plan.targeted-without-scope', '定向抽查须填写抽查对象范围或对象筛选，否则无法确定抽查对象。', sheet, cell),
  badGradeRatios: (sheet: string, cell: string, text: string): Problem =>
    error(
      'plan.bad-grade-ratios',
      `无法识别信用分级比例“${text}”：请写成“A:5%;B:10%;C:30%;D:100%”，等级只能是 A、B、C、D，每级写一次。`,
      sheet, cell,
    ),
  badFilter: (sheet: string, cell: string, part: string): Problem =>
    error(
      'plan.bad-filter',
      `对象筛选“${part}”写法不对：应为“列名=值1|值2”“列名~文本”或“标签=X”，多个条件用“;”分隔。`,
      sheet, cell,
    ),
  filterUnknownColumn: (sheet: string, cell: string, column: string, known: readonly string[]): Problem =>
    error('plan.filter-unknown-column', `对象筛选中的“${column}”不是检查对象名录库的列名；可用的列：${list(known)}。`, sheet, cell),
  filterSeveralTags: (sheet: string, cell: string, part: string): Problem =>
    error(
      'plan.filter-several-tags',
      `对象筛选“${part}”：一个“标签=”条件只能写一个标签；要同时具有几个标签，请写成几个条件，用“;”分隔。`,
      sheet, cell,
    ),
  filterWholeTagCell: (sheet: string, cell: string, values: readonly string[]): Problem =>
    warning(
      'plan.filter-whole-tag-cell',
      `对象筛选“分类标签=${values.join('|')}”要求分类标签整格等于“${values.join('”或“')}”，` +
        `带有多个标签的对象不会入选；要筛选带有某个标签的对象，请写“标签=${values[0]}”。`,
      sheet, cell,
    ),
  badCount: (sheet: string, cell: string, header: string, text: string, minimum: number): Problem =>
    error('plan.bad-count', `“${header}”应为不小于 ${minimum} 的整数，不能是“${text}”。`, sheet, cell),
  nobodyToInspect: (sheet: string, cell: string): Problem =>
    error(
      'plan.nobody-to-inspect',
      '每部门检查人数和专家人数不能都是 0：抽中的对象总要有人去检查。只由专家检查时，请填写专家人数。',
      sheet, cell,
    ),
  departmentWithoutInspectors: (sheet: string, cell: string, department: string): Problem =>
    error(
      'plan.department-without-inspectors',
      `“${department}”在执法检查人员名录库中没有执法人员，无法为这个部门抽取检查人员（部门名称可在“部门名录”中设别名）。`,
      sheet, cell,
    ),
  departmentFewInspectors: (sheet: string, cell: string, department: string, onDuty: number, perDepartment: number): Problem =>
    warning(
      'plan.department-few-inspectors',
      `“${department}”只有 ${onDuty} 名在岗执法人员，少于每部门检查人数 ${perDepartment}，抽取会失败。`,
      sheet, cell,
    ),
  expertPoolSmall: (sheet: string, cell: string, available: number, wanted: number): Problem =>
    warning(
      'plan.expert-pool-small',
      `在岗的专家和第三方机构只有 ${available} 个，少于专家人数 ${wanted}，抽取会失败。`,
      sheet, cell,
    ),
  jointIsInitiator: (sheet: string, cell: string, department: string): Problem =>
    warning('plan.joint-is-initiator', `联合部门“${department}”就是发起部门，已忽略。`, sheet, cell),
  scopeMatchesNothing: (sheet: string, cell: string, scope: string): Problem =>
    warning(
      'plan.scope-matches-nothing',
      `检查对象名录库中没有分类标签为“${scope}”的在营（存续）对象：这项任务抽不到对象，请核对标签。`,
      sheet, cell,
    ),
  filterTagMatchesNothing: (sheet: string, cell: string, tag: string): Problem =>
    warning(
      'plan.filter-tag-matches-nothing',
      `对象筛选“标签=${tag}”：检查对象名录库中没有带这个分类标签的在营（存续）对象，这项任务抽不到对象，请核对标签。`,
      sheet, cell,
    ),
  unknownItem: (sheet: string, cell: string, itemId: string): Problem =>
    warning('plan.unknown-item', `事项编号“${itemId}”不在抽查事项清单中。`, sheet, cell),

  // 工作台账 and 节假日: clerk's sheets for reports; a bad row is skipped with a warning.
  ledgerBadDate: (sheet: string, cell: string, text: string): Problem =>
    warning('ledger.bad-date', `无法识别日期“${text}”，这一行不计入月报表。`, sheet, cell),
  ledgerBadCategory: (sheet: string, cell: string, text: string, choices: readonly string[]): Problem =>
    warning('ledger.bad-category', `类别“${text}”应为：${list(choices)}；这一行不计入月报表。`, sheet, cell),
  ledgerBadPeople: (sheet: string, cell: string, text: string): Problem =>
    warning('ledger.bad-people', `人数“${text}”应为不小于 0 的整数，按空白处理。`, sheet, cell),
  holidayBadDate: (sheet: string, cell: string, text: string): Problem =>
    warning('holiday.bad-date', `无法识别日期“${text}”，这一行不参与工作日计算。`, sheet, cell),
  holidayBadType: (sheet: string, cell: string, text: string, choices: readonly string[]): Problem =>
    warning('holiday.bad-type', `类型“${text}”应为：${list(choices)}；这一行不参与工作日计算。`, sheet, cell),
  holidayDuplicate: (sheet: string, cell: string, date: string, firstRow: number): Problem =>
    warning('holiday.duplicate-date', `日期 ${date} 在第 ${firstRow} 行已出现，本行不参与工作日计算。`, sheet, cell),
};
