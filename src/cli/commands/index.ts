// The subcommands of `ssj`, in the order `ssj --help` lists them. Add a command by adding it here.
import { initCommand } from './init';
import type { CliCommand } from './types';
import { validateCommand } from './validate';
import { drawCommand } from './draw';
import { announceCommand } from './announce';
import { verifyCommand } from './verify';
import { voidCommand } from './void';
import { reportCommand } from './report';
import { statusCommand } from './status';
import { publishCommand } from './publish';

export type { CliCommand } from './types';

export const COMMANDS: readonly CliCommand[] = [
  initCommand, validateCommand, announceCommand, drawCommand, verifyCommand, voidCommand, statusCommand, publishCommand, reportCommand,
];
