// 作废一次抽取: choose a counting draw, give the reason and the operator, confirm; a 作废 row is appended.
import { useEffect, useRef } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Dropdown, Field, Input,
  Link, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Option, Text, Textarea, tokens,
} from '@fluentui/react-components';
import { RESULT_COLUMNS } from '../../core/schema';
import { columnLetter } from '../../core/text';
import { UI } from '../../core/messages/ui';
import type { VerifyLine } from '../../usecases';
import type { WorkbookPort } from '../../workbook/port';
import { BusyBar } from '../components/BusyBar';
import { ProblemBar } from '../components/ProblemBar';
import type { VoidDrawState } from './useVoidDraw';
import { useNarrowDialog } from '../components/narrowDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '12px' },
  dropdown: { minWidth: 0, width: '100%' },
  hash: { wordBreak: 'break-all', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // A reason typed as one long run of letters or digits wraps instead of running off the dialog.
  dialogText: { overflowWrap: 'anywhere' },
});

/** Draws that still count (有效 and not voided): the only ones a 作废 row may name. */
export function voidableDraws(lines: readonly VerifyLine[]): VerifyLine[] {
  return lines.filter((line) => line.status === '有效');
}

export function VoidSection(props: { port: WorkbookPort; state: VoidDrawState; lines: readonly VerifyLine[] | null }) {
  const styles = useStyles();
  const narrow = useNarrowDialog();
  const { state, port } = props;
  const draws = props.lines ? voidableDraws(props.lines) : state.counting ?? [];
  const chosen = draws.find((line) => line.drawId === state.drawId);
  const outcome = useRef<HTMLDivElement>(null);
  // The outcome is announced where the clerk looks: below, possibly out of view.
  useEffect(() => {
    outcome.current?.scrollIntoView?.({ block: 'nearest' });
  }, [state.done, state.refusal]);
  const rows = state.done?.resultRows;
  return (
    <section className={styles.root} aria-label={UI.void.title}>
      <Text as="h3" weight="semibold">{UI.void.title}</Text>
      <Text size={200}>{UI.void.intro}</Text>
      {(props.lines || state.counting) && draws.length === 0 ? <Text>{UI.void.noneToVoid}</Text> : null}
      {draws.length > 0 ? (
        <>
          <Field label={UI.void.drawLabel} required>
            <Dropdown className={styles.dropdown} placeholder={UI.void.drawPlaceholder} disabled={state.busy}
              value={chosen ? UI.void.drawOption(chosen.drawId, chosen.taskId) : ''}
              selectedOptions={chosen ? [chosen.drawId] : []}
              onOptionSelect={(_, data) => state.setDrawId(data.optionValue ?? '')}>
              {draws.map((line) => (
                <Option key={line.drawId} value={line.drawId}>{UI.void.drawOption(line.drawId, line.taskId)}</Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={UI.void.reasonLabel} required
            validationMessage={state.drawId && !state.reason.trim() ? UI.void.reasonRequired : undefined} validationState="none">
            <Textarea value={state.reason} placeholder={UI.void.reasonPlaceholder} resize="vertical" rows={2} disabled={state.busy}
              onChange={(_, data) => state.setReason(data.value)} />
          </Field>
          <Field label={UI.void.operatorLabel} required validationState="none"
            validationMessage={state.operator.trim() ? undefined : UI.void.operatorRequired}>
            <Input value={state.operator} disabled={state.busy} onChange={(_, data) => state.setOperator(data.value)} />
          </Field>
          <Button appearance="secondary" disabled={!state.canVoid} onClick={state.openConfirm}>{UI.void.voidButton}</Button>
        </>
      ) : null}
      {state.busy ? <BusyBar label={UI.void.voiding} progress={null} /> : null}
      <div ref={outcome}>
        {state.refusal ? <ProblemBar port={port} title={UI.void.refusedTitle} problems={state.refusal} /> : null}
        {state.done ? (
          <MessageBar intent="success" layout="multiline" role="status">
            <MessageBarBody>
              <MessageBarTitle>{UI.void.doneTitle(state.done.drawId)}</MessageBarTitle>
              {rows ? (
                <Text block>
                  <Link as="button" onClick={() => void port.select?.(rows.sheet, `A${rows.first}:${columnLetter(RESULT_COLUMNS.length - 1)}${rows.last}`)}>
                    {UI.void.voidedRows(rows.sheet, rows.first, rows.last, rows.count)}
                  </Link>
                </Text>
              ) : null}
              {state.done.logHash ? (
                <>
                  <Text block weight="semibold">{UI.void.logHash}</Text>
                  <Text block className={styles.hash} data-fact={UI.void.logHash}>{state.done.logHash}</Text>
                  <Text block size={200}>{UI.void.logHashHint}</Text>
                </>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <Dialog open={state.confirming} modalType="alert" onOpenChange={(_, data) => { if (!data.open) state.closeConfirm(); }}>
        <DialogSurface className={narrow.surface}>
          <DialogBody className={narrow.body}>
            <DialogTitle>{UI.void.confirmTitle(state.drawId)}</DialogTitle>
            <DialogContent className={mergeClasses(styles.dialogText, narrow.content)}>
              <Text block>{UI.void.confirmBody(state.drawId)}</Text>
              <Text block>{UI.void.confirmReason(state.reason.trim())}</Text>
              <Text block>{UI.void.confirmOperator(state.operator.trim())}</Text>
            </DialogContent>
            <DialogActions className={narrow.actions}>
              <Button appearance="secondary" onClick={state.closeConfirm}>{UI.app.cancel}</Button>
              <Button appearance="primary" disabled={state.busy} onClick={() => void state.confirm()}>{UI.void.confirmButton}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
