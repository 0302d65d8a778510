#!/usr/bin/env node
// `ssj`: the command line of 双随机抽查助手. Dispatches to the commands in ./commands; every failure
// reaches the user as a Chinese message and an exit code, never as a stack trace.
import { cliMessages } from '../core/messages/cli';
import { UserFacingError, type Problem } from '../core/messages/problem';
import { asksForJson, UsageError } from './args';
import { COMMANDS, type CliCommand } from './commands';
import { printJson, printProblems, problemJson, processIo, type CliIo } from './output';
import { setFileProgress, throttledProgress } from '../workbook/file-progress';

const HELP = new Set(['--help', '-h', 'help']);

export function usage(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length)); // spread-ok: the dozen commands
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [cliMessages.usageHeader, ...lines, cliMessages.usageFooter].join('\n');
}

/** Runs one command line (without `node ssj`) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo = processIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP.has(name)) {
    (name === undefined ? io.err : io.out)(usage(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(cliMessages.unknownCommand(name));
    return 2;
  }
  if (rest.some((arg) => arg === '--help' || arg === '-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (failure) {
    if (command.json && asksForJson(rest)) return reportFailureAsJson(failure, command, io);
    return reportFailure(failure, command, io);
  }
}

/** Exit code 2 for every failure that reaches the dispatcher: bad arguments, a file that cannot be read or written. */
function reportFailure(failure: unknown, command: CliCommand, io: CliIo): number {
  if (failure instanceof UsageError) {
    io.err(failure.message);
    io.err(command.usage);
  } else if (failure instanceof UserFacingError) {
    printProblems(io, failure.problems, 'err');
  } else {
    io.err(cliMessages.unexpectedFailure(failure instanceof Error ? failure.message : String(failure)));
    if (process.env.SSJ_DEBUG && failure instanceof Error) io.err(failure.stack ?? '');
  }
  return 2;
}

/** The same failures, exit code and all, as `{ "ok": false, "problems": [...] }` on stdout for a --json caller. */
function reportFailureAsJson(failure: unknown, command: CliCommand, io: CliIo): number {
  let problems: Problem[];
  if (failure instanceof UsageError) {
    problems = [cliMessages.usageProblem(failure.message)];
    io.err(command.usage);
  } else if (failure instanceof UserFacingError) {
    problems = failure.problems;
  } else {
    problems = [cliMessages.unexpectedProblem(failure instanceof Error ? failure.message : String(failure))];
    if (process.env.SSJ_DEBUG && failure instanceof Error) io.err(failure.stack ?? '');
  }
  printJson(io, { ok: false, problems: problems.map(problemJson) });
  return 2;
}

/** A reader that stops early (`ssj draw … | head`) is not a failure worth a stack trace. */
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (failure: NodeJS.ErrnoException) => {
    if (failure.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw failure;
  });
}

if (require.main === module) {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  // Long reads and writes (a million-row registry) say where they are on stderr after a few seconds.
  setFileProgress(throttledProgress((line) => process.stderr.write(`${line}\n`)));
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
