// The sheet names of an .xlsx on disk without reading its sheets: the zip's central directory points at
// xl/workbook.xml, which alone is inflated (Node only: fs + zlib). A full streaming pass would inflate
// every sheet, and ExcelJS's reader even copies sheets to temp files when shared strings come last.
import { promises as fs } from 'fs';
import { inflateRawSync } from 'zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record (22 bytes) may be followed by a comment of up to 65,535 bytes. */
const MAX_TAIL = 22 + 0xffff;
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

interface EntryLocation {
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

async function findEntry(handle: fs.FileHandle, size: number, wanted: string): Promise<EntryLocation> {
  const tailLength = Math.min(size, MAX_TAIL);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0 && end < 0; i--) if (tail.readUInt32LE(i) === END_OF_DIRECTORY) end = i;
  if (end < 0) throw new NotAnXlsxError('no zip directory');
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset + directorySize > size) throw new NotAnXlsxError('bad zip directory');
  const directory = await readAt(handle, directoryOffset, directorySize);
  for (let at = 0; at + 46 <= directory.length && directory.readUInt32LE(at) === DIRECTORY_ENTRY; ) {
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === wanted) {
      return {
        method: directory.readUInt16LE(at + 10),
        compressedSize: directory.readUInt32LE(at + 20),
        localHeaderOffset: directory.readUInt32LE(at + 42),
      };
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new NotAnXlsxError(`no ${wanted}`);
}

async function readEntry(handle: fs.FileHandle, entry: EntryLocation): Promise<string> {
  const header = await readAt(handle, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new NotAnXlsxError('bad local header');
  const dataOffset = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await readAt(handle, dataOffset, entry.compressedSize);
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method === 8) return inflateRawSync(data).toString('utf8');
  throw new NotAnXlsxError(`compression method ${entry.method}`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()];
    return String.fromCodePoint(entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
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
    if (cause instanceof NotAnXlsxError || cause instanceof RangeError) throw new NotAnXlsxError(String(cause));
    if ((cause as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') throw new NotAnXlsxError('bad deflate data');
    throw cause;
  } finally {
    await handle.close();
  }
}
