// A full hash with a copy button beside it: a clerk must not copy 64 characters by hand (issue 13).
// Where the clipboard is refused (older Office hosts, no permission) the text is selected for Ctrl+C.
import { useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PRINT_UI } from '../../core/messages/print-pane';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', gap: '4px', minWidth: 0 },
  hash: { flex: '1 1 auto', minWidth: 0, wordBreak: 'break-all', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  button: { flex: '0 0 auto', minWidth: 'auto' },
});

/** A value that is a full SHA-256 hash, the kind a clerk copies. */
export const isFullHash = (value: string) => /^[0-9a-f]{64}$/.test(value);

export function CopyableHash(props: { value: string; label: string; fact?: string }) {
  const styles = useStyles();
  const text = useRef<HTMLSpanElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'selected'>('idle');
  const selectText = () => {
    const node = text.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value);
      setState('copied');
    } catch {
      selectText();
      setState('selected');
    }
  };
  return (
    <span className={styles.root}>
      <span ref={text} className={styles.hash} data-fact={props.fact} data-hash>{props.value}</span>
      <Button className={styles.button} size="small" appearance="subtle" aria-label={PRINT_UI.copyLabel(props.label)}
        onClick={() => void copy()} data-print-hide>
        {state === 'copied' ? PRINT_UI.copied : state === 'selected' ? PRINT_UI.selected : PRINT_UI.copy}
      </Button>
    </span>
  );
}
