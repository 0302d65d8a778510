// A port that says what a use case is doing as it reads, computes and writes, so the pane's progress
// bar names the step (读取工作簿 / 计算 / 写入) even where a use case reports no counts of its own.
import { UI } from '../../core/messages/ui';
import type { ProgressReporter, ReadOptions, WorkbookChange, WorkbookPort } from '../../workbook/port';

export function withPhases(port: WorkbookPort, progress?: ProgressReporter): WorkbookPort {
  if (!progress) return port;
  return {
    listSheets: () => port.listSheets(),
    async readSheets(names: readonly string[], inner?: ProgressReporter, options?: ReadOptions) {
      progress(0, 0, UI.progress.reading);
      const read = await port.readSheets(names, (done, total, sheet) => progress(done, total, UI.progress.readingSheet(sheet)), options);
      progress(0, 0, UI.progress.computing);
      inner?.(1, 1);
      return read;
    },
    async apply(changes: readonly WorkbookChange[], inner?: ProgressReporter) {
      progress(0, 0, UI.progress.writing);
      await port.apply(changes, (done, total) => {
        progress(done, total, UI.progress.writing);
        inner?.(done, total);
      });
    },
    select: port.select ? (sheet, address) => port.select!(sheet, address) : undefined,
  };
}
