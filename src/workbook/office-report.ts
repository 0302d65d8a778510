// The report's native chart through Office.js (issue 12): a clustered column chart of the figures table
// on 报表图表, made once and found again by name on later fills, where its data is reset instead.
// Members: Worksheet.charts, ChartCollection.add / load items, Chart.name, Chart.title.text,
// Chart.setPosition, Chart.setData: all ExcelApi 1.1, and none on the undo page's list of members an
// undo group refuses (it names Chart.categoryLabelLevel, Chart.seriesNameLevel, ChartPivotOptions.*),
// so the chart joins the answers' undo group.
import type { ChartSpec } from './port';
import type { SyncRunner } from './office-batch';

/** Two syncs: one to look for the chart by name, one to add it or reset its data. */
export async function placeChart(context: Excel.RequestContext, runner: SyncRunner, chart: ChartSpec): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(chart.sheet);
  const charts = sheet.charts;
  charts.load('items/name');
  await runner.sync();
  const source = sheet.getRange(chart.source);
  const existing = charts.items.find((item) => item.name === chart.name);
  if (existing) {
    existing.setData(source, 'Columns');
  } else {
    const added = charts.add('ColumnClustered', source, 'Columns');
    added.name = chart.name;
    added.title.text = chart.title;
    added.setPosition(chart.from, chart.to);
  }
  await runner.sync();
}
