// 抽取: choose a task, see its dry run, choose the seed source, confirm, draw.
import { useEffect, useRef } from 'react';
import { Button, Dropdown, Field, makeStyles, Option, Spinner } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import { BusyBar } from '../components/BusyBar';
import { ProblemBar } from '../components/ProblemBar';
import type { PaneHost } from '../host';
import { ConfirmDrawDialog } from './ConfirmDrawDialog';
import { DrawSummary } from './DrawSummary';
import { DryRunTable } from './DryRunTable';
import { SeedFields } from './SeedFields';
import { TaskDetails } from './TaskDetails';
import { useDrawTab } from './useDrawTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  dropdown: { minWidth: 0, width: '100%' },
});

export function DrawTab(props: { host: PaneHost; active: boolean; onWritten?: () => void }) {
  const styles = useStyles();
  const state = useDrawTab(props.host, props.active, props.onWritten);
  const { port } = props.host;
  const selectedText = state.task ? `${state.task.taskId} ${state.task.taskName}` : '';
  // The dry run repeats what concerns the chosen task (or says it more exactly); say it once, there.
  // What is left does not stop this task's draw: the dry run lists everything that does.
  const inPlan = new Set([...(state.plan?.problems ?? []), ...(state.plan?.superseded ?? [])].map((p) => `${p.code}|${p.sheet}|${p.cell}`));
  const workbookProblems = state.loadProblems.filter((p) => !inPlan.has(`${p.code}|${p.sheet}|${p.cell}`));
  const drawButton = useRef<HTMLButtonElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);
  // Closing the dialog without drawing gives focus back to 抽取, not to the page's top.
  useEffect(() => {
    if (wasConfirming.current && !state.confirming) drawButton.current?.focus();
    wasConfirming.current = state.confirming;
  }, [state.confirming]);
  // A failed or refused draw is announced where the clerk looks: below, possibly out of view.
  useEffect(() => {
    failureRef.current?.scrollIntoView?.({ block: 'start' });
  }, [state.failure]);
  return (
    <div className={styles.root}>
      <Field label={UI.draw.taskLabel} hint={state.tasks && !state.tasks.length ? UI.draw.noTasks : undefined}>
        <Dropdown className={styles.dropdown} placeholder={UI.draw.taskPlaceholder}
          value={selectedText} selectedOptions={state.taskId ? [state.taskId] : []}
          disabled={state.busy === 'draw'}
          onOptionSelect={(_, data) => state.chooseTask(data.optionValue ?? '')}>
          {(state.tasks ?? []).map((task) => (
            <Option key={task.taskId} value={task.taskId} text={`${task.taskId} ${task.taskName}`}>
              {`${task.taskId} ${task.taskName}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {state.busy === 'tasks' ? <Spinner size="tiny" label={UI.draw.loadingTasks} /> : null}
      {workbookProblems.length ? (
        <ProblemBar port={port} problems={workbookProblems}
          title={state.plan
            ? UI.draw.otherProblems(workbookProblems.length, state.plan.drawId)
            : UI.draw.workbookProblems(
              workbookProblems.filter((p) => p.severity === 'error').length,
              workbookProblems.filter((p) => p.severity !== 'error').length,
            )}
          intent={!state.plan && workbookProblems.some((p) => p.severity === 'error') ? 'error' : 'warning'} />
      ) : null}
      {state.task ? <TaskDetails task={state.task} /> : null}
      {state.busy === 'dryRun' ? <Spinner size="tiny" label={UI.draw.dryRunLoading} /> : null}
      {state.plan ? <DryRunTable plan={state.plan} /> : null}
      {state.plan && state.plan.problems.length ? (
        <ProblemBar port={port} title={UI.draw.beforeDrawTitle(state.plan.drawId)} problems={state.plan.problems}
          intent={state.plan.problems.some((p) => p.severity === 'error') ? 'error' : 'warning'} />
      ) : null}
      {state.plan ? <SeedFields state={state} /> : null}
      {state.plan ? (
        <Button ref={drawButton} appearance="primary" disabled={!state.canDraw} onClick={state.openConfirm}>{UI.draw.drawButton}</Button>
      ) : null}
      {state.busy === 'draw' ? <BusyBar label={UI.draw.drawing} progress={state.progress} /> : null}
      {state.failure ? (
        <div ref={failureRef}>
          <ProblemBar port={port} title={state.failure.logged ? UI.draw.failureTitle : UI.draw.refusedTitle}
            problems={state.failure.problems} />
        </div>
      ) : null}
      {state.result ? <DrawSummary port={port} report={state.result} /> : null}
      <ConfirmDrawDialog state={state} />
    </div>
  );
}
