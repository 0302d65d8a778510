// Progress of long work (reading a large registry, writing results) for the ProgressBar.
import { useCallback, useState } from 'react';
import type { ProgressReporter } from '../workbook/port';

export interface Progress {
  done: number;
  total: number;
  label?: string;
}

export function useProgress(): { progress: Progress | null; reporter: ProgressReporter; clear: () => void } {
  const [progress, setProgress] = useState<Progress | null>(null);
  const reporter = useCallback<ProgressReporter>((done, total, label) => setProgress({ done, total, label }), []);
  const clear = useCallback(() => setProgress(null), []);
  return { progress, reporter, clear };
}
