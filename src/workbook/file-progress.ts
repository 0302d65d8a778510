// Stages and rows of long file work (reading a million-row sheet, writing, reading back), for the CLI
// to show on stderr. One sink per process: the CLI sets it (cli/progress.ts); nothing is shown otherwise.
import { progressTexts } from '../core/messages/progress';

export type FileProgressEvent =
  | { stage: 'reading'; sheet: string; rows: number }
  | { stage: 'read'; sheet: string; rows: number }
  | { stage: 'writing'; sheet: string; rows: number }
  | { stage: 'compressing' }
  | { stage: 'reading-back' };

let sink: ((event: FileProgressEvent) => void) | undefined;

export function setFileProgress(next: ((event: FileProgressEvent) => void) | undefined): void {
  sink = next;
}

export function fileProgress(event: FileProgressEvent): void {
  sink?.(event);
}

/** Rows between two 'reading' events of one sheet. */
export const ROWS_PER_EVENT = 50_000;

export function progressText(event: FileProgressEvent): string {
  switch (event.stage) {
    case 'reading':
      return progressTexts.reading(event.sheet, event.rows);
    case 'read':
      return progressTexts.read(event.sheet, event.rows);
    case 'writing':
      return progressTexts.writing(event.sheet, event.rows);
    case 'compressing':
      return progressTexts.compressing;
    case 'reading-back':
      return progressTexts.readingBack;
  }
}

/**
 * A sink that writes a line per stage to `write`, but only once `quietSeconds` have passed since it was
 * made (a quick command stays silent), and rows at most every `everySeconds`.
 */
export function throttledProgress(write: (line: string) => void, quietSeconds = 3, everySeconds = 2, now = () => Date.now()): (event: FileProgressEvent) => void {
  const started = now();
  let lastShown = 0;
  let lastStage = '';
  return (event) => {
    const at = now();
    if (at - started < quietSeconds * 1000) return;
    const stageKey = `${event.stage}|${'sheet' in event ? event.sheet : ''}`;
    if (event.stage === 'reading' && stageKey === lastStage && at - lastShown < everySeconds * 1000) return;
    lastShown = at;
    lastStage = stageKey;
    write(`${progressText(event)}${progressTexts.elapsed((at - started) / 1000)}`);
  };
}
