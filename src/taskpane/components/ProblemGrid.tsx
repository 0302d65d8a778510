// Problems in a DataGrid: place (a link that selects the cell) and the Chinese explanation.
import {
  Badge, createTableColumn, DataGrid, DataGridBody, DataGridCell, DataGridHeader, DataGridHeaderCell, DataGridRow,
  makeStyles, tokens, type TableColumnDefinition,
} from '@fluentui/react-components';
import type { Problem } from '../../core/messages/problem';
import { UI } from '../../core/messages/ui';
import type { WorkbookPort } from '../../workbook/port';
import { PlaceLink, selectProblem } from './PlaceLink';

const useStyles = makeStyles({
  place: { flexGrow: 0, flexShrink: 0, flexBasis: '128px', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
  message: { flexGrow: 1, flexBasis: '0', whiteSpace: 'normal', wordBreak: 'break-word', paddingBlock: '4px' },
  badge: { marginRight: '4px', flexShrink: 0 },
  row: { cursor: 'pointer' },
});

interface Row {
  index: number;
  problem: Problem;
}

export function ProblemGrid(props: { port: WorkbookPort; problems: readonly Problem[]; label?: string }) {
  const styles = useStyles();
  const items: Row[] = props.problems.map((problem, index) => ({ index, problem }));
  const columns: TableColumnDefinition<Row>[] = [
    createTableColumn<Row>({
      columnId: 'place',
      renderHeaderCell: () => UI.problems.columnPlace,
      renderCell: (row) => <PlaceLink port={props.port} problem={row.problem} />,
    }),
    createTableColumn<Row>({
      columnId: 'message',
      renderHeaderCell: () => UI.problems.columnMessage,
      renderCell: (row) => (
        <>
          <Badge className={styles.badge} size="small" appearance="tint"
            color={row.problem.severity === 'error' ? 'danger' : 'warning'}>
            {row.problem.severity === 'error' ? UI.problems.error : UI.problems.warning}
          </Badge>
          <span>{row.problem.message}</span>
        </>
      ),
    }),
  ];
  const cellClass = (columnId: string | number) => (columnId === 'place' ? styles.place : styles.message);
  return (
    <DataGrid items={items} columns={columns} getRowId={(row: Row) => row.index} size="small"
      aria-label={props.label ?? UI.problems.gridLabel}>
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell, columnId }) => (
            <DataGridHeaderCell className={cellClass(columnId)}>{renderHeaderCell()}</DataGridHeaderCell>
          )}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<Row>>
        {({ item, rowId }) => (
          <DataGridRow<Row> key={rowId} className={styles.row} onClick={() => selectProblem(props.port, item.problem)}>
            {({ renderCell, columnId }) => (
              // The place holds a link: Enter moves into the cell, Escape leaves it.
              <DataGridCell className={cellClass(columnId)} focusMode={columnId === 'place' ? 'group' : 'cell'}>
                {renderCell(item)}
              </DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
