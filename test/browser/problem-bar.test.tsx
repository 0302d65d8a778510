// A failed draw shows every problem, each with its place, in one MessageBar (rendered on the server side).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { error, warning } from '../../src/core/messages/problem';
import { UI } from '../../src/core/messages/ui';
import { ProblemBar } from '../../src/taskpane/components/ProblemBar';
import type { WorkbookPort } from '../../src/workbook/port';

const port: WorkbookPort = {
  listSheets: async () => [],
  readSheets: async () => new Map(),
  apply: async () => undefined,
};

test('lists every problem of a failed draw with its sheet!cell, not only the first', () => {
  const problems = [
    error('draw.infeasible', '对象甲：市场监管局合格人员只有 1 人，需要 2 人。', '检查对象名录库', 'A5'),
    error('draw.infeasible', '对象乙：市场监管局合格人员只有 1 人，需要 2 人。', '检查对象名录库', 'A9'),
    warning('plan.note', '没有位置的提示。'),
  ];
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ProblemBar port={port} title={UI.draw.failureTitle} problems={problems} />
    </FluentProvider>,
  );
  expect(html).toContain(UI.draw.failureTitle);
  expect(html).toContain('role="alert"');
  expect(html.match(/<li/g)).toHaveLength(3);
  for (const problem of problems) expect(html).toContain(problem.message);
  expect(html).toContain('检查对象名录库!A5');
  expect(html).toContain('检查对象名录库!A9');
});

test('a short quoted value is kept on one line; a long one may wrap', () => {
  const long = `“${'9'.repeat(30)}”`;
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ProblemBar port={port} title={UI.draw.failureTitle}
        problems={[error('plan.duplicate-task', `抽查任务编号“交004”重复，另见${long}。`, '年度抽查计划', 'C8')]} />
    </FluentProvider>,
  );
  expect(html).toMatch(/<span class="[^"]+">“交004”<\/span>/);
  expect(html).not.toMatch(new RegExp(`<span class="[^"]+">${long}</span>`));
  expect(html).toContain(`另见${long}。`);
});
