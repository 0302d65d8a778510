// Simulated Excel hosts: which ExcelApi requirement set each supports, and which members its undo
// grouping refuses. Sources: "Excel JavaScript API requirement sets" (learn.microsoft.com/javascript/api/
// requirement-sets/excel/excel-api-requirement-sets) and "Undo support with the Excel JavaScript API"
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
import { FakeExcelError } from './excel-fake-sheet';

export interface FakeHostProfile {
  id: string;
  label: string;
  /** Highest ExcelApi minor version: 7 = ExcelApi 1.7. */
  excelApi: number;
  platform: 'desktop' | 'web';
}

export const HOSTS = {
  office2016: { id: 'office2016', label: 'Office 2016 (volume licensed)', excelApi: 1, platform: 'desktop' },
  office2019: { id: 'office2019', label: 'Office 2019 (volume licensed)', excelApi: 7, platform: 'desktop' },
  office2021: { id: 'office2021', label: 'Office 2021 (volume licensed)', excelApi: 14, platform: 'desktop' },
  m365_2102: { id: 'm365_2102', label: 'Microsoft 365 Version 2102', excelApi: 13, platform: 'desktop' },
  m365: { id: 'm365', label: 'Microsoft 365 desktop (Version 2509+)', excelApi: 20, platform: 'desktop' },
  web: { id: 'web', label: 'Excel on the web', excelApi: 20, platform: 'web' },
} satisfies Record<string, FakeHostProfile>;

/** The hosts the add-in runs on (ExcelApi 1.7 and later), for tests parametrised over hosts. */
export const SUPPORTED_HOSTS: FakeHostProfile[] = [HOSTS.office2019, HOSTS.m365_2102, HOSTS.office2021, HOSTS.m365, HOSTS.web];

export function minorOf(version: string): number {
  const match = /^1\.(\d+)$/.exec(version);
  if (!match) throw new Error(`not an ExcelApi version: ${version}`);
  return Number(match[1]);
}

/** Office.context.requirements.isSetSupported for this host. */
export function supportsOn(profile: FakeHostProfile): (set: string, version: string) => boolean {
  return (set, version) => set === 'ExcelApi' && minorOf(version) <= profile.excelApi;
}

/** Excel answers a member above the host's requirement set with ApiNotFound when the batch runs. */
export function requireApi(profile: FakeHostProfile, version: string, member: string): void {
  if (minorOf(version) > profile.excelApi) {
    throw new FakeExcelError('ApiNotFound', `${member} needs ExcelApi ${version}; ${profile.label} has ExcelApi 1.${profile.excelApi}`);
  }
}

/** Members the undo page lists as not undoable, per platform (those this adapter could reach). */
const NOT_UNDOABLE: Record<FakeHostProfile['platform'], ReadonlySet<string>> = {
  desktop: new Set([
    'Worksheet.visibility', 'Worksheet.name', 'Worksheet.position', 'Worksheet.standardWidth', 'Worksheet.delete',
    'Worksheet.copy', 'WorksheetProtection.protect', 'WorksheetProtection.unprotect', 'WorkbookProtection.protect',
    'WorkbookProtection.unprotect', 'Workbook.save',
  ]),
  web: new Set([
    'Worksheet.standardWidth', 'Worksheet.delete', 'Worksheet.copy', 'WorksheetProtection.protect',
    'WorksheetProtection.unprotect', 'WorkbookProtection.protect', 'WorkbookProtection.unprotect', 'Workbook.save',
  ]),
};

/** Inside a mergeUndoGroup run, a member without undo support fails with UndoNotSupported. */
export function requireUndoable(profile: FakeHostProfile, member: string): void {
  if (NOT_UNDOABLE[profile.platform].has(member)) {
    throw new FakeExcelError('UndoNotSupported', `${member} cannot be part of an undo group on ${profile.label}`);
  }
}
