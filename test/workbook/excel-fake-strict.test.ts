// The fake refuses what Excel refuses (issue 15): each rule the Office adapter must live with, shown on
// the fake itself, so that the adapter's tests against it mean something.
import { FakeExcel, HOSTS, type FakeHostProfile } from '../fakes/excel-fake';
import { convertTyped } from '../fakes/excel-fake-sheet';

type Context = Excel.RequestContext;

function fakeOn(host: FakeHostProfile = HOSTS.m365): FakeExcel {
  const fake = new FakeExcel({ host });
  fake.addSheet('s', [['h1', 'h2'], ['a', 'b']]);
  return fake;
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: { code?: string }) => e.code ?? String(e));

describe('requirement sets per simulated host', () => {
  test.each([
    [HOSTS.office2016, '1.1', '1.2'],
    [HOSTS.office2019, '1.7', '1.8'],
    [HOSTS.m365_2102, '1.13', '1.14'],
    [HOSTS.office2021, '1.14', '1.15'],
    [HOSTS.m365, '1.20', '1.21'],
    [HOSTS.web, '1.20', '1.21'],
  ])('%o has ExcelApi %s and not %s', (host, has, hasNot) => {
    const supports = fakeOn(host).supports;
    expect(supports('ExcelApi', has)).toBe(true);
    expect(supports('ExcelApi', '1.1')).toBe(true);
    expect(supports('ExcelApi', hasNot)).toBe(false);
  });

  test('a member above the host\'s set fails with ApiNotFound at sync, after the commands before it ran', async () => {
    const fake = fakeOn(HOSTS.office2019);
    const code = await failure(
      fake.run(async (context: Context) => {
        const sheet = context.workbook.worksheets.getItem('s');
        sheet.getRange('A3').values = [['written first']];
        sheet.getRange('B2').dataValidation.rule = { list: { inCellDropDown: true, source: '是,否' } }; // ExcelApi 1.8
        await context.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
    expect(fake.sheet('s').cell('A3')).toBe('written first');
    expect(fake.sheet('s').validations).toEqual([]);
  });

  test.each([
    ['Table.resize (1.13)', HOSTS.office2019, (c: Context) => c.workbook.worksheets.getItem('s').tables.getItemAt(0).resize('A1:B3')],
    ['autoFilter.apply (1.9)', HOSTS.office2019, (c: Context) => c.workbook.worksheets.getItem('s').autoFilter.apply('A1:B1')],
    ['getRangeByIndexes (1.7)', HOSTS.office2016, (c: Context) => void c.workbook.worksheets.getItem('s').getRangeByIndexes(0, 0, 1, 1).load('values')],
  ])('%s is ApiNotFound on a host without it', async (_name, host, call) => {
    const fake = fakeOn(host);
    fake.addTable('s', 'A1:B2');
    expect(await failure(fake.run(async (context: Context) => { call(context); await context.sync(); }))).toBe('ApiNotFound');
  });

  test('mergeUndoGroup is ApiNotFound below ExcelApi 1.20, delayForCellEdit below 1.11', async () => {
    const batch = async (context: Context) => {
      context.workbook.worksheets.getItem('s').getRange('A3').values = [['x']];
      await context.sync();
    };
    expect(await failure(fakeOn(HOSTS.office2021).run({ mergeUndoGroup: true }, batch))).toBe('ApiNotFound');
    expect(await failure(fakeOn(HOSTS.office2019).run({ delayForCellEdit: true }, batch))).toBe('ApiNotFound');
    expect(await failure(fakeOn(HOSTS.office2021).run({ delayForCellEdit: true }, batch))).toBeNull();
  });
});

describe('undo groups', () => {
  const hide = async (context: Context) => {
    const sheet = context.workbook.worksheets.getItem('s');
    sheet.getRange('A3').values = [['before the hide']];
    sheet.visibility = 'Hidden';
    await context.sync();
  };

  test('Worksheet.visibility inside mergeUndoGroup is UndoNotSupported on Windows and Mac, allowed on the web and outside a group', async () => {
    const desktop = fakeOn(HOSTS.m365);
    expect(await failure(desktop.run({ mergeUndoGroup: true }, hide))).toBe('UndoNotSupported');
    expect(desktop.sheet('s').cell('A3')).toBe('before the hide'); // what ran before stays
    expect(desktop.sheet('s').visibility).toBe('Visible');
    expect(await failure(fakeOn(HOSTS.web).run({ mergeUndoGroup: true }, hide))).toBeNull();
    expect(await failure(fakeOn(HOSTS.m365).run(hide))).toBeNull();
  });

  test('Worksheet.delete inside mergeUndoGroup is UndoNotSupported everywhere', async () => {
    for (const host of [HOSTS.m365, HOSTS.web]) {
      const fake = fakeOn(host);
      fake.addSheet('t');
      const code = await failure(fake.run({ mergeUndoGroup: true }, async (context: Context) => {
        context.workbook.worksheets.getItem('t').delete();
        await context.sync();
      }));
      expect(code).toBe('UndoNotSupported');
    }
  });
});

describe('protection and cell-edit mode', () => {
  test('a protected sheet refuses writes with AccessDenied and says it is protected; reads still work', async () => {
    const fake = fakeOn();
    fake.sheet('s').protected = true;
    const code = await failure(fake.run(async (context: Context) => {
      context.workbook.worksheets.getItem('s').getRange('A3').values = [['x']];
      await context.sync();
    }));
    expect(code).toBe('AccessDenied');
    expect(fake.sheet('s').cell('A3')).toBeNull();
    const read = await fake.run(async (context: Context) => {
      const sheet = context.workbook.worksheets.getItem('s');
      sheet.protection.load('protected');
      const range = sheet.getRange('A2');
      range.load('values');
      await context.sync();
      return [sheet.protection.protected, range.values[0][0]];
    });
    expect(read).toEqual([true, 'a']);
  });

  test('a protected workbook structure refuses adding and hiding sheets', async () => {
    const fake = fakeOn();
    fake.workbookProtected = true;
    expect(await failure(fake.run(async (context: Context) => {
      context.workbook.worksheets.add('new');
      await context.sync();
    }))).toBe('AccessDenied');
    expect(fake.sheets.map((s) => s.name)).toEqual(['s']);
  });

  test('in cell-edit mode a batch fails whole with InvalidOperationInCellEditMode; with delayForCellEdit it waits', async () => {
    const write = async (context: Context) => {
      context.workbook.worksheets.getItem('s').getRange('A3').values = [['x']];
      await context.sync();
    };
    const plain = fakeOn();
    plain.cellEditMode = true;
    expect(await failure(plain.run(write))).toBe('InvalidOperationInCellEditMode');
    expect(plain.sheet('s').cell('A3')).toBeNull();
    const waiting = fakeOn();
    waiting.cellEditMode = true;
    expect(await failure(waiting.run({ delayForCellEdit: true }, write))).toBeNull();
    expect(waiting.waitedForCellEdit).toBe(1);
    expect(waiting.sheet('s').cell('A3')).toBe('x');
  });
});

describe('table auto-expansion (office-js#2097, #3013)', () => {
  const writeBelow = async (fake: FakeExcel, values: (string | null)[][]) =>
    fake.run(async (context: Context) => {
      context.workbook.worksheets.getItem('s').getRange(`A3:B${2 + values.length}`).values = values;
      await context.sync();
    });

  test('values written directly below a table grow it by those rows', async () => {
    const fake = fakeOn();
    const table = fake.addTable('s', 'A1:B2');
    await writeBelow(fake, [['c', 'd'], ['e', 'f']]);
    expect(table.address).toBe('A1:B4');
  });

  test('not when the first value under the table is blank; a trailing row blank in the first column is left out', async () => {
    const first = fakeOn();
    const untouched = first.addTable('s', 'A1:B2');
    await writeBelow(first, [[null, 'd'], ['e', 'f']]);
    expect(untouched.address).toBe('A1:B2');
    const last = fakeOn();
    const table = last.addTable('s', 'A1:B2');
    await writeBelow(last, [['c', 'd'], [null, 'f']]);
    expect(table.address).toBe('A1:B3');
  });

  test('not under a table showing its totals row, nor when written a row further down', async () => {
    const fake = fakeOn();
    const table = fake.addTable('s', 'A1:B2');
    table.showTotals = true;
    await writeBelow(fake, [['c', 'd']]);
    expect(table.address).toBe('A1:B2');
    const gap = fakeOn();
    const other = gap.addTable('s', 'A1:B2');
    await gap.run(async (context: Context) => {
      context.workbook.worksheets.getItem('s').getRange('A4:B4').values = [['c', 'd']];
      await context.sync();
    });
    expect(other.address).toBe('A1:B2');
  });
});

describe('what Excel converts in a cell that is not text-formatted', () => {
  test.each([
    ['=1+1', 'formula'],
    ['+86 138', 'formula'],
    ['-abc', 'formula'],
    ['@名称', 'formula'],
    ['#N/A', 'error'],
    ['#DIV/0!', 'error'],
    ['TRUE', 'boolean'],
    ['false', 'boolean'],
    ['2024-06-01', 'date'],
    ['2024/6/1', 'date'],
    ['6/1', 'date'],
    ['2024年6月1日', 'date'],
    ['9:30', 'date'],
    ['000123', 'number'],
    ['1,234.5', 'number'],
    ['10%', 'number'],
    ['-5', 'number'],
    ['清河县', 'text'],
    ['2024年6月至10月', 'text'],
  ])('%s becomes %s', (text, kind) => {
    expect(convertTyped(text).kind).toBe(kind);
  });

  test('in General, date and integer cells alike; a text (@) cell keeps every string as typed', async () => {
    const fake = fakeOn();
    const texts = ['=1+1', '+86 138', '#N/A', 'TRUE', '2024-06-01'];
    await fake.run(async (context: Context) => {
      const sheet = context.workbook.worksheets.getItem('s');
      sheet.getRange('A3:E3').numberFormat = [['General', 'yyyy-mm-dd', '0', 'yyyy-mm-dd', '0']];
      sheet.getRange('A4:E4').numberFormat = [['@', '@', '@', '@', '@']];
      sheet.getRange('A3:E3').values = [texts];
      sheet.getRange('A4:E4').values = [texts];
      await context.sync();
    });
    const sheet = fake.sheet('s');
    expect(['A3', 'B3', 'C3', 'D3', 'E3'].map((a) => sheet.kind(a))).toEqual(['formula', 'formula', 'error', 'boolean', 'date']);
    expect(['A4', 'B4', 'C4', 'D4', 'E4'].map((a) => [sheet.kind(a), sheet.cell(a)])).toEqual(texts.map((t) => ['text', t]));
  });

  test('null leaves a cell as it is, \'\' clears it', async () => {
    const fake = fakeOn();
    await fake.run(async (context: Context) => {
      context.workbook.worksheets.getItem('s').getRange('A2:B2').values = [[null, '']];
      await context.sync();
    });
    expect([fake.sheet('s').cell('A2'), fake.sheet('s').cell('B2')]).toEqual(['a', null]);
  });
});
