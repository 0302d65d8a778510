// The sheets the preview shows: the tab names, and the active sheet's first rows (a window: the worker
// holds the workbook, and 100,000 rows would take the page seconds to copy and draw), re-read whenever
// the workbook changes; follows the pane's selections.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseAddress } from '../core/text';
import type { SheetValues } from '../workbook/port';
import type { PreviewWorkbook } from './previewWorkbook';

/** Rows shown per sheet; the rest is said, and reachable in the downloaded workbook. */
export const MAX_ROWS = 2000;

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

/** The rows a window must hold to show the selection (rows past MAX_ROWS are then read too). */
function rowsFor(selection: Selection | null, sheet: string): number {
  return selection?.sheet === sheet ? Math.max(MAX_ROWS, selection.rows[1] + 50) : MAX_ROWS;
}

export function useSheets(workbook: PreviewWorkbook) {
  const [names, setNames] = useState<string[]>([]);
  const [values, setValues] = useState<SheetValues>([]);
  const [totalRows, setTotalRows] = useState(0);
  const [selection, setSelection] = useState<Selection | null>(null);
  /** The chosen tab, at once; `shown` is the sheet `values` belong to, once the worker has served it. */
  const [active, setActive] = useState<string>('');
  const [shown, setShown] = useState<string>('');
  const activeRef = useRef(active);
  activeRef.current = active;
  const selectionRef = useRef(selection);
  selectionRef.current = selection;

  const reload = useCallback(async (sheet?: string) => {
    const listed = await workbook.visibleSheets();
    const wanted = sheet ?? activeRef.current;
    const shown = listed.includes(wanted) ? wanted : listed[0] ?? '';
    const view = shown ? await workbook.view(shown, rowsFor(selectionRef.current, shown)) : null;
    setNames(listed);
    setActive(shown);
    activeRef.current = shown;
    setShown(shown);
    setValues(view?.values ?? []);
    setTotalRows(view?.totalRows ?? 0);
  }, [workbook]);

  useEffect(() => {
    void reload();
    return workbook.subscribe((event) => {
      if (event.kind === 'changed') void reload();
      else if (event.kind === 'select') {
        const { anchor, rows } = parseRange(event.address);
        const next = { sheet: event.sheet, anchor, rows, jump: (selectionRef.current?.jump ?? 0) + 1 };
        selectionRef.current = next;
        setSelection(next);
        void reload(event.sheet);
      }
    });
  }, [workbook, reload]);

  const selectCell = useCallback((sheet: string, cell: CellPosition) => {
    setSelection((previous) => ({ sheet, anchor: cell, rows: [cell.row, cell.row], jump: previous?.jump ?? 0 }));
  }, []);

  const showSheet = useCallback((sheet: string) => {
    setActive(sheet);
    activeRef.current = sheet;
    void reload(sheet);
  }, [reload]);

  return { names, values, totalRows, active, shown, setActive: showSheet, selection, selectCell };
}
