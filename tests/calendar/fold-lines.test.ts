import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCalendar, foldLine, unfoldLines } from '../../src/calendar/fold-lines.js';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

describe('folding by octets', () => {
  it('keeps a long French summary under 75 octets a line, where folding by characters gave 83', () => {
    const line = 'SUMMARY:Séminaire « hors-les-murs » à l’Hostellerie : réflexions stratégiques, données et éthique';
    const physical = foldLine(line);
    expect(physical.length).toBeGreaterThan(1);
    for (const piece of physical) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(unfoldLines(foldCalendar([line]))).toEqual([line]);
  });

  it('never cuts a multibyte character, and unfolding gives back the line (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, ' ')}`;
        const folded = foldCalendar([line]);
        const bytes = Buffer.from(folded, 'utf8');
        // Split the bytes at CRLF: each physical line must be valid UTF-8 on its own.
        let start = 0;
        for (let i = 0; i + 1 < bytes.length; i++) {
          if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
            const piece = bytes.subarray(start, i);
            expect(piece.length).toBeLessThanOrEqual(75);
            expect(() => strictUtf8.decode(piece)).not.toThrow();
            start = i + 2;
          }
        }
        expect(unfoldLines(folded)).toEqual([line]);
      }),
    );
  });

  it('leaves a short line alone and ends every line with CRLF', () => {
    expect(foldCalendar(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('unfolds the tab folds of other writers too', () => {
    expect(unfoldLines('SUMMARY:ab\r\n\tcd\r\nEND:VEVENT\r\n')).toEqual(['SUMMARY:abcd', 'END:VEVENT']);
  });
});
