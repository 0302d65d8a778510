// The sheet names of an .xlsx on disk without reading its sheets: the zip's central directory points at
// xl/workbook.xml, which alone is inflated (Node only: fs + zlib). A full streaming pass would inflate
// every sheet, and ExcelJS's reader even copies sheets to temp files when shared strings come last.
import { promises as fs } from 'fs';
import { decodeXml } from './sheet-xml';
import { dataOffset, directoryLocation, inflateEntry, MAX_TAIL, NotAZipError, parseDirectory, type ZipEntry } from './zip-package';

const WORKBOOK_PART = 'xl/workbook.xml';

export class NotAnXlsxError extends Error {
  constructor(detail: string) {
    super(`not an .xlsx file: ${detail}`);
    this.name = 'NotAnXlsxError';
  }
}

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead < length) throw new NotAnXlsxError('truncated');
  return buffer;
}

async function findEntry(handle: fs.FileHandle, size: number, wanted: string): Promise<ZipEntry> {
  const tailLength = Math.min(size, MAX_TAIL);
  const { offset, size: directorySize } = directoryLocation(await readAt(handle, size - tailLength, tailLength), size);
  const entry = parseDirectory(await readAt(handle, offset, directorySize)).find((e) => e.name === wanted);
  if (!entry) throw new NotAnXlsxError(`no ${wanted}`);
  return entry;
}

async function readEntry(handle: fs.FileHandle, entry: ZipEntry): Promise<string> {
  const start = dataOffset(await readAt(handle, entry.localHeaderOffset, 30), entry);
  return inflateEntry(await readAt(handle, start, entry.compressedSize), entry).toString('utf8');
}

/** Sheet names as listed in xl/workbook.xml (workbook order). Throws NotAnXlsxError for other files. */
export function sheetNamesOf(workbookXml: string): string[] {
  const names: string[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\sname="([^"]*)"/g)) names.push(decodeXml(match[1]));
  return names;
}

export async function readSheetNames(file: string): Promise<string[]> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const xml = await readEntry(handle, await findEntry(handle, size, WORKBOOK_PART));
    return sheetNamesOf(xml);
  } catch (cause) {
    if (cause instanceof NotAnXlsxError || cause instanceof NotAZipError || cause instanceof RangeError) throw new NotAnXlsxError(String(cause));
    if ((cause as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') throw new NotAnXlsxError('bad deflate data');
    throw cause;
  } finally {
    await handle.close();
  }
}
