import { isUtf8 } from 'node:buffer';

/** A file's bytes read as text, with what was wrong with them. */
export interface DecodedText {
  /** The text, a byte-order mark removed, invalid bytes replaced by U+FFFD. */
  text: string;
  /** Whether the bytes look like a binary file (a NUL byte early on, as git decides). */
  binary: boolean;
  /** Where the first invalid UTF-8 byte is, as an offset into `text`. */
  invalidUtf8Offset?: number;
}

/** Decodes a programme's bytes as UTF-8, noting binary content and the first invalid byte. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const binary = buffer.subarray(0, 8000).includes(0);
  let text = buffer.toString('utf8');
  let bom = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    bom = 1;
  }
  if (isUtf8(buffer)) return { text, binary };
  const badByte = firstInvalidUtf8Byte(buffer);
  // The bytes before the first bad one are valid, so their decoded length is exact.
  const offset = Math.max(0, buffer.subarray(0, badByte).toString('utf8').length - bom);
  return { text, binary, invalidUtf8Offset: offset };
}

// Node can say whether bytes are valid UTF-8 (isUtf8) but not where they stop being so;
// this scan follows the UTF-8 byte patterns (RFC 3629) to find that place.
function firstInvalidUtf8Byte(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
