// `ssj draw`: draw a task (or --dry-run it) and print a transcript an observer can follow (STYLE.md).
import { drawCliTexts as t } from '../../core/messages/draw-cli';
import { isoDate } from '../../core/dates';
import { drawRecordOf, drawTask, dryRun, type DrawReport, type DryRunReport, type SeedSource } from '../../usecases';
import { XlsxAppendingFile } from '../../workbook/xlsx-file';
import { outputTarget, parseArgs, singleFile, UsageError, type ParsedArgs } from '../args';
import { printJson, printProblems, problemJson, type CliIo } from '../output';
import { saveOrRefusal } from '../save';
import { recordTarget, writeRecord } from '../record';
import { announceCliTexts } from '../../core/messages/announce';
import type { CliCommand } from './types';

const PICKS_SHOWN = 60;

export const drawCommand: CliCommand = {
  name: 'draw',
  summary: t.drawSummary,
  usage: t.drawUsage,
  json: true,
  async run(argv, io) {
    const args = parseArgs(argv, {
      flags: ['generate', 'json', 'dry-run', 'force'],
      options: ['task', 'witness', 'numbers', 'unannounced', 'seed', 'operator', 'date', 'out', 'record'],
    });
    const file = singleFile(args);
    const taskId = required(args, 'task', t.needTask);
    const date = drawDate(args);
    const target = await outputTarget(args, file);
    const record = args.flags.has('dry-run') ? undefined : await recordTarget(args, [file, target]);
    const book = await XlsxAppendingFile.open(file);
    if (args.flags.has('dry-run')) {
      const report = await dryRun(book, taskId, date);
      const ok = !report.problems.some((p) => p.severity === 'error');
      if (args.flags.has('json')) {
        // What the pane alone uses: restated problems, earlier witness digits (they stand in the log).
        const { superseded: _superseded, witnessesUsed: _witnessesUsed, expected: _expected, ...shown } = report;
        printJson(io, { ok, file, ...shown, problems: report.problems.map(problemJson) });
      } else {
        printDryRun(io, report);
      }
      return report.problems.some((p) => p.severity === 'error') ? 1 : 0;
    }
    const report = await drawTask(book, {
      taskId, seedSource: seedSource(args), operator: required(args, 'operator', t.needOperator), date,
      unannounced: args.options.get('unannounced'),
    });
    const refusal = report.written ? await saveOrRefusal(book, target) : null;
    if (refusal) {
      if (args.flags.has('json')) printJson(io, { ok: false, file, written: false, problems: refusal.map(problemJson) });
      else {
        printProblems(io, refusal, 'err');
        io.err(t.refused);
      }
      return 1;
    }
    if (args.flags.has('json')) printJson(io, { file: target, ...report, problems: report.problems.map(problemJson) });
    else printDraw(io, report, target);
    if (record && report.written) {
      await writeRecord(record, drawRecordOf(report, required(args, 'operator', t.needOperator)));
      if (!args.flags.has('json')) io.out(announceCliTexts.recordSaved(record));
    }
    return report.ok ? 0 : 1;
  },
};

function required(args: ParsedArgs, name: string, message: string): string {
  const value = args.options.get(name)?.trim();
  if (!value) throw new UsageError(message);
  return value;
}

function drawDate(args: ParsedArgs): string | undefined {
  const text = args.options.get('date');
  if (text === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const iso = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!iso) throw new UsageError(t.badDate(text));
  return iso;
}

function seedSource(args: ParsedArgs): SeedSource {
  const given = [args.options.has('witness'), args.flags.has('generate'), args.options.has('seed'), args.options.has('numbers')].filter(Boolean).length;
  if (given === 0) throw new UsageError(t.needSeedSource);
  if (given > 1) throw new UsageError(t.oneSeedSource);
  if (args.options.has('unannounced') && !args.options.get('unannounced')!.trim()) throw new UsageError(t.unannouncedEmpty);
  if (args.options.has('numbers')) return { kind: 'public', numbers: args.options.get('numbers')! };
  if (args.options.has('witness')) return { kind: 'witness', digits: args.options.get('witness')! };
  if (args.options.has('seed')) return { kind: 'seed', seed: args.options.get('seed')!.trim() };
  return { kind: 'generate' };
}

function printStrata(io: CliIo, report: Pick<DryRunReport, 'strata'>): void {
  for (const s of report.strata) io.out(t.stratumLine(s.stratum, s.eligible, s.ratioBp, s.sampleSize));
}

function printDryRun(io: CliIo, report: DryRunReport): void {
  printProblems(io, report.problems);
  if (!report.drawId) return;
  io.out(t.dryRunHeader(report.taskId, report.drawId));
  io.out(report.announcement ? t.dryRunAnnounced(report.announcement.source, report.announcement.hash) : t.dryRunUnannounced);
  printStrata(io, report);
  io.out(t.totalLine(report.eligibleTotal, report.sampleTotal, report.minimum));
  for (const d of report.departments) io.out(t.departmentLine(d.department, d.eligible, d.perObject));
}

function printDraw(io: CliIo, report: DrawReport, file: string): void {
  if (!report.drawId) {
    printProblems(io, report.problems, 'err');
    io.err(t.refused);
    return;
  }
  printProblems(io, report.notes);
  io.out(t.drawHeader(report.drawId));
  if (report.announcement) io.out(t.announcedLine(report.announcement.source, report.announcement.hash));
  else if (report.written) io.out(t.unannouncedLine);
  if (report.material) io.out(t.materialLine(report.material));
  io.out(t.seedLine(report.seedSourceLabel, report.seed));
  printStrata(io, report);
  if (report.ok) {
    io.out(t.pickHeader);
    for (const pick of report.picks.slice(0, PICKS_SHOWN)) {
      const inspectors = pick.inspectorIds.map((id, i) => `${pick.inspectorNames[i] || '?'}(${id})`).join('、');
      io.out(t.pickLine(pick.seq, pick.objectId, pick.objectName, pick.stratum, inspectors));
    }
    if (report.picks.length > PICKS_SHOWN) io.out(t.picksElided(PICKS_SHOWN, report.picks.length));
    io.out(t.loadHeader);
    for (const l of report.loadSpread) io.out(t.loadLine(l.department, l.min, l.max, l.inspectors));
    io.out(t.resultHash(report.resultHash));
    if (report.written) io.out(t.drawSaved(file, report.resultRows!.first, report.resultRows!.last));
  } else {
    printProblems(io, report.problems, 'err');
    if (report.written) io.err(t.failedSaved(file));
  }
  if (report.logHash) io.out(t.logHash(report.logHash));
  if (!report.written) io.out(t.replayNotSaved);
}
