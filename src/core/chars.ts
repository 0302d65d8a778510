// SPEC §3.8 Identifiers: control, format and bidi characters are invisible or reorder what a reader
// sees, so two ids that look alike can differ. Such a character in an id or a logged text is an error.

/** Cc (controls, U+0009 tab and line breaks included), Cf (format: zero-width, bidi marks and overrides, U+FEFF), Zl, Zp. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** The first control, format or bidi character of `text`, with its 1-based position among the characters. */
export function invisibleCharacter(text: string): { code: number; position: number } | null {
  if (!INVISIBLE.test(text)) return null;
  const chars = [...text];
  const position = chars.findIndex((c) => INVISIBLE.test(c));
  return { code: chars[position].codePointAt(0)!, position: position + 1 };
}

/** `U+200B` for a code point. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The key under which two ids are one (SPEC §3.8): NFKC, without control, format and bidi characters.
 */
export function identityKey(text: string): string {
  return text.normalize('NFKC').replace(new RegExp(INVISIBLE.source, 'gu'), '');
}
