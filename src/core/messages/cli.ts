// Chinese texts of the `ssj` command line and of the .xlsx file adapter (opening, saving, writing sheets).
import { error, type Problem } from './problem';

export const CLI_NAME = 'ssj';

export const cliMessages = {
  usageHeader: '双随机抽查助手命令行（“双随机、一公开”抽查）\n\n用法：ssj <命令> [参数]\n\n命令：',
  usageFooter: '\n每个命令加 --help 查看其参数。退出码：0 成功，1 发现错误，2 无法执行（文件无法读取、参数有误）。',
  unknownCommand: (name: string): string => `未知命令“${name}”。运行 ssj --help 查看可用命令。`,
  unknownOption: (option: string): string => `未知参数“${option}”。`,
  optionNeedsValue: (option: string): string => `参数 ${option} 需要一个值。`,
  optionRepeated: (option: string): string => `参数 ${option} 给了不止一次，只能给一次。`,
  notXlsxName: (file: string, option?: string): string =>
    `${option ? `${option} ` : ''}“${file}”不是 .xlsx 文件名：工作簿只能保存为 .xlsx 文件。`,
  outExists: (file: string): Problem =>
    error('cli.out-exists', `文件“${file}”已存在，未做任何改动。如确需用本次结果覆盖它，请加 --force。`),
  usageProblem: (message: string): Problem => error('cli.usage', message),
  unexpectedProblem: (detail: string): Problem => error('cli.unexpected', `执行失败：${detail}`),
  missingFile: '请指定工作簿文件（.xlsx）。',
  tooManyArguments: (extra: string): string => `多余的参数“${extra}”。`,
  unexpectedFailure: (detail: string): string => `执行失败：${detail}`,

  voidUsage:
    '用法：ssj void <工作簿.xlsx> --draw <抽取编号> --reason "<原因>" --operator <操作人> [--out <另存为.xlsx>] [--force] [--json]\n' +
    '  --out    作废记录另存为新文件（默认原地更新；写入失败时原文件不变）\n' +
    '  --force  --out 指向的文件已存在时覆盖它',
  voidNeedDraw: '请用 --draw 指定要作废的抽取编号。',
  voidNeedReason: '请用 --reason 写明作废原因：作废记录要说明理由。',
  voidNeedOperator: '请用 --operator 指定操作人：抽取日志要记录由谁执行作废。',

  initSummary: '新建抽查工作簿模板（名录库、抽查计划、结果与日志、附件1/附件2）。',
  initUsage:
    '用法：ssj init <输出文件.xlsx> [--sample] [--force]\n' +
    '  --sample  填入示例数据（清河县交通运输局 2024 年计划）\n' +
    '  --force   覆盖已存在的文件',
  initRefuseOverwrite: (file: string): string => `文件“${file}”已存在，未做任何改动。如确需覆盖，请加 --force。`,
  initDone: (file: string, sheets: number): string => `已生成 ${file}（${sheets} 个工作表）。`,
  initDoneSample: '已填入示例数据，可直接运行 ssj validate 检查。',

  validateSummary: '检查工作簿：名录库、抽查事项、年度抽查计划是否完整、正确（只读，不修改文件）。',
  validateUsage: '用法：ssj validate <工作簿.xlsx> [--json]\n  --json  以 JSON 输出检查结果',
  severityError: '错误',
  severityWarning: '警告',
  validateCounts: (c: {
    objects: number; activeObjects: number; inspectors: number; eligibleInspectors: number;
    items: number; tasks: number; avoidancePairs: number;
  }): string =>
    `检查对象 ${c.objects} 户（存续或在营 ${c.activeObjects} 户），检查人员 ${c.inspectors} 人（今日在岗且执法证有效 ${c.eligibleInspectors} 人），` +
    `抽查事项 ${c.items} 项，抽查任务 ${c.tasks} 个，回避关系 ${c.avoidancePairs} 条。`,
  validateTasks: (tasks: ReadonlyArray<{ taskId: string; taskName: string }>): string =>
    `年度抽查计划中的任务（ssj draw --task 任务编号）：\n${tasks.map((t) => `  ${t.taskId}  ${t.taskName}`).join('\n')}`,
  /** entryErrors: those of errors in the clerk's 抽查结果 entries, which do not stop a draw. */
  validateResult: (errors: number, warnings: number, entryErrors = 0): string =>
    errors === 0 && warnings === 0
      ? '检查通过：没有发现错误或警告。'
      : `共 ${errors} 个错误、${warnings} 个警告。${
          errors > entryErrors
            ? `请先修正${entryErrors > 0 ? '名录库和抽查计划中的' : ''}错误，再进行抽取。`
            : errors > 0
              ? '错误都在抽查结果的填写中：不影响抽取，但请改正后再统计和公示。'
              : '没有错误。抽取前请逐条核对以上警告：有的警告表示抽取会失败。'
        }${entryErrors > 0 && errors > entryErrors ? `其中 ${entryErrors} 个在抽查结果的填写中，不影响抽取，但统计和公示前须改正。` : ''}`,

  fileNotFound: (file: string): string => `找不到文件“${file}”。`,
  fileIsDirectory: (file: string): string => `“${file}”是一个文件夹，不是工作簿文件。`,
  fileUnreadable: (file: string): string =>
    `无法读取“${file}”：它不是有效的 .xlsx 工作簿（可能已损坏、已加密，或是 .xls 等其他格式）。请在 Excel 中另存为 .xlsx 后重试。`,
  fileAccessDenied: (file: string): string => `没有权限读取或写入“${file}”。`,
  fileBusy: (file: string): string => `“${file}”正被其他程序占用（例如在 Excel 中打开），请关闭后重试。`,
  fileWriteFailed: (file: string, detail: string): string => `无法保存“${file}”：${detail}。原文件未被改动。`,
  directoryMissing: (dir: string): string => `文件夹“${dir}”不存在。`,
  fileChangedMeanwhile: (file: string): string =>
    `“${file}”在本次操作期间被其他程序改动过，为免覆盖那些改动，未写入任何内容。请关闭其他程序后重新操作。`,
} as const;

export const workbookMessages = {
  unreadable: (): Problem =>
    error('workbook.unreadable', '不是有效的 .xlsx 工作簿（可能已损坏、已加密，或是 .xls 等其他格式）。'),
  sheetMissing: (sheet: string): Problem =>
    error('workbook.sheet-missing', `工作表“${sheet}”不存在，无法写入。`, sheet),
  badSheetName: (sheet: string): Problem =>
    error('workbook.sheet-name', `工作表名称“${sheet}”不可用：最多 31 个字符，且不能含 : \\ / ? * [ ]。`),
  badAddress: (sheet: string, address: string): Problem =>
    error('workbook.address', `单元格地址“${address}”无效。`, sheet),
  overlappingMerge: (sheet: string, range: string): Problem =>
    error('workbook.merge', `合并区域 ${range} 与其他合并区域重叠。`, sheet),
  badValue: (sheet: string, detail: string): Problem =>
    error('workbook.value', `无法写入的值：${detail}。`, sheet),
  choicesTooLong: (sheet: string, header: string): Problem =>
    error('workbook.choices', `“${header}”列的下拉选项合计超过 255 个字符，Excel 无法保存。`, sheet),
  choiceWithComma: (sheet: string, header: string, choice: string): Problem =>
    error('workbook.choices', `“${header}”列的下拉选项“${choice}”含有英文逗号，Excel 会把它拆成两项。`, sheet),
  lastVisibleSheet: (sheet: string): Problem =>
    error('workbook.hide-last', `不能隐藏“${sheet}”：工作簿至少要有一个可见的工作表。`, sheet),
} as const;

/** Texts the adapter writes into the workbook itself. */
export const workbookTexts = {
  dropDownErrorTitle: '输入有误',
  totalsRowLabel: '汇总',
  dropDownError: (header: string): string => `“${header}”请从下拉列表中选择。`,
} as const;
