// Packing Office.js commands into as few context.sync() calls as Excel on the web's limits allow.
//
// Excel on the web rejects a request or a response over 5 MB (RequestPayloadSizeLimitExceeded /
// ResponsePayloadSizeLimitExceeded) and a range over five million cells ("Resource limits and performance
// optimization for Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/
// resource-limits-and-performance-optimization#excel-add-ins). We aim at 4 MB a sync, leaving room for the
// protocol's own envelope, and halve the budget whenever Excel still says no.
import type { CellValue } from '../core/text';
import { UserFacingError } from '../core/messages/problem';
import { officeMessages } from '../core/messages/office';

export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;
export const MAX_CELLS_PER_RANGE = 5_000_000;
export const EXCEL_MAX_ROWS = 1_048_576;
/** What one queued command costs besides its data: object path, method and property names. */
export const COMMAND_BYTES = 256;

/** One unit of work: commands queued on the context, and what to do with their results after the sync. */
export interface SyncOp {
  /** Estimated request (writes) or response (reads) bytes. */
  readonly bytes: number;
  /** Rows or cells, for progress. */
  readonly units: number;
  readonly label?: string;
  queue(context: Excel.RequestContext): (() => void) | void;
  /** Two ops doing the same work, the first carrying at most maxBytes; undefined when it cannot shrink. */
  splitAt?(maxBytes: number): [SyncOp, SyncOp] | undefined;
}

/** Work over items [from, to) (rows or cells) that can be cut anywhere. */
export interface SlicePlan {
  readonly label: string;
  bytesBetween(from: number, to: number): number;
  /** The largest end in [from, to] whose slice from `from` fits in maxBytes and one range. */
  fitEnd(from: number, to: number, maxBytes: number): number;
  queue(context: Excel.RequestContext, from: number, to: number): (() => void) | void;
}

export class SliceOp implements SyncOp {
  constructor(
    private readonly plan: SlicePlan,
    private readonly from: number,
    private readonly to: number,
  ) {}
  get bytes(): number {
    return this.plan.bytesBetween(this.from, this.to);
  }
  get units(): number {
    return this.to - this.from;
  }
  get label(): string {
    return this.plan.label;
  }
  queue(context: Excel.RequestContext): (() => void) | void {
    return this.plan.queue(context, this.from, this.to);
  }
  splitAt(maxBytes: number): [SyncOp, SyncOp] | undefined {
    const end = Math.min(this.plan.fitEnd(this.from, this.to, maxBytes), this.to - 1);
    if (end <= this.from) return undefined;
    return [new SliceOp(this.plan, this.from, end), new SliceOp(this.plan, end, this.to)];
  }
}

/** A fixed group of commands (create a sheet, hide it, resize a table). */
export function fixedOp(label: string, bytes: number, queue: (context: Excel.RequestContext) => void): SyncOp {
  return { label, bytes, units: 1, queue };
}

/** Byte prefix sums over items, and the cut that keeps a slice within a byte and an item budget. */
export class BytePrefix {
  private readonly sums: Float64Array;
  constructor(count: number, bytesOf: (index: number) => number) {
    this.sums = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) this.sums[i + 1] = this.sums[i] + bytesOf(i);
  }
  between(from: number, to: number): number {
    return this.sums[to] - this.sums[from];
  }
  fitEnd(from: number, to: number, maxBytes: number, maxItems: number): number {
    let lo = from;
    let hi = Math.min(to, from + Math.max(0, Math.floor(maxItems)));
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.between(from, mid) <= maxBytes) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export function isPayloadLimitError(e: unknown): boolean {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') return true;
  return typeof message === 'string' && /payload size|负载大小/i.test(message);
}

export type SyncProgress = (done: number, label?: string) => void;

/** Runs ops in order, as many per sync as fit the budget; counts syncs and the largest batch. */
export class SyncRunner {
  syncs = 0;
  largestBatchBytes = 0;
  private done = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private budget: number = PAYLOAD_BUDGET_BYTES,
    private readonly progress?: SyncProgress,
  ) {}

  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  async run(ops: readonly SyncOp[]): Promise<void> {
    const pending = [...ops];
    let batch: SyncOp[] = [];
    let used = 0;
    while (pending.length > 0) {
      const op = pending.shift() as SyncOp;
      if (used + op.bytes <= this.budget) {
        batch.push(op);
        used += op.bytes;
        continue;
      }
      const parts = op.splitAt?.(this.budget - used);
      if (parts) {
        batch.push(parts[0]);
        pending.unshift(parts[1]);
      } else if (batch.length === 0) {
        batch.push(op); // cannot shrink: let Excel judge it alone
      } else {
        pending.unshift(op);
      }
      await this.flush(batch);
      batch = [];
      used = 0;
    }
    if (batch.length > 0) await this.flush(batch);
  }

  private async flush(batch: readonly SyncOp[]): Promise<void> {
    const bytes = batch.reduce((sum, op) => sum + op.bytes, 0);
    const collectors = batch.map((op) => op.queue(this.context));
    try {
      await this.sync();
    } catch (e) {
      if (!isPayloadLimitError(e)) throw e;
      // Excel refused the whole batch before running it: try again with half the bytes.
      const smaller = Math.floor(Math.min(bytes, this.budget) / 2);
      if (batch.length === 1 && !batch[0].splitAt?.(smaller)) {
        throw new UserFacingError([officeMessages.payloadTooLarge(batch[0].label)]);
      }
      this.budget = smaller;
      return this.run(batch);
    }
    this.largestBatchBytes = Math.max(this.largestBatchBytes, bytes);
    for (const collect of collectors) collect?.();
    for (const op of batch) {
      this.done += op.units;
      this.progress?.(this.done, op.label);
    }
  }
}

/** UTF-8 bytes of a value as JSON. */
export function cellJsonBytes(value: CellValue | undefined): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'boolean') return value ? 4 : 5;
  let bytes = 2;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20) bytes += 6;
    else if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function rowJsonBytes(row: readonly (CellValue | undefined)[]): number {
  let bytes = 2 + Math.max(0, row.length - 1);
  for (const value of row) bytes += cellJsonBytes(value);
  return bytes;
}
