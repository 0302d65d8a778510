// The zip container of an .xlsx, just enough to replace a few parts: read the central directory,
// inflate a part, and write the zip again with the replaced parts deflated (Node's zlib) and every
// other part's compressed bytes copied as they were. Node only.
import { constants, crc32 as nativeCrc32, deflateRawSync, inflateRawSync } from 'zlib';

export const END_OF_DIRECTORY = 0x06054b50;
export const DIRECTORY_ENTRY = 0x02014b50;
export const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record (22 bytes) may be followed by a comment of up to 65,535 bytes. */
export const MAX_TAIL = 22 + 0xffff;
const UTF8_NAMES = 0x0800;
const ENCRYPTED = 0x0001;

export class NotAZipError extends Error {
  constructor(detail: string) {
    super(`not a readable zip: ${detail}`);
    this.name = 'NotAZipError';
  }
}

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  internalAttributes: number;
  externalAttributes: number;
  versionMadeBy: number;
  localHeaderOffset: number;
}

/** Where the central directory is, from the end-of-directory record found in `tail`. */
export function directoryLocation(tail: Buffer, fileSize: number): { offset: number; size: number } {
  let end = -1;
  for (let i = tail.length - 22; i >= 0 && end < 0; i--) if (tail.readUInt32LE(i) === END_OF_DIRECTORY) end = i;
  if (end < 0) throw new NotAZipError('no zip directory');
  const size = tail.readUInt32LE(end + 12);
  const offset = tail.readUInt32LE(end + 16);
  if (offset + size > fileSize) throw new NotAZipError('bad zip directory');
  return { offset, size };
}

/** The entries of a central directory, in its order. */
export function parseDirectory(directory: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  for (let at = 0; at + 46 <= directory.length && directory.readUInt32LE(at) === DIRECTORY_ENTRY; ) {
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    entries.push({
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      versionMadeBy: directory.readUInt16LE(at + 4),
      flags: directory.readUInt16LE(at + 8),
      method: directory.readUInt16LE(at + 10),
      time: directory.readUInt16LE(at + 12),
      date: directory.readUInt16LE(at + 14),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      internalAttributes: directory.readUInt16LE(at + 36),
      externalAttributes: directory.readUInt32LE(at + 38),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Offset of an entry's compressed bytes, from its local header. */
export function dataOffset(localHeader: Buffer, entry: ZipEntry): number {
  if (localHeader.readUInt32LE(0) !== LOCAL_HEADER) throw new NotAZipError('bad local header');
  return entry.localHeaderOffset + 30 + localHeader.readUInt16LE(26) + localHeader.readUInt16LE(28);
}

export function inflateEntry(compressed: Buffer, entry: Pick<ZipEntry, 'method'>): Buffer {
  if (entry.method === 0) return compressed;
  if (entry.method === 8) return inflateRawSync(compressed);
  throw new NotAZipError(`compression method ${entry.method}`);
}

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** zlib.crc32 where Node has it (20.15+), else the table-driven one; `previous` continues a running CRC. */
function crc32(data: Buffer, previous = 0): number {
  if (typeof nativeCrc32 === 'function') return nativeCrc32(data, previous);
  let crc = previous ^ -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** Text given in pieces (a million-row sheet), deflated as it comes: never one huge string or buffer of it. */
export type PieceSource = () => Iterable<string>;

/** Bytes deflated per call: each call's output ends on a sync flush, so the outputs join into one stream. */
const DEFLATE_BATCH = 4 * 1024 * 1024;

function deflatePieces(pieces: Iterable<string>): { data: Buffer; crc: number; size: number } {
  const out: Buffer[] = [];
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let crc = 0;
  let size = 0;
  const flush = (final: boolean) => {
    const raw = Buffer.concat(pending);
    crc = crc32(raw, crc);
    size += raw.length;
    out.push(deflateRawSync(raw, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
    pending = [];
    pendingSize = 0;
  };
  for (const piece of pieces) {
    const bytes = Buffer.from(piece, 'utf8');
    pending.push(bytes);
    pendingSize += bytes.length;
    if (pendingSize >= DEFLATE_BATCH) flush(false);
  }
  flush(true);
  return { data: Buffer.concat(out), crc, size };
}

/**
 * The run of fields a local header (from byte 4) and a directory entry (from byte 6) share: version
 * needed, flags, method, time, date, CRC, sizes, name length (the extra field's length stays 0).
 */
function writeSharedFields(header: Buffer, at: number, flags: number, entry: ZipEntry, nameLength: number): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(flags, at + 2);
  header.writeUInt16LE(entry.method, at + 4);
  header.writeUInt16LE(entry.time, at + 6);
  header.writeUInt16LE(entry.date, at + 8);
  header.writeUInt32LE(entry.crc >>> 0, at + 10);
  header.writeUInt32LE(entry.compressedSize, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** A whole zip held in memory. */
export class ZipPackage {
  private constructor(
    private readonly bytes: Buffer,
    readonly entries: ZipEntry[],
  ) {}

  static open(bytes: Uint8Array): ZipPackage {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    try {
      const tail = buffer.subarray(Math.max(0, buffer.length - MAX_TAIL));
      const { offset, size } = directoryLocation(tail, buffer.length);
      const entries = parseDirectory(buffer.subarray(offset, offset + size));
      if (entries.length === 0) throw new NotAZipError('empty directory');
      const zip64 = entries.some((e) => [e.size, e.compressedSize, e.localHeaderOffset].includes(0xffffffff));
      if (zip64) throw new NotAZipError('zip64');
      return new ZipPackage(buffer, entries);
    } catch (cause) {
      if (cause instanceof NotAZipError) throw cause;
      throw new NotAZipError(String(cause));
    }
  }

  find(name: string): ZipEntry | undefined {
    return this.entries.find((entry) => entry.name === name);
  }

  private compressedBytes(entry: ZipEntry): Buffer {
    if (entry.flags & ENCRYPTED) throw new NotAZipError(`${entry.name} is encrypted`);
    const start = dataOffset(this.bytes.subarray(entry.localHeaderOffset, entry.localHeaderOffset + 30), entry);
    if (start + entry.compressedSize > this.bytes.length) throw new NotAZipError('truncated');
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  text(name: string): string {
    return this.data(name).toString('utf8');
  }

  /** A part's bytes, inflated (a long sheet's head and tail can be read without one huge string). */
  data(name: string): Buffer {
    const entry = this.find(name);
    if (!entry) throw new NotAZipError(`no ${name}`);
    return inflateEntry(this.compressedBytes(entry), entry);
  }

  /**
   * The zip again, in the same order, with `replaced` parts (UTF-8 text, or text in pieces) deflated afresh; parts not
   * in the zip yet are added at the end. Local headers are written anew from the central directory
   * (sizes in place, no data descriptors). Parts `keep` refuses are left out.
   */
  rewrite(replaced: ReadonlyMap<string, string | PieceSource>, keep: (name: string) => boolean = () => true): Buffer {
    const locals: Buffer[] = [];
    const directory: Buffer[] = [];
    let offset = 0;
    const known = new Set(this.entries.map((entry) => entry.name));
    const added = [...replaced.keys()].filter((name) => !known.has(name)).map((name): ZipEntry => ({
      ...this.entries[0], name, flags: 0, crc: 0, compressedSize: 0, size: 0, internalAttributes: 0, externalAttributes: 0,
    }));
    const entries = [...this.entries, ...added].filter((entry) => keep(entry.name));
    for (const entry of entries) {
      const text = replaced.get(entry.name);
      let data: Buffer;
      let fields = entry;
      if (text === undefined) {
        data = this.compressedBytes(entry);
      } else if (typeof text === 'function') {
        const deflated = deflatePieces(text());
        data = deflated.data;
        fields = { ...entry, method: 8, crc: deflated.crc, size: deflated.size, compressedSize: data.length };
      } else {
        const raw = Buffer.from(text, 'utf8');
        data = deflateRawSync(raw, { level: 6 });
        fields = { ...entry, method: 8, crc: crc32(raw), size: raw.length, compressedSize: data.length };
      }
      const name = Buffer.from(entry.name, 'utf8');
      const flags = (fields.flags & UTF8_NAMES) | (/[^\x20-\x7e]/.test(entry.name) ? UTF8_NAMES : 0);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL_HEADER, 0);
      writeSharedFields(local, 4, flags, fields, name.length);
      locals.push(local, name, data);

      const central = Buffer.alloc(46);
      central.writeUInt32LE(DIRECTORY_ENTRY, 0);
      central.writeUInt16LE(fields.versionMadeBy, 4);
      writeSharedFields(central, 6, flags, fields, name.length);
      central.writeUInt16LE(fields.internalAttributes, 36);
      central.writeUInt32LE(fields.externalAttributes, 38);
      central.writeUInt32LE(offset, 42);
      directory.push(central, name);
      offset += 30 + name.length + data.length;
    }
    if (offset > 0xffffffff || entries.length > 0xffff) throw new NotAZipError('too large for a zip without zip64');
    const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_DIRECTORY, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, ...directory, end]);
  }
}
