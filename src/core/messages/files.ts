// Chinese texts about the workbook file itself: who else is writing it, whether it may be written,
// and a file whose parts are damaged.

export const fileMessages = {
  lockedByAnother: (file: string, pid: number | undefined, since: string | undefined, lock: string): string =>
    `另一个 ssj 命令正在写入这个工作簿“${file}”` +
    `${pid !== undefined ? `（进程 ${pid}${since ? `，${since} 开始` : ''}）` : ''}。` +
    `为免两次写入互相覆盖，本次未写入任何内容。请等它结束后重新操作。` +
    `如确认没有其他 ssj 命令在运行，可删除锁文件“${lock}”后重试。`,
  fileReadOnly: (file: string): string =>
    `“${file}”是只读文件（或你没有写入它的权限），未写入任何内容。请在文件属性中取消“只读”后重新操作。`,
  folderReadOnly: (dir: string): string =>
    `文件夹“${dir}”不允许写入（只读或没有权限），未写入任何内容。请换一个可写的文件夹，或请管理员开放写入权限。`,
  openInOffice: (file: string, owner: string): string =>
    `“${file}”正在 Excel、WPS 或 LibreOffice 中打开（旁边有它的占用文件“${owner}”）。` +
    `那边保存时会覆盖本次写入的内容，所以未写入任何内容。请先在 Excel 中关闭这个工作簿，再重新操作。` +
    `如果工作簿确实没有打开，可删除“${owner}”后重试。`,
  sheetDamaged: (file: string, sheet: string): string =>
    `“${file}”已损坏：工作表“${sheet}”的内容不完整（文件在复制或保存时可能被截断），未读取。请用备份替换，或在 Excel 中打开并修复后另存。`,
  partDamaged: (file: string, part: string): string =>
    `“${file}”已损坏：其中的 ${part} 不完整（文件在复制或保存时可能被截断），未读取。请用备份替换，或在 Excel 中打开并修复后另存。`,
  /** ENOSPC or EDQUOT while writing: the disk (or the user's quota on it) is full. */
  diskFull: (file: string): string =>
    `磁盘空间不足（或已超出磁盘配额），无法保存“${file}”。原文件未被改动。请清理出足够的磁盘空间后重新操作。`,
  /** Found while building the new workbook: a part it would rewrite or build on was cut short. */
  damagedNotWritten: (file: string, part: string, sheet?: string): string =>
    `“${file}”已损坏：${sheet !== undefined ? `工作表“${sheet}”的内容（${part}）` : `其中的 ${part} `}不完整` +
    `（文件在复制或保存时可能被截断），未写入任何内容。请用备份替换，或在 Excel 中打开并修复后另存，再重新操作。`,
} as const;
