// The dry run: eligible objects and sample size per stratum, before any seed exists.
import {
  makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from '@fluentui/react-components';
import { percentText } from '../../core/messages/draw';
import { UI } from '../../core/messages/ui';
import { formatCount } from '../../core/messages/numbers';
import type { DryRunReport } from '../../usecases';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  total: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, display: 'block' },
});

export function DryRunTable(props: { plan: DryRunReport }) {
  const styles = useStyles();
  const { plan } = props;
  return (
    <section aria-label={UI.draw.dryRunTitle(plan.drawId)}>
      <Text as="h3" weight="semibold" block>{UI.draw.dryRunTitle(plan.drawId)}</Text>
      <Table size="extra-small" aria-label={UI.draw.dryRunTitle(plan.drawId)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{UI.draw.stratum}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{UI.draw.eligible}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{UI.draw.stratumRatio}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{UI.draw.sampleSize}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.strata.map((row) => (
            <TableRow key={row.stratum}>
              <TableCell>{row.stratum}</TableCell>
              <TableCell className={styles.number}>{formatCount(row.eligible)}</TableCell>
              <TableCell className={styles.number}>{percentText(row.ratioBp)}</TableCell>
              <TableCell className={styles.number}>{formatCount(row.sampleSize)}</TableCell>
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableCell>{UI.draw.total}</TableCell>
            <TableCell className={styles.number}>{formatCount(plan.eligibleTotal)}</TableCell>
            <TableCell />
            <TableCell className={styles.number}>{formatCount(plan.sampleTotal)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Text size={200} className={styles.note}>{UI.draw.minimum(plan.minimum)}</Text>
      {plan.departments.map((dept) => (
        <Text key={dept.department} size={200} className={styles.note}>
          {UI.draw.deptEligible(dept.department, dept.eligible, dept.perObject)}
        </Text>
      ))}
    </section>
  );
}
