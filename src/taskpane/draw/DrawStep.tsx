// The steps that draw. SPEC §3.8: ① 公告 → ② 开奖后录入号码 → ③ 抽取; or, as an explicit choice with a
// reason, without 公告 (witness digits or 系统生成). A further batch of a task already drawn is first its
// own choice, 再抽一批（第 N 批）. Why 抽取 is disabled stands beside it.
import { useEffect, useRef } from 'react';
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import type { WorkbookPort } from '../../workbook/port';
import { AnnounceStep } from './AnnounceStep';
import { SeedFields } from './SeedFields';
import type { DrawMode, DrawTabState } from './useDrawTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  step: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  blocked: { margin: 0, paddingLeft: '18px', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  hint: { color: tokens.colorNeutralForeground2 },
});

export function DrawStep(props: { state: DrawTabState; port: WorkbookPort }) {
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
        <Text size={200} className={styles.hint}>{UI.draw.againHint(state.plan.taskId, state.task?.countingDraws ?? [], state.batch)}</Text>
        <Button appearance="secondary" disabled={state.busy !== null} onClick={state.chooseAgain}>{UI.draw.againButton(state.batch)}</Button>
      </section>
    );
  }
  const announced = state.announcement !== null;
  const label = state.batch > 1 ? UI.draw.drawBatchButton(state.batch) : UI.draw.drawButton;
  return (
    <div className={styles.root}>
      {announced ? null : (
        <Field label={UI.draw.modeLabel}>
          <RadioGroup value={state.mode} onChange={(_, data) => state.setMode(data.value as DrawMode)}>
            <Radio value="announce" label={UI.draw.modeAnnounce} />
            <Radio value="unannounced" label={UI.draw.modeUnannounced} />
          </RadioGroup>
        </Field>
      )}
      {announced || state.mode === 'announce' ? <AnnounceStep state={state} port={props.port} /> : null}
      <section className={styles.step} aria-label={UI.draw.stepDraw}>
        {announced || state.mode === 'announce' ? <Text weight="semibold">{UI.draw.stepDraw}</Text> : null}
        {!announced && state.mode === 'unannounced' ? <SeedFields state={state} /> : null}
        {announced ? (
          <Field label={UI.draw.operatorLabel} required validationState="none"
            validationMessage={state.operator.trim() ? undefined : UI.draw.operatorRequired}>
            <Input value={state.operator} onChange={(_, data) => state.setOperator(data.value)} />
          </Field>
        ) : null}
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
    </div>
  );
}
