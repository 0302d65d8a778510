// The last step before a permanent, logged draw.
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text,
} from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import type { DrawTabState } from './useDrawTab';

export function ConfirmDrawDialog(props: { state: DrawTabState }) {
  const { state } = props;
  const plan = state.plan;
  if (!plan) return null;
  const seedLabel = state.seedKind === 'witness' ? `${UI.draw.seedWitness} ${state.witness.trim()}` : UI.draw.seedGenerate;
  return (
    <Dialog open={state.confirming} modalType="alert" onOpenChange={(_, data) => { if (!data.open) state.closeConfirm(); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{UI.draw.confirmTitle}</DialogTitle>
          <DialogContent>
            <Text block>{UI.draw.confirmBody(plan.taskId, plan.drawId, plan.sampleTotal)}</Text>
            <Text block>{UI.draw.confirmSeed(seedLabel)}</Text>
            <Text block>{UI.draw.confirmOperator(state.operator.trim())}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={state.closeConfirm}>{UI.app.cancel}</Button>
            <Button appearance="primary" onClick={() => void state.confirmDraw()}>{UI.draw.confirmButton}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
