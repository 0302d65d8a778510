// One row per draw: ✓, or every difference with the cell it names (a link that selects it).
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
  draw: { flexGrow: 0, flexShrink: 0, flexBasis: '76px', wordBreak: 'break-all' },
  status: { flexGrow: 0, flexShrink: 0, flexBasis: '40px' },
  result: { flexGrow: 1, flexBasis: '0', whiteSpace: 'normal', wordBreak: 'break-word', paddingBlock: '4px' },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightBold },
  list: { margin: 0, paddingLeft: '14px' },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function VerifyGrid(props: { port: WorkbookPort; lines: readonly VerifyLine[] }) {
  const styles = useStyles();
  const columns: TableColumnDefinition<VerifyLine>[] = [
    createTableColumn<VerifyLine>({
      columnId: 'draw', renderHeaderCell: () => UI.verify.columnDraw, renderCell: (line) => line.drawId,
    }),
    createTableColumn<VerifyLine>({
      columnId: 'status', renderHeaderCell: () => UI.verify.columnStatus, renderCell: (line) => line.status,
    }),
    createTableColumn<VerifyLine>({
      columnId: 'result',
      renderHeaderCell: () => UI.verify.columnResult,
      renderCell: (line) => line.ok && !line.problems.length ? (
        <span className={styles.ok} aria-label={UI.verify.okMark}>{UI.verify.okMark}</span>
      ) : (
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
      ),
    }),
  ];
  const cellClass = (id: string | number) => (id === 'draw' ? styles.draw : id === 'status' ? styles.status : styles.result);
  return (
    <DataGrid items={[...props.lines]} columns={columns} getRowId={(line: VerifyLine) => line.drawId} size="small"
      aria-label={UI.verify.gridLabel}>
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell, columnId }) => (
            <DataGridHeaderCell className={cellClass(columnId)}>{renderHeaderCell()}</DataGridHeaderCell>
          )}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<VerifyLine>>
        {({ item, rowId }) => (
          <DataGridRow<VerifyLine> key={rowId} data-draw={item.drawId}>
            {({ renderCell, columnId }) => (
              // Differences hold links: Enter moves into the cell, Escape leaves it.
              <DataGridCell className={cellClass(columnId)} focusMode={columnId === 'result' && item.problems.length ? 'group' : 'cell'}>
                {renderCell(item)}
              </DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
