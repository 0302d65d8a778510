// Seed source (witness digits with a live digit count, or generated) and the remembered operator.
import { Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import type { DrawTabState, SeedKind } from './useDrawTab';

/** Witnesses may write 三一七九: SPEC §3.2 counts only decimal digits, so the clerk is told why they do not count. */
const CHINESE_NUMERALS = /[〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖]/u;

export function SeedFields(props: { state: DrawTabState }) {
  const { state } = props;
  const enough = state.digitCount >= state.minDigits;
  return (
    <>
      <Field label={UI.draw.seedSource}>
        <RadioGroup value={state.seedKind} layout="horizontal"
          onChange={(_, data) => state.setSeedKind(data.value as SeedKind)}>
          <Radio value="witness" label={UI.draw.seedWitness} />
          <Radio value="generate" label={UI.draw.seedGenerate} />
        </RadioGroup>
      </Field>
      {state.seedKind === 'witness' ? (
        <Field label={UI.draw.witnessLabel} required
          validationState={state.witnessReused ? 'warning' : enough ? 'success' : state.witness ? 'warning' : 'none'}
          validationMessage={state.witnessReused?.message
            ?? UI.draw.witnessCount(state.digitCount, state.minDigits, CHINESE_NUMERALS.test(state.witness))}>
          <Textarea value={state.witness} placeholder={UI.draw.witnessPlaceholder} resize="vertical" rows={2}
            inputMode="numeric" onChange={(_, data) => state.setWitness(data.value)} />
        </Field>
      ) : null}
      <Field label={UI.draw.unannouncedLabel} required validationState="warning" validationMessage={UI.draw.unannouncedHint}>
        <Textarea value={state.reason} placeholder={UI.draw.unannouncedPlaceholder} resize="vertical" rows={2}
          onChange={(_, data) => state.setReason(data.value)} />
      </Field>
      {/* An empty name is the normal start, not a fault: a plain hint says why 抽取 waits for it. */}
      <Field label={UI.draw.operatorLabel} required validationState="none"
        validationMessage={state.operator.trim() ? undefined : UI.draw.operatorRequired}>
        <Input value={state.operator} placeholder={UI.draw.operatorPlaceholder}
          onChange={(_, data) => state.setOperator(data.value)} />
      </Field>
    </>
  );
}
