// The pane's use cases as a worker exposes them (Comlink): each call returns an envelope, because an
// error crossing the worker boundary loses its class, and a UserFacingError's problems must reach the
// clerk as problems, never as a stack trace.
import { UserFacingError, type Problem } from '../../core/messages/problem';
import type { ProgressReporter, WorkbookPort } from '../../workbook/port';
import { directService, type PaneService } from '../service';
import { withPhases } from './phased-port';

export type Envelope<T> = { ok: true; value: T } | { ok: false; problems?: Problem[]; message: string };

type Method = keyof PaneService;

export interface ServiceApi {
  call(method: Method, args: unknown[], port: WorkbookPort | null, progress?: ProgressReporter): Promise<Envelope<unknown>>;
}

/** `ownPort`: the workbook the worker holds (the preview); otherwise each call brings the host's port. */
export function serviceApi(ownPort: () => WorkbookPort | null): ServiceApi {
  return {
    async call(method, args, port, progress) {
      const target = port ?? ownPort();
      if (!target) return { ok: false, message: 'no workbook' };
      const service = directService(withPhases(target, progress));
      try {
        // Every method takes its progress reporter last; only the arguments it names are passed.
        const run = service[method] as (...a: unknown[]) => Promise<unknown>;
        return { ok: true, value: await run(...args, progress) }; // spread-ok: a method's own few arguments
      } catch (thrown) {
        if (thrown instanceof UserFacingError) return { ok: false, problems: thrown.problems, message: thrown.message };
        return { ok: false, message: thrown instanceof Error ? thrown.message : String(thrown) };
      }
    },
  };
}

/** The envelope's value, or the error it stands for (a UserFacingError keeps its problems). */
export function unwrap<T>(envelope: Envelope<unknown>): T {
  if (envelope.ok) return envelope.value as T;
  if (envelope.problems) throw new UserFacingError(envelope.problems);
  throw new Error(envelope.message);
}
