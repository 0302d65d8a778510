// 抽取: choose a task, see its dry run, choose the seed source, confirm, draw.
import { useEffect, useRef } from 'react';
import { Button, Dropdown, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Option } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import { BusyBar } from '../components/BusyBar';
import { ProblemBar } from '../components/ProblemBar';
import type { PaneHost } from '../host';
import { ConfirmDrawDialog } from './ConfirmDrawDialog';
import { DrawStep } from './DrawStep';
import { DrawSummary } from './DrawSummary';
import { DryRunTable } from './DryRunTable';
import { TaskDetails } from './TaskDetails';
import { useDrawTab } from './useDrawTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
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
  const errorsOf = (list: typeof workbookProblems) => list.filter((p) => p.severity === 'error').length;
  const noTasks = state.tasks !== null && state.tasks.length === 0;
  const planErrors = state.plan?.problems.filter((p) => p.severity === 'error') ?? [];
  const planWarnings = state.plan?.problems.filter((p) => p.severity !== 'error') ?? [];
  const failureRef = useRef<HTMLDivElement>(null);
  // A failed or refused draw is announced where the clerk looks: below, possibly out of view.
  useEffect(() => {
    failureRef.current?.scrollIntoView?.({ block: 'start' });
  }, [state.failure]);
  return (
    <div className={styles.root}>
      <Field label={UI.draw.taskLabel} hint={noTasks ? UI.draw.noTasks : undefined}>
        <Dropdown className={styles.dropdown} placeholder={UI.draw.taskPlaceholder}
          value={selectedText} selectedOptions={state.taskId ? [state.taskId] : []}
          disabled={state.busy === 'draw' || noTasks}
          onOptionSelect={(_, data) => state.chooseTask(data.optionValue ?? '')}>
          {(state.tasks ?? []).map((task) => (
            <Option key={task.taskId} value={task.taskId} text={`${task.taskId} ${task.taskName}`}>
              {`${task.taskId} ${task.taskName}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {state.busy === 'tasks' ? <BusyBar label={UI.draw.loadingTasks} progress={state.progress} /> : null}
      {workbookProblems.length ? (
        <ProblemBar port={port} problems={workbookProblems}
          title={state.plan
            ? UI.draw.otherProblems(workbookProblems.length, state.plan.drawId)
            : noTasks
              ? UI.draw.workbookProblemsNoTasks(errorsOf(workbookProblems), workbookProblems.length - errorsOf(workbookProblems))
              : UI.draw.workbookProblems(errorsOf(workbookProblems), workbookProblems.length - errorsOf(workbookProblems))}
          intent={!state.plan && errorsOf(workbookProblems) ? 'error' : 'warning'} />
      ) : null}
      {state.task ? <TaskDetails task={state.task} /> : null}
      {state.busy === 'dryRun' ? <BusyBar label={UI.draw.dryRunLoading} progress={state.progress} /> : null}
      {state.stale ? (
        <MessageBar intent="warning" layout="multiline" role="status" data-testid="dry-run-stale">
          <MessageBarBody>{UI.draw.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={state.refreshPlan}>{UI.draw.refreshDryRun}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.plan ? <DryRunTable plan={state.plan} /> : null}
      {planErrors.length && state.plan ? (
        <ProblemBar port={port} title={UI.draw.blockingTitle(state.plan.drawId, planErrors.length)} problems={planErrors} intent="error" />
      ) : null}
      {planWarnings.length && state.plan ? (
        <ProblemBar port={port} title={UI.draw.beforeDrawTitle(state.plan.drawId)} problems={planWarnings} intent="warning" />
      ) : null}
      <DrawStep state={state} port={port} />
      {state.busy === 'draw' ? <BusyBar label={UI.draw.drawing} progress={state.progress} /> : null}
      {state.failure ? (
        <div ref={failureRef}>
          <ProblemBar port={port} title={state.failure.logged ? UI.draw.failureTitle : UI.draw.refusedTitle}
            problems={state.failure.problems} />
        </div>
      ) : null}
      {state.result ? <DrawSummary port={port} report={state.result} plan={state.resultPlan} record={state.drawRecord} /> : null}
      <ConfirmDrawDialog state={state} />
    </div>
  );
}
