// A MessageBar that lists every problem (failures must show all of them, not the first).
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import type { Problem } from '../../core/messages/problem';
import type { WorkbookPort } from '../../workbook/port';
import { MessageText } from './MessageText';
import { PlaceLink } from './PlaceLink';

const useStyles = makeStyles({
  list: { margin: '4px 0 0', paddingLeft: '18px' },
  // A long value without spaces (a tampered code) breaks anywhere rather than run past the pane.
  item: { marginBottom: '2px', overflowWrap: 'anywhere' },
  body: { whiteSpace: 'normal', minWidth: 0 },
});

export function ProblemBar(props: { port: WorkbookPort; title: string; problems: readonly Problem[]; intent?: 'error' | 'warning' }) {
  const styles = useStyles();
  return (
    <MessageBar intent={props.intent ?? 'error'} layout="multiline" role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        <ul className={styles.list}>
          {props.problems.map((problem, index) => (
            <li key={index} className={styles.item}>
              {problem.sheet ? (
                <>
                  <PlaceLink port={props.port} problem={problem} />
                  {UI.app.placeSeparator}
                </>
              ) : null}
              <MessageText text={problem.message} />
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
