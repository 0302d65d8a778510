// One row per draw: its id and status, then ✓ or every difference with the cell it names (a link that
// selects it). One column: at the pane's 320 px, columns side by side left a long difference 147 px and
// ran the grid past the pane's edge.
import {
  createTableColumn, DataGrid, DataGridBody, DataGridCell, DataGridHeader, DataGridHeaderCell, DataGridRow,
  makeStyles, tokens, type TableColumnDefinition,
} from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import type { VerifyLine } from '../../usecases';
import type { WorkbookPort } from '../../workbook/port';
import { MessageText } from '../components/MessageText';
import { PlaceLink } from '../components/PlaceLink';

const useStyles = makeStyles({
  cell: { flexGrow: 1, flexBasis: '0', minWidth: 0, display: 'block', whiteSpace: 'normal', overflowWrap: 'anywhere', paddingBlock: '6px' },
  head: { display: 'flex', gap: '8px', alignItems: 'baseline', flexWrap: 'wrap' },
  draw: { fontWeight: tokens.fontWeightSemibold },
  status: { color: tokens.colorNeutralForeground3 },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightBold },
  list: { margin: '2px 0 0', paddingLeft: '14px' },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function VerifyGrid(props: { port: WorkbookPort; lines: readonly VerifyLine[] }) {
  const styles = useStyles();
  const columns: TableColumnDefinition<VerifyLine>[] = [
    createTableColumn<VerifyLine>({
      columnId: 'draw',
      renderHeaderCell: () => `${UI.verify.columnDraw} · ${UI.verify.columnStatus} · ${UI.verify.columnResult}`,
      renderCell: (line) => (
        <>
          <span className={styles.head}>
            <span className={styles.draw}>{line.drawId}</span>
            <span className={styles.status}>{line.status}</span>
            {/* ✓ when the draw verifies, its warnings listed below it; ✗ when it does not. */}
            {line.ok
              ? <span className={styles.ok} aria-label={UI.verify.okMark}>{UI.verify.okMark}</span>
              : <span className={styles.error} aria-label={UI.verify.failMark}>{UI.verify.failMark}</span>}
          </span>
          {line.problems.length ? (
            <ul className={styles.list}>
              {line.problems.map((problem, index) => (
                <li key={index}>
                  <span className={problem.severity === 'error' ? styles.error : styles.warning}>
                    {problem.severity === 'error' ? UI.problems.error : UI.problems.warning}
                  </span>{UI.app.placeSeparator}
                  {problem.sheet ? <><PlaceLink port={props.port} problem={problem} />{UI.app.placeSeparator}</> : null}
                  <MessageText text={problem.message} />
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ),
    }),
  ];
  return (
    <DataGrid items={[...props.lines]} columns={columns} getRowId={(line: VerifyLine) => line.drawId} size="small"
      aria-label={UI.verify.gridLabel}>
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell }) => <DataGridHeaderCell className={styles.cell}>{renderHeaderCell()}</DataGridHeaderCell>}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<VerifyLine>>
        {({ item, rowId }) => (
          <DataGridRow<VerifyLine> key={rowId} data-draw={item.drawId}>
            {({ renderCell }) => (
              // Differences hold links: Enter moves into the cell, Escape leaves it.
              <DataGridCell className={styles.cell} focusMode={item.problems.length ? 'group' : 'cell'}>{renderCell(item)}</DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
