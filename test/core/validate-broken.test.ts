import { parseWorkbook } from '../../src/core/validate';
import { formatProblem } from '../../src/core/messages/problem';
import { BROKEN_CASES, brokenSheets, expectCaseProblems } from './fixtures/broken';

test('the table holds at least 25 broken workbooks', () => {
  expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(25);
});

describe.each(BROKEN_CASES.map((c) => [c.name, c] as const))('broken workbook: %s', (_name, brokenCase) => {
  test(`gives ${brokenCase.code} at ${brokenCase.sheet}!${brokenCase.cell ?? ''} and does not throw`, () => {
    const { problems } = parseWorkbook(brokenSheets(brokenCase));
    expectCaseProblems(brokenCase, problems);
    for (const problem of problems) expect(formatProblem(problem)).toContain(problem.sheet!);
  });
});
