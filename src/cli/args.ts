// A tiny argument parser: positionals, boolean flags (--json) and valued options (--seed X or --seed=X).
import { promises as fs } from 'fs';
import * as path from 'path';
import { cliMessages } from '../core/messages/cli';
import { UserFacingError } from '../core/messages/problem';

export interface ArgSpec {
  /** Boolean flags, without the leading dashes. */
  flags?: readonly string[];
  /** Options that take a value, without the leading dashes. */
  options?: readonly string[];
}

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Bad arguments: the dispatcher prints the message and the command's usage, and exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseArgs(argv: readonly string[], spec: ArgSpec = {}): ParsedArgs {
  const flags = new Set(spec.flags ?? []);
  const valued = new Set(spec.options ?? []);
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.positional.push(...argv.slice(i + 1)); // spread-ok: command-line arguments
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(cliMessages.unknownOption(arg));
      parsed.positional.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg.slice(2), '=');
    const given = flags.has(name) && inline === undefined ? 'flag' : valued.has(name) ? 'option' : undefined;
    if (!given) throw new UsageError(cliMessages.unknownOption(arg));
    // Given twice is a usage error, not "the last one wins": `--task 交003 --task 交004` must not draw 交004 silently.
    if (parsed.flags.has(name) || parsed.options.has(name)) throw new UsageError(cliMessages.optionRepeated(`--${name}`));
    if (given === 'flag') {
      parsed.flags.add(name);
      continue;
    }
    // A value must not swallow the next flag: `--operator --dry-run` lacks the operator, it does not name one.
    // A value may start with a single dash (-5); one starting with "--" is given inline: --operator=--x.
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(cliMessages.optionNeedsValue(`--${name}`));
    }
    parsed.options.set(name, value);
  }
  return parsed;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** Exactly one positional argument: the workbook file. */
export function singleFile(args: ParsedArgs): string {
  if (args.positional.length === 0) throw new UsageError(cliMessages.missingFile);
  if (args.positional.length > 1) throw new UsageError(cliMessages.tooManyArguments(args.positional[1]));
  return args.positional[0];
}

/** Whether the command line asks for JSON output: `--json` before any `--`. */
export function asksForJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

/** A workbook to be written must be named .xlsx: Excel opens nothing else as a workbook. */
export function requireXlsxName(file: string, option?: string): void {
  if (!/\.xlsx$/i.test(file)) throw new UsageError(cliMessages.notXlsxName(file, option));
}

/**
 * Where draw and void write: the input file itself, or `--out`. Checked before any work is done: an --out
 * that is not .xlsx is a usage error; an existing --out other than the input is replaced only with --force.
 */
export async function outputTarget(args: ParsedArgs, input: string): Promise<string> {
  const out = args.options.get('out');
  if (out === undefined) return input;
  requireXlsxName(out, '--out');
  if (!args.flags.has('force') && path.resolve(out) !== path.resolve(input) && (await exists(out))) {
    throw new UserFacingError([cliMessages.outExists(out)]);
  }
  return out;
}

export async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}
