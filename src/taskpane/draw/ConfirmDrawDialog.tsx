// The last step before a permanent, logged draw.
import {
  Button, mergeClasses, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, MessageBar,
  MessageBarBody, MessageBarTitle, Text,
} from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import { MessageText } from '../components/MessageText';
import { useNarrowDialog } from '../components/narrowDialog';
import type { DrawTabState } from './useDrawTab';

/** Codes of the dry run's own foresight (usecases/tasks.ts), as opposed to the workbook's problems. */
const FORESEEN_PREFIX = 'dry-run.';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px' },
  // Witness digits typed without spaces wrap instead of running off the dialog.
  content: { overflowWrap: 'anywhere' },
});

export function ConfirmDrawDialog(props: { state: DrawTabState }) {
  const { state } = props;
  const styles = useStyles();
  const narrow = useNarrowDialog();
  const plan = state.plan;
  if (!plan) return null;
  const seedLabel = state.announcement
    ? UI.draw.confirmPublic(state.numbers.trim())
    : state.seedKind === 'witness' ? `${UI.draw.seedWitness} ${state.witness.trim()}` : UI.draw.seedGenerate;
  // What the dry run foresaw (a failure that would still be logged, a late draw, an earlier batch) is
  // repeated here, at the moment of decision.
  const foreseen = [
    ...(state.witnessReused ? [state.witnessReused] : []),
    ...plan.problems.filter((p) => p.code.startsWith(FORESEEN_PREFIX)),
  ];
  return (
    <Dialog open={state.confirming} modalType="alert" onOpenChange={(_, data) => { if (!data.open) state.closeConfirm(); }}>
      <DialogSurface className={narrow.surface}>
        <DialogBody className={narrow.body}>
          <DialogTitle>{UI.draw.confirmTitle}</DialogTitle>
          <DialogContent className={mergeClasses(styles.content, narrow.content)}>
            <Text block>{UI.draw.confirmBody(plan.taskId, plan.drawId, plan.sampleTotal)}</Text>
            <Text block>{UI.draw.confirmSeed(seedLabel)}</Text>
            <Text block>{UI.draw.confirmOperator(state.operator.trim())}</Text>
            {state.announcement ? null : <Text block>{UI.draw.confirmUnannounced(state.reason.trim())}</Text>}
            {foreseen.length ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{UI.draw.confirmForeseen}</MessageBarTitle>
                  <ul className={styles.list}>
                    {foreseen.map((p, i) => <li key={i}><MessageText text={p.message} /></li>)}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions className={narrow.actions}>
            <Button appearance="secondary" onClick={state.closeConfirm}>{UI.app.cancel}</Button>
            <Button appearance="primary" disabled={state.busy === 'draw'} onClick={() => void state.confirmDraw()}>
              {UI.draw.confirmButton}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
