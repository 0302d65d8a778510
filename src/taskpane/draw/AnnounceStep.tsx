// SPEC §3.8 ① 公告 and ② 开奖后录入号码: the 公告 row fixes the draw before the numbers exist; its hash
// is published before 开奖时间; after it, the published numbers seed the draw.
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import type { WorkbookPort } from '../../workbook/port';
import { BusyBar } from '../components/BusyBar';
import { ProblemBar } from '../components/ProblemBar';
import { CopyableHash } from './CopyableHash';
import { PrintRecord } from './PrintRecord';
import type { DrawTabState, SourceFields } from './useDrawTab';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '8px' },
  locked: { color: tokens.colorNeutralForeground3 },
});

export function AnnounceStep(props: { state: DrawTabState; port: WorkbookPort }) {
  const { state } = props;
  const styles = useStyles();
  const a = state.announcement;
  const set = (key: keyof SourceFields) => (_: unknown, data: { value: string }) => state.setSource({ ...state.source, [key]: data.value });
  return (
    <>
      <section className={styles.step} aria-label={UI.draw.stepAnnounce}>
        <Text weight="semibold">{UI.draw.stepAnnounce}</Text>
        {a ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <Text block>{UI.draw.announced(a.drawId, a.name, a.issue, a.time, a.count, a.width)}</Text>
              <Text block weight="semibold">{UI.draw.announcementHash}</Text>
              <CopyableHash value={a.hash} label={UI.draw.announcementHash} fact={UI.draw.announcementHash} />
              <Text block size={200}>{UI.draw.announcementHashHint}</Text>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {a && state.announceRecord ? <PrintRecord record={state.announceRecord} /> : null}
        {a ? null : (
          <>
            <Text size={200}>{UI.draw.announceIntro}</Text>
            <Field label={UI.draw.sourceName} required><Input value={state.source.name} onChange={set('name')} /></Field>
            <div className={styles.row}>
              <Field label={UI.draw.sourceIssue} required><Input value={state.source.issue} onChange={set('issue')} /></Field>
              <Field label={UI.draw.sourceCount} required><Input value={state.source.count} inputMode="numeric" onChange={set('count')} /></Field>
            </div>
            <div className={styles.row}>
              <Field label={UI.draw.sourceTime} required>
                <Input value={state.source.time} placeholder="2024-06-05 21:30" onChange={set('time')} />
              </Field>
              <Field label={UI.draw.sourceWidth} required><Input value={state.source.width} inputMode="numeric" onChange={set('width')} /></Field>
            </div>
            <Field label={UI.draw.operatorLabel} required validationState="none"
              validationMessage={state.operator.trim() ? undefined : UI.draw.operatorRequired}>
              <Input value={state.operator} onChange={(_, data) => state.setOperator(data.value)} />
            </Field>
            <Button appearance="primary" disabled={state.busy !== null || !state.operator.trim() || !state.source.issue.trim() || !state.source.time.trim()}
              onClick={() => void state.announce()}>
              {UI.draw.announceButton}
            </Button>
            {state.busy === 'announce' ? <BusyBar label={UI.draw.announcing} progress={state.progress} /> : null}
            {state.announceFailure ? <ProblemBar port={props.port} title={UI.draw.announceRefused} problems={state.announceFailure} /> : null}
          </>
        )}
      </section>
      <section className={styles.step} aria-label={UI.draw.stepNumbers}>
        <Text weight="semibold">{UI.draw.stepNumbers}</Text>
        {!a ? <Text size={200} className={styles.locked}>{UI.draw.stepLocked}</Text> : state.beforeDrawing ? (
          <Text size={200}>{UI.draw.numbersBefore(a.time)}</Text>
        ) : (
          <Field label={UI.draw.numbersLabel(a.count, a.width)} required>
            <Textarea value={state.numbers} resize="vertical" rows={2} inputMode="numeric" onChange={(_, data) => state.setNumbers(data.value)} />
          </Field>
        )}
      </section>
    </>
  );
}
