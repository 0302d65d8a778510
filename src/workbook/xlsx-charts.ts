// Charts in an .xlsx: ExcelJS drops every chart part when it loads and saves a workbook (its full
// path, which writing single cells takes), so a command that would save that way first asks here.
import { ZipPackage } from './zip-package';

/** The chart parts (xl/charts/…, chart sheets) of an .xlsx; [] when there are none or the bytes are no zip. */
export function chartParts(bytes: Uint8Array): string[] {
  try {
    return ZipPackage.open(bytes).entries
      .map((entry) => entry.name)
      .filter((name) => /^xl\/(charts\/chart[^/]*\.xml|chartsheets\/[^/]+\.xml)$/i.test(name));
  } catch {
    return [];
  }
}
