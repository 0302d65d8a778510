// Chinese messages of the Excel (Office.js) workbook adapter. The checks before the first write say that
// nothing was written; a write Excel refused partway says what was taken back (or what is left to take back).
import { error, warning, type Problem } from './problem';

/** What Excel means by its error codes (Excel.ErrorCodes), in the clerk's words. */
const EXCEL_REFUSALS: Record<string, string> = {
  AccessDenied: '工作表或工作簿受保护，Excel 拒绝写入。请在“审阅”选项卡撤消工作表保护（或工作簿保护）后重试。',
  InvalidOperationInCellEditMode: '有单元格正处于编辑状态，Excel 拒绝写入。请先按 Enter 或 Esc 结束编辑后重试。',
  UndoNotSupported: '此版本 Excel 不能把这一步并入一次撤消，拒绝了写入。请更新 Excel 后重试，或告知维护人员。',
  ApiNotFound: '此版本 Excel 不支持本操作需要的功能。请升级到 Microsoft 365 或 Office 2021 及以上版本，或改用 Excel 网页版。',
  ItemNotFound: '要写入的工作表或表格已不存在（可能刚被重命名或删除）。请检查工作表后重试。',
  ItemAlreadyExists: '同名的工作表或表格已存在。请检查工作表名称后重试。',
  InsertDeleteConflict: '写入位置与已有的表格、合并单元格或数组公式冲突。请检查该工作表下方是否有其他内容。',
  InvalidOperation: 'Excel 不允许这一步操作（可能与合并单元格、表格或工作表保护冲突）。',
  InvalidArgument: 'Excel 拒绝了写入的数据（参数无效）。',
  Conflict: '工作簿正被其他人同时编辑，写入发生冲突。请稍后重试。',
  ActivityLimitReached: 'Excel 暂时拒绝了请求（操作过于频繁）。请稍等片刻后重试。',
  ServiceNotAvailable: 'Excel 服务暂时不可用。请稍后重试。',
  Unauthenticated: 'Excel 要求重新登录。请登录后重试。',
  RangeExceedsLimit: '一次读写的单元格超过了 Excel 的上限。请缩小数据后重试。',
  Timeout: 'Excel 处理超时。请稍后重试。',
  GeneralException: 'Excel 内部错误。',
};

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
  payloadTooLarge(sheet?: string): Problem {
    return error(
      'office.payload-too-large',
      '一行数据已超过 Excel 网页版单次请求的大小上限（5 MB），无法再拆分写入或读取。请缩短该工作表中过长的单元格内容后重试。',
      sheet,
    );
  },
  sheetProtected(sheet: string): Problem {
    return error(
      'office.sheet-protected',
      `工作表“${sheet}”受保护，本次没有写入任何内容。请在“审阅”选项卡点击“撤消工作表保护”后重试。`,
      sheet,
    );
  },
  workbookProtected(): Problem {
    return error(
      'office.workbook-protected',
      '工作簿结构受保护，不能新建或隐藏工作表，本次没有写入任何内容。请在“审阅”选项卡取消“保护工作簿”后重试。',
    );
  },
  /** Excel's own refusal, by its error code; the code stays in the text for whoever maintains the add-in. */
  excelRefused(code: string | undefined, detail: string): Problem {
    const known = code ? EXCEL_REFUSALS[code] : undefined;
    const text = known ?? `Excel 拒绝了本次操作：${detail}`;
    return error(`office.excel.${code ?? 'unknown'}`, code ? `${text}（Excel 错误代码 ${code}）` : text);
  },
  rolledBack(): Problem {
    return error('office.rolled-back', 'Excel 中途拒绝了写入；本次已写入的内容已全部撤回，工作簿与操作前相同。');
  },
  repairPending(places: string): Problem {
    return error(
      'office.repair-pending',
      `Excel 中途拒绝了写入，撤回也未能完成：${places} 仍留有本次未完成的写入。本加载项下次读写工作簿（例如点“核验”）时会先自动撤回；也可以按 Ctrl+Z 撤消。`,
    );
  },
  hostTooOld(): Problem {
    return error(
      'office.host-too-old',
      '此版本 Excel 不支持本加载项需要的 ExcelApi 1.7（读写工作表），请升级到 Office 2019 或更高版本、Microsoft 365，或改用 Excel 网页版。',
    );
  },
  /** A requirement set the host lacks, with what the add-in does instead. */
  featureMissing(feature: string, set: string, upgrade: string, instead: string): Problem {
    return warning('office.feature-missing', `此版本 Excel 不支持${feature}（ExcelApi ${set}），请升级到${upgrade}。在此之前：${instead}`);
  },
  officeNotLoaded(): Problem {
    return error('office.not-loaded', '没有检测到 Excel（Office.js 未加载），请在 Excel 中打开本加载项。');
  },
};

/**
 * Said in the pane after a draw or a 作废 (point 8 of issue 15): Excel's undo can take a written draw away,
 * and the workbook keeps no trace of it; only hashes recorded outside the workbook show it.
 */
export const officeNotices = {
  /** Title of the pane's start banner listing what this Excel lacks. */
  hostLimitsTitle: '此版本 Excel 的功能限制',
  undoLeavesNoTrace(oneUndoStep: boolean): string {
    const how = oneUndoStep
      ? '在 Excel 中按一次 Ctrl+Z 就能撤消刚才写入的全部行（抽查结果、抽取快照、抽取日志一起撤消）'
      : '在 Excel 中连按几次 Ctrl+Z 就能逐批撤消刚才写入的行';
    return `${how}；撤消后，工作簿中不留任何痕迹。是否抽取过、抽到了谁，以签字留存或公布的本条哈希为准：请把本条哈希抄录在纸质记录上或公布。`;
  },
};
