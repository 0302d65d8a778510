// The year's cumulative inspections by month, internal against joint, as an SVG drawn by hand: two bars a
// month, the scale from 0 to the largest month, each bar titled with its figures.
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { REPORT_CHART, reportUiTexts as T } from '../../core/messages/reports';
import type { MonthlyPoint } from '../../core/reports';

const WIDTH = 290;
const HEIGHT = 150;
const AXIS = 18;
const TOP = 10;

const useStyles = makeStyles({
  legend: { display: 'flex', gap: '12px', fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: '4px' },
});

const COLORS = { internal: tokens.colorPaletteBlueBorderActive, joint: tokens.colorPaletteGreenBorderActive };

export function MonthlyChart(props: { points: readonly MonthlyPoint[] }) {
  const styles = useStyles();
  const { points } = props;
  // spread-ok: at most 12 months
  const max = Math.max(1, ...points.map((p) => Math.max(p.internal, p.joint)));
  const slot = (WIDTH - 24) / Math.max(points.length, 1);
  const bar = Math.max(3, Math.min(12, slot / 2 - 2));
  const height = (n: number) => ((HEIGHT - AXIS - TOP) * n) / max;
  const base = HEIGHT - AXIS;
  return (
    <figure style={{ margin: 0 }} aria-label={T.chart}>
      <Text weight="semibold" block>{T.chart}</Text>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={T.chart} data-chart="monthly">
        <line x1={20} y1={base} x2={WIDTH} y2={base} stroke={tokens.colorNeutralStroke1} />
        <text x={16} y={TOP + 8} fontSize={10} textAnchor="end">{max}</text>
        <text x={16} y={base} fontSize={10} textAnchor="end">0</text>
        {points.map((p, i) => {
          const x = 24 + i * slot + slot / 2;
          return (
            <g key={p.month} data-month={p.month}>
              <title>{T.chartLabel(p.month, p.internal, p.joint)}</title>
              <rect x={x - bar - 1} y={base - height(p.internal)} width={bar} height={height(p.internal)} fill={COLORS.internal} data-series="internal" data-value={p.internal} />
              <rect x={x + 1} y={base - height(p.joint)} width={bar} height={height(p.joint)} fill={COLORS.joint} data-series="joint" data-value={p.joint} />
              <text x={x} y={HEIGHT - 4} fontSize={10} textAnchor="middle">{p.month}</text>
            </g>
          );
        })}
      </svg>
      <div className={styles.legend}>
        <span><span className={styles.swatch} style={{ backgroundColor: COLORS.internal }} />{REPORT_CHART.internal}</span>
        <span><span className={styles.swatch} style={{ backgroundColor: COLORS.joint }} />{REPORT_CHART.joint}</span>
      </div>
    </figure>
  );
}
