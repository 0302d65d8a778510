// A small helper to draw a layout cell by cell, and the answer-cell bookkeeping every report layout shares.
import type { LayoutSheetSpec } from '../sheet-specs';
import type { CellValue } from '../text';
import { estimateRowHeights } from './row-heights';

export type LayoutCell = LayoutSheetSpec['cells'][number];
export type LayoutStyle = NonNullable<LayoutCell['style']>;

/**
 * Where a report's answer cell is, described by its labels so that it can be found again in a
 * sheet the clerk has rearranged (SPEC §5 "fill in place").
 */
export interface AnswerLocator {
  /** Stable key, e.g. `all.joint.count`. */
  key: string;
  /** Labels found one after the other in reading order; the answer stands in the last label's row. */
  path: readonly string[];
  /** Header label whose column holds the answer; without it the answer is the cell right of the last label. */
  column?: string;
}

/** A report layout: the sheet to draw, its answer cells by key, and how to find them again. */
export interface ReportLayout {
  spec: LayoutSheetSpec;
  /** key → A1 address in the drawn layout. */
  answers: Readonly<Record<string, string>>;
  locators: readonly AnswerLocator[];
}

export class LayoutDraft {
  readonly cells: LayoutCell[] = [];
  readonly merges: string[] = [];
  readonly answers: Record<string, string> = {};
  readonly locators: AnswerLocator[] = [];

  /** Put a value at `address`; `mergeTo` (an address) merges the range from `address` to it. */
  put(address: string, value: CellValue, style: LayoutStyle, mergeTo?: string): this {
    this.cells.push({ address, value, style });
    if (mergeTo) this.merges.push(`${address}:${mergeTo}`);
    return this;
  }

  /** An empty answer cell, recorded under `locator.key`. */
  answer(address: string, locator: AnswerLocator, mergeTo?: string): this {
    if (this.answers[locator.key]) throw new Error(`answer key used twice: ${locator.key}`);
    this.answers[locator.key] = address;
    this.locators.push(locator);
    return this.put(address, null, 'answer', mergeTo);
  }

  /** A label with its answer in the next cell to the right (单位名称, 联系人 …). */
  labelled(labelAddress: string, answerAddress: string, label: string, key: string, mergeTo?: string): this {
    this.put(labelAddress, label, 'label');
    return this.answer(answerAddress, { key, path: [label] }, mergeTo);
  }

  layout(name: string, columnWidths: readonly number[]): ReportLayout {
    return {
      spec: {
        name, cells: this.cells, merges: this.merges, columnWidths,
        rowHeights: estimateRowHeights(this.cells, this.merges, columnWidths),
      },
      answers: this.answers,
      locators: this.locators,
    };
  }
}
