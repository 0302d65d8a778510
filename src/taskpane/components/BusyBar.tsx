// A ProgressBar for long work: what is being done, how far (determinate once the use case reports
// counts), and the time so far in half seconds, so the clerk sees it move at least once a second
// even while a step reports no counts (a busy machine stretches a one-second timer past the second).
import { useEffect, useState } from 'react';
import { Field, ProgressBar } from '@fluentui/react-components';
import { UI } from '../../core/messages/ui';
import type { Progress } from '../useProgress';

export function BusyBar(props: { label: string; progress: Progress | null }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 500) / 2), 500);
    return () => clearInterval(timer);
  }, []);
  const { progress } = props;
  const counted = progress && progress.total > 0;
  const value = counted ? progress.done / progress.total : undefined;
  const step = progress?.label
    ? counted ? UI.progress.step(progress.label, progress.done, progress.total) : progress.label
    : '';
  const what = step ? UI.app.withNote(props.label, step) : props.label;
  const hint = seconds > 0 ? `${what} · ${UI.progress.elapsed(seconds)}` : what;
  return (
    <Field validationMessage={hint} validationState="none" data-testid="busy-bar">
      <ProgressBar value={value} thickness="large" aria-label={props.label} />
    </Field>
  );
}
