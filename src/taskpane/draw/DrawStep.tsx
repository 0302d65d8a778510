// The step that draws: for a first batch the seed fields and 抽取; for a further batch first its own
// explicit choice, 再抽一批（第 N 批）. Why 抽取 is disabled stands beside it.
import { useEffect, useRef } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import { SeedFields } from './SeedFields';
import type { DrawTabState } from './useDrawTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  blocked: { margin: 0, paddingLeft: '18px', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  hint: { color: tokens.colorNeutralForeground2 },
});

export function DrawStep(props: { state: DrawTabState }) {
  const { state } = props;
  const styles = useStyles();
  const drawButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Closing the dialog without drawing gives focus back to 抽取, not to the page's top.
  useEffect(() => {
    if (wasConfirming.current && !state.confirming) drawButton.current?.focus();
    wasConfirming.current = state.confirming;
  }, [state.confirming]);
  if (!state.plan) return null;
  if (!state.seedShown) {
    return (
      <section className={styles.root} aria-label={UI.draw.againButton(state.batch)}>
        <Text size={200} className={styles.hint}>
          {UI.draw.againHint(state.plan.taskId, state.task?.countingDraws ?? [], state.batch)}
        </Text>
        <Button appearance="secondary" disabled={state.busy !== null} onClick={state.chooseAgain}>
          {UI.draw.againButton(state.batch)}
        </Button>
      </section>
    );
  }
  const label = state.batch > 1 ? UI.draw.drawBatchButton(state.batch) : UI.draw.drawButton;
  return (
    <section className={styles.root} aria-label={UI.draw.stepDraw}>
      <SeedFields state={state} />
      <Button ref={drawButton} appearance="primary" disabled={!state.canDraw} onClick={state.openConfirm}
        aria-describedby={state.canDraw ? undefined : 'draw-blocked'}>
        {label}
      </Button>
      {state.canDraw ? null : (
        <div id="draw-blocked" role="status">
          <Text size={200} weight="semibold">{UI.draw.blockedTitle}</Text>
          <ul className={styles.blocked}>
            {state.blocked.map((reason) => <li key={reason}>{reason}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}
