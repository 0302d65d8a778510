// The sheets the preview shows, re-read whenever the workbook changes; follows the pane's selections.
import { useCallback, useEffect, useState } from 'react';
import { parseAddress } from '../core/text';
import type { SheetValues } from '../workbook/port';
import type { PreviewWorkbook } from './previewWorkbook';

export interface CellPosition {
  row: number;
  col: number;
}

export interface Selection {
  sheet: string;
  anchor: CellPosition;
  /** Inclusive rows highlighted (a selected range such as the new result rows). */
  rows: [number, number];
  /** Incremented on every select from the pane, so the grid scrolls even to the same cell. */
  jump: number;
}

function parseRange(address: string): { anchor: CellPosition; rows: [number, number] } {
  const [first, last] = address.split(':');
  const anchor = parseAddress(first);
  const end = last ? parseAddress(last) : anchor;
  return { anchor, rows: [anchor.row, end.row] };
}

export function useSheets(workbook: PreviewWorkbook) {
  const [names, setNames] = useState<string[]>([]);
  const [values, setValues] = useState<Map<string, SheetValues>>(new Map());
  const [selection, setSelection] = useState<Selection | null>(null);
  const [active, setActive] = useState<string>('');

  const reload = useCallback(async () => {
    const listed = await workbook.visibleSheets();
    const read = await workbook.readSheets(listed);
    setNames(listed);
    setValues(read);
    setActive((current) => (listed.includes(current) ? current : listed[0] ?? ''));
  }, [workbook]);

  useEffect(() => {
    void reload();
    return workbook.subscribe((event) => {
      if (event.kind === 'changed') void reload();
      else {
        const { anchor, rows } = parseRange(event.address);
        setActive(event.sheet);
        setSelection((previous) => ({ sheet: event.sheet, anchor, rows, jump: (previous?.jump ?? 0) + 1 }));
      }
    });
  }, [workbook, reload]);

  const selectCell = useCallback((sheet: string, cell: CellPosition) => {
    setSelection((previous) => ({ sheet, anchor: cell, rows: [cell.row, cell.row], jump: previous?.jump ?? 0 }));
  }, []);

  return { names, values, active, setActive, selection, selectCell };
}
