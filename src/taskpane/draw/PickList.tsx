// The drawn objects in draw order: 序号, name, 对象编号 and stratum, then each department's inspectors
// with their 人员编号. Long lists (a 10,000-object draw) are virtualised: every row stays reachable by
// scrolling, only the visible ones are in the page.
import { useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { UI } from '../../core/messages/ui';
import type { DrawPick, DryRunReport } from '../../usecases';

/** Up to this many picks are listed plainly; more are virtualised in a scrolling box. */
const PLAIN_LIMIT = 200;
const ROW_ESTIMATE = 64;

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', minWidth: 0 },
  item: { paddingBlock: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, overflowWrap: 'anywhere' },
  object: { display: 'block' },
  people: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  scroller: { height: '360px', overflowY: 'auto', overflowX: 'hidden', position: 'relative', minWidth: 0 },
});

/** Each department's share of a pick's inspectors, in the draw's department order (SPEC §3.5). */
function byDepartment(pick: DrawPick, plan: DryRunReport | null): Array<{ dept: string; people: Array<{ id: string; name: string }> }> {
  const people = pick.inspectorIds.map((id, i) => ({ id, name: pick.inspectorNames[i] ?? '' }));
  if (!plan || plan.departments.reduce((sum, d) => sum + d.perObject, 0) !== people.length) return [{ dept: '', people }];
  let at = 0;
  return plan.departments.map(({ department, perObject }) => {
    const share = people.slice(at, at + perObject);
    at += perObject;
    return { dept: department, people: share };
  });
}

function PickItem(props: { pick: DrawPick; plan: DryRunReport | null }) {
  const styles = useStyles();
  const { pick } = props;
  return (
    <>
      <span className={styles.object}>{UI.draw.pickObject(pick.seq, pick.objectName, pick.objectId, pick.stratum)}</span>
      {byDepartment(pick, props.plan).map(({ dept, people }) => (
        <span key={dept} className={styles.people}>{UI.draw.pickInspectors(dept || UI.draw.departments, people)}</span>
      ))}
    </>
  );
}

export function PickList(props: { picks: readonly DrawPick[]; plan: DryRunReport | null }) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const many = props.picks.length > PLAIN_LIMIT;
  const virtualizer = useVirtualizer({
    count: many ? props.picks.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  if (!many) {
    return (
      <ol className={styles.list} aria-label={UI.draw.picksTitle}>
        {props.picks.map((pick) => <li key={pick.seq} className={styles.item}><PickItem pick={pick} plan={props.plan} /></li>)}
      </ol>
    );
  }
  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} aria-label={UI.draw.picksTitle} data-testid="pick-scroller">
      <ol className={styles.list} style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const pick = props.picks[row.index];
          return (
            <li key={pick.seq} ref={virtualizer.measureElement} data-index={row.index} className={styles.item}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}>
              <PickItem pick={pick} plan={props.plan} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
