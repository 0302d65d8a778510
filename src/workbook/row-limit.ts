// Excel's row limit for every host (SPEC §3.8): no append may pass row 1,048,576. An append that
// carries `continueOn` (抽取快照) moves on to `<sheet>2`, `<sheet>3`, …; any other such append is refused
// before anything is written. Hosts call placeWithinRowLimit on their change list with a way to learn
// a sheet's last row holding a value. Browser-safe.
import { UserFacingError } from '../core/messages/problem';
import { EXCEL_LAST_ROW, workbookLimitMessages } from '../core/messages/workbook-limits';
import type { WorkbookChange } from './port';

export { EXCEL_LAST_ROW };

/** `抽取快照`, `抽取快照2`, `抽取快照3`, … (n = 1, 2, 3, …). */
export function continuationName(sheet: string, n: number): string {
  return n === 1 ? sheet : `${sheet}${n}`;
}

/** Far more sheets than any workbook holds: the search for the chain's latest sheet stops there. */
const MAX_CHAIN = 10_000;

type AppendRows = Extract<WorkbookChange, { kind: 'appendRows' }>;

/**
 * The change list with every append placed below Excel's last row. `lastRow(sheet)` gives the last
 * row holding a value of a sheet that exists (undefined when it does not); a sheet made earlier in
 * the list has its header alone (row 1). Throws a UserFacingError (workbook.row-limit) for an append
 * without `continueOn` that would pass the limit. An append with it goes to the latest sheet of the
 * chain, or the next when it does not fit there; its rows stay together on one sheet unless they
 * would not fit on an empty one either: then they fill sheet after sheet.
 */
export async function placeWithinRowLimit(
  changes: readonly WorkbookChange[],
  lastRow: (sheet: string) => Promise<number | undefined> | number | undefined,
): Promise<WorkbookChange[]> {
  const known = new Map<string, number | undefined>();
  const lastOf = async (sheet: string): Promise<number | undefined> => {
    const key = sheet.toLowerCase();
    if (!known.has(key)) known.set(key, await lastRow(sheet));
    return known.get(key);
  };
  const placed: WorkbookChange[] = [];
  for (const change of changes) {
    if (change.kind === 'createTableSheet' || change.kind === 'createLayoutSheet') {
      const key = change.spec.name.toLowerCase();
      if ((await lastOf(change.spec.name)) === undefined) known.set(key, change.kind === 'createTableSheet' ? 1 : 0);
      placed.push(change);
      continue;
    }
    if (change.kind !== 'appendRows' || change.rows.length === 0) {
      placed.push(change);
      continue;
    }
    if (change.continueOn) {
      for (const part of await continuedAppends(change, change.continueOn, lastOf, known)) placed.push(part);
      continue;
    }
    const last = (await lastOf(change.sheet)) ?? 0;
    if (last + change.rows.length <= EXCEL_LAST_ROW) {
      known.set(change.sheet.toLowerCase(), last + change.rows.length);
      placed.push(change);
      continue;
    }
    throw new UserFacingError([workbookLimitMessages.rowLimit(change.sheet, last, change.rows.length)]);
  }
  return placed;
}

async function continuedAppends(
  change: AppendRows,
  spec: NonNullable<AppendRows['continueOn']>,
  lastOf: (sheet: string) => Promise<number | undefined>,
  known: Map<string, number | undefined>,
): Promise<WorkbookChange[]> {
  const out: WorkbookChange[] = [];
  const { continueOn: _continueOn, ...plain } = change;
  const oversized = change.rows.length > EXCEL_LAST_ROW - 1;
  // Rows go on from the latest sheet of the chain, so that the sheets hold the draws in log order.
  let first = 1;
  while (first < MAX_CHAIN && (await lastOf(continuationName(change.sheet, first + 1))) !== undefined) first++;
  let from = 0;
  for (let n = first; from < change.rows.length; n++) {
    const name = continuationName(change.sheet, n);
    let last = await lastOf(name);
    if (last === undefined) {
      out.push({ kind: 'createTableSheet', spec: { ...spec, name, hidden: true } });
      last = 1;
    }
    const room = EXCEL_LAST_ROW - last;
    const left = change.rows.length - from;
    if (left <= room || (oversized && room > 0)) {
      const take = Math.min(left, room);
      out.push({ ...plain, sheet: name, rows: change.rows.slice(from, from + take) });
      known.set(name.toLowerCase(), last + take);
      from += take;
    }
  }
  return out;
}
