// `ssj status book.xlsx [--date 2024-07-15] [--task 联033] [--json]`: per task, inspected, problems,
// open loops and 公示 deadlines (SPEC §4). Read-only. Exit 0 nothing overdue and no entry error,
// 1 something overdue or wrong, 2 cannot read.
import { resultTexts as t } from '../../core/messages/results';
import { deadlineReminders } from '../../core/reports/deadlines';
import { workbookStatus } from '../../usecases/status';
import { XlsxFileReader } from '../../workbook/xlsx-file';
import { parseArgs, singleFile } from '../args';
import { printJson, printProblems, problemJson } from '../output';
import type { CliCommand } from './types';

export const statusCommand: CliCommand = {
  name: 'status',
  summary: t.statusSummary,
  usage: t.statusUsage,
  json: true,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'], options: ['date', 'task'] });
    const file = singleFile(args);
    const taskId = args.options.get('task')?.trim() || undefined;
    const report = await workbookStatus(new XlsxFileReader(file), { date: args.options.get('date'), taskId });
    const failed = report.overdue > 0 || report.entryErrors > 0;
    // The monthly and progress reports due soon (SPEC §5), said beside the results' own deadlines.
    const reportDeadlines = deadlineReminders(report.asOf);
    if (args.flags.has('json')) {
      printJson(io, { file, ok: !failed, ...report, problems: report.problems.map(problemJson), reportDeadlines });
      return failed ? 1 : 0;
    }
    io.out(t.asOf(report.asOf));
    for (const line of reportDeadlines) io.out(line);
    if (report.tasks.length === 0) io.out(taskId === undefined ? t.noTasks : t.noTaskDraws(taskId));
    for (const task of report.tasks) {
      io.out('');
      io.out(t.taskLine(task) + (task.done ? `  ${t.taskDone}` : ''));
      for (const item of task.items) {
        if (item.kind === 'awaiting' || item.kind === 'entry') continue;
        io.out(`  [${t.kinds[item.kind]}] 抽查结果!${item.cell} ${t.objectLabel(item.objectName, item.objectId)}：${item.text}`);
      }
    }
    if (report.problems.length > 0) {
      io.out('');
      printProblems(io, report.problems);
    }
    io.out('');
    io.out(report.allDone ? t.allDone : t.summary(report.overdue, report.entryErrors));
    return failed ? 1 : 0;
  },
};
