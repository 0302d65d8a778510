// Excel's side of the ChangeFeed: WorksheetCollection.onChanged (ExcelApi 1.9), else Worksheet.onChanged
// (ExcelApi 1.7) on every sheet, and
// worksheets.onAdded / onDeleted (ExcelApi 1.7) so a sheet created or removed counts too. The pane's
// own writes also raise these events: while `quiet` holds they are not the clerk's edits.
import type { ChangeFeed } from './changes';

export class ExcelChangeFeed implements ChangeFeed {
  private readonly listeners = new Set<(sheet: string) => void>();
  private quietUntil = 0;
  private quietDepth = 0;

  /** Registers the handlers once; without ExcelApi 1.7 the feed stays silent. */
  async start(): Promise<void> {
    if (!Office.context.requirements.isSetSupported('ExcelApi', '1.7')) return;
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      await context.sync();
      const names = new Map(sheets.items.map((ws) => [ws.id, ws.name]));
      const changed = async (event: Excel.WorksheetChangedEventArgs) => this.notify(names.get(event.worksheetId) ?? '');
      // The collection's event (ExcelApi 1.9) also covers sheets added later; else one handler per sheet.
      if (Office.context.requirements.isSetSupported('ExcelApi', '1.9')) sheets.onChanged.add(changed);
      else for (const ws of sheets.items) ws.onChanged.add(changed);
      sheets.onAdded.add(async () => this.notify(''));
      sheets.onDeleted.add(async () => this.notify(''));
      await context.sync();
    });
  }

  onChange(listener: (sheet: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The pane's own write: its events (they may arrive a little after the write) are not the clerk's. */
  async quiet<T>(work: () => Promise<T>): Promise<T> {
    this.quietDepth++;
    try {
      return await work();
    } finally {
      this.quietDepth--;
      this.quietUntil = Date.now() + 1500;
    }
  }

  private notify(sheet: string): void {
    if (this.quietDepth > 0 || Date.now() < this.quietUntil) return;
    for (const listener of this.listeners) listener(sheet);
  }
}
