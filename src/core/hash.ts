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
export async function sha256Hex(text: string): Promise<string> {
  const digest = await subtleCrypto().digest('SHA-256', new TextEncoder().encode(text));
  return bytesToHex(new Uint8Array(digest));
}

/** H of lines joined by "\n" (no trailing newline); H([]) is H(""). */
export function sha256Lines(lines: readonly string[]): Promise<string> {
  return sha256Hex(lines.join('\n'));
}

/** SHA-256 of the empty string: what sha256Lines([]) returns. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
