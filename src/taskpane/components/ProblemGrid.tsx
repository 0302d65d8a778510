// Problems in a DataGrid, one per row: level and place (a link that selects the cell), then the Chinese explanation.
import {
  Badge, createTableColumn, DataGrid, DataGridBody, DataGridCell, DataGridHeader, DataGridHeaderCell, DataGridRow,
  makeStyles, tokens, type TableColumnDefinition,
} from '@fluentui/react-components';
import type { Problem } from '../../core/messages/problem';
import { UI } from '../../core/messages/ui';
import type { WorkbookPort } from '../../workbook/port';
import { MessageText } from './MessageText';
import { PlaceLink, selectProblem } from './PlaceLink';

const useStyles = makeStyles({
  cell: { flexGrow: 1, flexBasis: '0', minWidth: 0, display: 'block', whiteSpace: 'normal', overflowWrap: 'anywhere', paddingBlock: '6px' },
  // The place on its own line above the explanation: at the pane's 320 px, a place column beside
  // the text took nearly half the width and broke the explanation into many short lines.
  place: { display: 'flex', alignItems: 'center', gap: '4px', flexWrap: 'wrap', fontSize: tokens.fontSizeBase200 },
  badge: { flexShrink: 0 },
  message: { display: 'block', marginTop: '2px' },
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
      columnId: 'problem',
      renderHeaderCell: () => UI.problems.columnProblem,
      renderCell: (row) => (
        <>
          <span className={styles.place}>
            <Badge className={styles.badge} size="small" appearance="tint"
              color={row.problem.severity === 'error' ? 'danger' : 'warning'}>
              {row.problem.severity === 'error' ? UI.problems.error : UI.problems.warning}
            </Badge>
            <PlaceLink port={props.port} problem={row.problem} />
          </span>
          <span className={styles.message}><MessageText text={row.problem.message} /></span>
        </>
      ),
    }),
  ];
  return (
    <DataGrid items={items} columns={columns} getRowId={(row: Row) => row.index} size="small"
      aria-label={props.label ?? UI.problems.gridLabel}>
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell }) => <DataGridHeaderCell className={styles.cell}>{renderHeaderCell()}</DataGridHeaderCell>}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<Row>>
        {({ item, rowId }) => (
          <DataGridRow<Row> key={rowId} className={styles.row} onClick={() => selectProblem(props.port, item.problem)}>
            {({ renderCell }) => (
              // The place holds a link: Enter moves into the cell, Escape leaves it.
              <DataGridCell className={styles.cell} focusMode="group">{renderCell(item)}</DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
