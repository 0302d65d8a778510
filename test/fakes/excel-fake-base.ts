// Shared pieces of the fake Excel API proxies: the host they queue commands on, payload measuring,
// and loadable properties that throw until a load() has been synced, as in Office.js.
import { FakeExcelError, type FakeSheet, type Rect } from './excel-fake-sheet';

export type Outcome = void | { bytes: number; commit: () => void };

/** What the proxies need from the context and the workbook. */
export interface GuardTarget {
  /** The sheet written to: refused while it is protected. */
  sheet?: FakeSheet | null;
  /** Adds, deletes, hides or renames sheets: refused while the workbook's structure is protected. */
  structure?: boolean;
}

export interface FakeHost {
  /** Queues a command; `read` commands (loads) do not count as writes for injected failures. */
  enqueue(bytes: number, run: () => Outcome, kind?: 'read' | 'write'): void;
  /** At sync: ApiNotFound above the host's set, UndoNotSupported in an undo group, AccessDenied when protected. */
  guard(member: string, version: string, target?: GuardTarget): void;
  find(name: string): FakeSheet | undefined;
  addSheet(name: string): FakeSheet;
  deleteSheet(sheet: FakeSheet): void;
  sheetNames(): string[];
  nullChaining: 'propagate' | 'throw';
  nextTableName(): string;
  setActive(sheet: FakeSheet): void;
  setSelection(sheet: string, address: string): void;
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export function propertyNames(spec: unknown): string[] {
  const text = Array.isArray(spec) ? spec.join(',') : typeof spec === 'string' ? spec : '';
  return text.split(',').map((p) => p.trim()).filter(Boolean);
}

export function notFound(what: string): never {
  throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: ${what}`);
}

export class Loadable {
  private loaded: Record<string, unknown> | null = null;
  constructor(protected readonly host: FakeHost) {}

  protected read(property: string): unknown {
    if (!this.loaded || !(property in this.loaded)) {
      throw new FakeExcelError('PropertyNotLoaded', `${property} is read before load() and context.sync()`);
    }
    return this.loaded[property];
  }

  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }

  /** Queues a load; `compute` runs at sync and returns the properties, or null for a null object. */
  protected queueLoad(compute: () => Record<string, unknown> | null): void {
    this.host.enqueue(
      0,
      () => {
        const props = compute();
        return {
          bytes: jsonBytes(props),
          commit: () => (this.loaded = { ...(props ?? {}), isNullObject: props === null }),
        };
      },
      'read',
    );
  }
}


export type RangeTarget = { sheet: FakeSheet; rect: Rect };
