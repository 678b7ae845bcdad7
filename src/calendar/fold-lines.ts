/*
 * RFC 5545 line folding, by octets. The `ics` package folds by characters, so a French
 * title produced an 83-octet line; no maintained library folds by octets without also
 * taking over the whole serialisation, so this small piece is written by hand.
 */

/** The longest a content line may be, in octets, without its CRLF (RFC 5545 §3.1). */
const maxLineOctets = 75;

/** Splits calendar text into logical lines: folds (CRLF or LF, then a space or tab) undone, no empty last line. */
export function unfoldLines(text: string): string[] {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Folds one logical line into physical lines of at most 75 octets, never inside a character. */
export function foldLine(line: string): string[] {
  if (fitsOnOneLine(line)) return [line];
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  // The first physical line has 75 octets; the next ones give one to the leading space.
  let room = maxLineOctets;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > room) {
      pieces.push(current);
      current = ' ';
      octets = 1;
      room = maxLineOctets;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces;
}

// The octets of a code point in UTF-8 (RFC 3629), without encoding it: a calendar of
// 10,000 events has a million characters in lines long enough to fold.
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Joins logical lines into calendar text: each folded by octets, every line ended by CRLF. */
export function foldCalendar(lines: readonly string[]): string {
  // One string built as it goes: a calendar of 10,000 events has over 100,000 lines.
  let text = '';
  for (const line of lines) {
    if (fitsOnOneLine(line)) text += line + '\r\n';
    else for (const piece of foldLine(line)) text += piece + '\r\n';
  }
  return text;
}

// Most lines are short: measured at once rather than character by character. A UTF-16
// code unit is at most 3 octets in UTF-8, so 25 units always fit without counting.
function fitsOnOneLine(line: string): boolean {
  return line.length <= maxLineOctets / 3 || (line.length <= maxLineOctets && Buffer.byteLength(line, 'utf8') <= maxLineOctets);
}
