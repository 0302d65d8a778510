// A ProgressBar for long work: determinate once the use case reports counts.
import { Field, ProgressBar } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import type { Progress } from '../useProgress';

export function BusyBar(props: { label: string; progress: Progress | null }) {
  const value = props.progress && props.progress.total > 0 ? props.progress.done / props.progress.total : undefined;
  const hint = props.progress?.label ? UI.app.withNote(props.label, props.progress.label) : props.label;
  return (
    <Field validationMessage={hint} validationState="none">
      <ProgressBar value={value} thickness="large" aria-label={props.label} />
    </Field>
  );
}
