// One sheet as a plain grid with Excel's row numbers and column letters; a click selects a cell.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { UI } from '../core/messages/ui';
import { cellAddress, columnLetter, type CellValue } from '../core/text';
import type { SheetValues } from '../workbook/port';
import type { CellPosition, Selection } from './useSheets';
import { maxOf } from '../core/arrays';

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flexGrow: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'auto' },
  head: {
    position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`, fontWeight: tokens.fontWeightRegular, padding: '0 6px',
  },
  rowHead: {
    position: 'sticky', left: 0, backgroundColor: tokens.colorNeutralBackground3, textAlign: 'right',
    border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '0 6px', color: tokens.colorNeutralForeground3,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 6px', whiteSpace: 'nowrap',
    maxWidth: '240px', overflow: 'hidden', textOverflow: 'ellipsis', cursor: 'cell',
  },
  band: { backgroundColor: tokens.colorBrandBackground2 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  note: { padding: '8px', color: tokens.colorNeutralForeground3 },
});

export function displayValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function SheetGrid(props: {
  sheet: string;
  values: SheetValues;
  /** Rows in the sheet; `values` may hold only the first ones. */
  totalRows: number;
  selection: Selection | null;
  onSelect: (sheet: string, cell: CellPosition) => void;
}) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const here = props.selection?.sheet === props.sheet ? props.selection : null;
  const width = maxOf(props.values.map((row) => row.length), 1);
  const shown = props.values;

  useEffect(() => {
    if (!here) return;
    const address = cellAddress(here.anchor.row, here.anchor.col);
    scroller.current?.querySelector(`[data-cell="${address}"]`)?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [here?.jump, props.sheet]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!props.values.length) return <div className={styles.note}>{UI.preview.emptySheet}</div>;
  return (
    <div ref={scroller} className={styles.scroller}>
      <table className={styles.table} data-sheet={props.sheet} aria-label={props.sheet}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: width }, (_, col) => <th key={col} className={styles.head} scope="col">{columnLetter(col)}</th>)}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, r) => {
            const inBand = here !== null && r >= here.rows[0] && r <= here.rows[1] && here.rows[0] !== here.rows[1];
            return (
              <tr key={r} className={inBand ? styles.band : undefined}>
                <th className={styles.rowHead} scope="row">{r + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  const isSelected = here !== null && here.anchor.row === r && here.anchor.col === c;
                  const text = displayValue(row[c]);
                  return (
                    <td key={c} data-cell={cellAddress(r, c)} title={text} aria-selected={isSelected}
                      className={isSelected ? `${styles.cell} ${styles.selected}` : styles.cell}
                      onClick={() => props.onSelect(props.sheet, { row: r, col: c })}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.totalRows > shown.length ? <div className={styles.note}>{UI.preview.truncated(shown.length, props.totalRows)}</div> : null}
    </div>
  );
}
