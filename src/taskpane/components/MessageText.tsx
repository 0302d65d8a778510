// A problem's Chinese message with its quoted values kept on one line: at the pane's width a line
// may otherwise break inside “交004” or a credit code, between a Chinese character and a digit.
import { makeStyles } from '@fluentui/react-components';

/** Quoted values longer than this may still wrap: kept whole they would overflow the pane. */
const MAX_UNBROKEN = 20;
const QUOTED = /(“[^“”]*”)/u;

const useStyles = makeStyles({
  unbroken: { whiteSpace: 'nowrap' },
});

export function MessageText(props: { text: string }) {
  const styles = useStyles();
  return (
    <>
      {props.text.split(QUOTED).map((part, index) =>
        index % 2 === 1 && part.length <= MAX_UNBROKEN + 2
          ? <span key={index} className={styles.unbroken}>{part}</span>
          : part,
      )}
    </>
  );
}
