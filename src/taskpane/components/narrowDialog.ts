// Dialogs laid out as one column: Fluent's DialogBody grid (1fr 1fr auto) ran 2 px wider than a
// 320 px task pane, and DialogContent's -2 px side margins (room for focus outlines) ran past it too;
// title, content and actions stacked, without those margins, fit any width.
import { makeStyles } from '@fluentui/react-components';

export const useNarrowDialog = makeStyles({
  surface: { maxWidth: 'calc(100vw - 16px)', boxSizing: 'border-box' },
  body: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  content: { marginLeft: 0, marginRight: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: '8px' },
});
