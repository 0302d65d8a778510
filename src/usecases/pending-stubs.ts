// TEMPORARY: stand-ins for src/core/sample/ until it lands. Delete then.
import type { CellValue } from '../core/text';

export function sampleSheets(): Array<{ name: string; rows: CellValue[][] }> {
  return [];
}

export function samplePlanRows(): CellValue[][] {
  return [];
}
