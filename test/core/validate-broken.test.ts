import { parseWorkbook } from '../../src/core/validate';
import { formatProblem, type Problem } from '../../src/core/messages/problem';
import { BROKEN_CASES, brokenSheets, type BrokenCase } from './fixtures/broken';

export function placeOf(problem: Problem): string {
  return `${problem.code}@${problem.sheet}${problem.cell ? '!' + problem.cell : ''}`;
}

/** The case's problem is there with its severity, and nothing else but what the fault rightly causes. */
export function expectCaseProblems(brokenCase: BrokenCase, problems: Problem[]): void {
  const expected = `${brokenCase.code}@${brokenCase.sheet}${brokenCase.cell ? '!' + brokenCase.cell : ''}`;
  const found = problems.find((problem) => placeOf(problem) === expected);
  expect(found?.severity).toBe(brokenCase.severity);
  expect(found?.message).toMatch(/[\u4e00-\u9fff]/);
  expect(problems.map(placeOf).sort()).toEqual([expected, ...(brokenCase.alsoExpected ?? [])].sort());
}

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
