// What a subcommand of `ssj` is: the dispatcher lists these; adding a command is adding one entry.
import type { CliIo } from '../output';

export interface CliCommand {
  name: string;
  /** One line for `ssj --help`. */
  summary: string;
  /** Full usage for `ssj <name> --help` and after a usage error. */
  usage: string;
  /** Takes --json: then every failure, usage errors included, is printed as JSON on stdout too. */
  json?: boolean;
  /** Returns the exit code: 0 ok, 1 problems found, 2 could not run. */
  run(argv: string[], io: CliIo): Promise<number>;
}
