// SPEC §3: H(s) = lowercase hex SHA-256 of the UTF-8 bytes of s. Web Crypto only, so the same code
// runs in Node 20 (globalThis.crypto) and in the task pane's browser.

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Lowercase hex of a byte array. */
export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += HEX[bytes[i]];
  return hex;
}

function subtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('Web Crypto (crypto.subtle) is not available in this environment');
  return subtle;
}

/** SPEC §3 H(s). */
export function sha256Hex(text: string): Promise<string> {
  return sha256OfBytes(new TextEncoder().encode(text));
}

/** Lowercase hex SHA-256 of bytes (H(s) when they are the UTF-8 bytes of s). */
export async function sha256OfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return bytesToHex(new Uint8Array(await subtleCrypto().digest('SHA-256', bytes)));
}

/** H of lines joined by "\n" (no trailing newline); H([]) is H(""). */
export function sha256Lines(lines: readonly string[]): Promise<string> {
  return sha256Hex(lines.join('\n'));
}

/**
 * The UTF-8 bytes of lines joined by "\n", each line its fields joined by "\t", written field by
 * field: the same bytes as TextEncoder gives for the joined string, without building that string
 * (for 100,000 lines, making the line strings and joining them cost several times the digest).
 * Every field is framed by "\t" or "\n" (or the text's ends), so no surrogate pair can straddle two
 * fields and each field's UTF-8 is independent of its neighbours.
 */
export class Utf8Lines {
  private static readonly encoder = new TextEncoder();
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private lines = 0;

  /** Starts a new line with its first field. */
  startLine(field: string): void {
    if (this.lines++ > 0) this.appendByte(0x0a);
    this.append(field);
  }

  /** Appends "\t" and a field to the current line. */
  appendField(field: string): void {
    this.appendByte(0x09);
    this.append(field);
  }

  /** The bytes written so far (a view, valid until the next write). */
  bytes(): Uint8Array<ArrayBuffer> {
    return this.buffer.subarray(0, this.length);
  }

  private append(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    this.reserve(3 * text.length);
    const buffer = this.buffer;
    const start = this.length;
    let c = 0;
    // Printable ASCII, the usual case, is copied byte for byte.
    for (; c < text.length; c++) {
      const code = text.charCodeAt(c);
      if (code < 0x20 || code >= 0x80) break;
      buffer[start + c] = code;
    }
    if (c === text.length) {
      this.length = start + c;
      return;
    }
    this.length = start + Utf8Lines.encoder.encodeInto(text, buffer.subarray(start)).written;
  }

  private appendByte(byte: number): void {
    this.reserve(1);
    this.buffer[this.length++] = byte;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(2 * this.buffer.length, this.length + extra));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

/** SHA-256 of the empty string: what sha256Lines([]) returns. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
