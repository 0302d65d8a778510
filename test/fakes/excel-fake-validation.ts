// Loadable parts of the fake Excel API beside the proxies: protection (Worksheet 1.2, Workbook 1.7) and a
// range's data validation (ExcelApi 1.8).
import { overlaps } from './excel-fake-sheet';
import { Loadable, jsonBytes, type FakeHost, type RangeTarget } from './excel-fake-base';

/** Worksheet.protection (ExcelApi 1.2) and Workbook.protection (ExcelApi 1.7): only `protected` is loaded. */
export class FakeProtection extends Loadable {
  constructor(
    host: FakeHost,
    private readonly member: string,
    private readonly version: string,
    private readonly isProtected: () => boolean | null,
  ) {
    super(host);
  }
  load(spec?: unknown): this {
    void spec;
    this.queueLoad(() => {
      this.host.guard(this.member, this.version);
      const value = this.isProtected();
      return value === null ? null : { protected: value };
    });
    return this;
  }
  get protected(): boolean {
    return this.read('protected') as boolean;
  }
}

export class FakeDataValidation extends Loadable {
  constructor(
    host: FakeHost,
    private readonly target: () => RangeTarget,
  ) {
    super(host);
  }
  set rule(rule: unknown) {
    this.host.enqueue(jsonBytes(rule), () => {
      const { sheet, rect } = this.target();
      sheet.validations.push({ rect, rule });
    });
  }
  get rule(): any {
    return this.read('rule');
  }
  get type(): string {
    return this.read('type') as string;
  }
  clear(): void {
    this.host.enqueue(0, () => {
      const { sheet, rect } = this.target();
      sheet.clearValidations(rect);
    });
  }
  /** type 'List' or 'None' and the rule, for a one-cell range (all this adapter loads). */
  load(spec?: unknown): this {
    void spec;
    this.queueLoad(() => {
      const { sheet, rect } = this.target();
      const found = [...sheet.validations].reverse().find((v) => overlaps(v.rect, rect));
      const rule = (found?.rule ?? {}) as { list?: unknown };
      return { type: rule.list ? 'List' : 'None', rule };
    });
    return this;
  }
}

