// The pane's header names a report deadline within 5 days (issue 12), and nothing further away.
import { renderToStaticMarkup } from 'react-dom/server';
import { webLightTheme } from '@fluentui/react-components';
import { PaneApp } from '../../src/taskpane/App';
import { NO_CHANGES } from '../../src/taskpane/changes';
import { directService } from '../../src/taskpane/service';
import type { PaneHost } from '../../src/taskpane/host';
import type { WorkbookPort } from '../../src/workbook/port';

const port: WorkbookPort = { listSheets: async () => [], readSheets: async () => new Map(), apply: async () => undefined };
const host: PaneHost = { kind: 'preview', port, service: directService(port), changes: NO_CHANGES, theme: webLightTheme, storage: null };

function paneOn(isoMoment: string): string {
  jest.useFakeTimers({ now: new Date(isoMoment), doNotFake: ['nextTick', 'setImmediate'] });
  try {
    return renderToStaticMarkup(<PaneApp host={host} />);
  } finally {
    jest.useRealTimers();
  }
}

test('two days before the 20th the header says the monthly report is due', () => {
  const html = paneOn('2024-06-18T02:00:00Z');
  expect(html).toContain('data-testid="deadline-reminder"');
  expect(html).toContain('报送提醒：月报表（6月20日前），6月20日截止，还有 2 天');
});

test('six days before, or after the 20th with the next deadline far, the header says nothing', () => {
  expect(paneOn('2024-06-14T02:00:00Z')).not.toContain('deadline-reminder');
  expect(paneOn('2024-07-01T02:00:00Z')).not.toContain('deadline-reminder');
});
