// The subcommands of `ssj`, in the order `ssj --help` lists them. Add a command by adding it here.
import { initCommand } from './init';
import type { CliCommand } from './types';
import { validateCommand } from './validate';

export type { CliCommand } from './types';

export const COMMANDS: readonly CliCommand[] = [initCommand, validateCommand];
