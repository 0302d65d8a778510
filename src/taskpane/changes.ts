// The workbook changed under the pane: a sheet the pane reads was edited (by the clerk in Excel, or in
// the preview's grid). The pane then marks its dry run and 核验 report out of date; the draw itself
// re-checks what it was confirmed with whatever the events (usecases/expected.ts).
import { useEffect, useState } from 'react';

export interface ChangeFeed {
  /** Calls `listener` with the sheet's name after each edit; returns the unsubscribe. */
  onChange(listener: (sheet: string) => void): () => void;
}

/** A feed for hosts that cannot tell (the pane then relies on the draw's own check). */
export const NO_CHANGES: ChangeFeed = { onChange: () => () => undefined };

/** A number that grows with every edit of the workbook: a view made at an older number is out of date. */
export function useWorkbookEdits(feed: ChangeFeed): number {
  const [edits, setEdits] = useState(0);
  useEffect(() => feed.onChange(() => setEdits((n) => n + 1)), [feed]);
  return edits;
}
