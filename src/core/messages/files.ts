// Chinese texts about the workbook file itself: a file whose parts are damaged.

export const fileMessages = {
  sheetDamaged: (file: string, sheet: string): string =>
    `“${file}”已损坏：工作表“${sheet}”的内容不完整（文件在复制或保存时可能被截断），未读取。请用备份替换，或在 Excel 中打开并修复后另存。`,
  partDamaged: (file: string, part: string): string =>
    `“${file}”已损坏：其中的 ${part} 不完整（文件在复制或保存时可能被截断），未读取。请用备份替换，或在 Excel 中打开并修复后另存。`,
} as const;
