// Progress lines on stderr for long runs of the CLI (issue 16: a million-row registry takes minutes).
export const progressTexts = {
  reading: (sheet: string, rows: number) => `……读取“${sheet}”：已读 ${rows.toLocaleString('en-US')} 行`,
  read: (sheet: string, rows: number) => `……读取“${sheet}”完毕：${rows.toLocaleString('en-US')} 行`,
  writing: (sheet: string, rows: number) => `……写入“${sheet}”：追加 ${rows.toLocaleString('en-US')} 行`,
  compressing: '……压缩并写出工作簿',
  readingBack: '……读回新写入的行，与记入哈希的内容核对',
  elapsed: (seconds: number) => `（已用 ${seconds.toFixed(0)} 秒）`,
};
