import { describe, expect, it } from 'vitest';
import { LATIN_LETTER } from '../../src/dates/letters.js';

describe('the Latin letters written out for patterns', () => {
  const latin = new RegExp(`^[${LATIN_LETTER}]$`);

  it('are letters, every one of them', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (latin.test(ch)) expect(/\p{L}/u.test(ch), `U+${code.toString(16)}`).toBe(true);
    }
  });

  it('are every letter of the Latin blocks French and English text is written in', () => {
    const blocks = [[0x0000, 0x024f], [0x1e00, 0x1eff]] as const;
    for (const [from, to] of blocks) {
      for (let code = from; code <= to; code++) {
        const ch = String.fromCharCode(code);
        expect(latin.test(ch), `U+${code.toString(16)}`).toBe(/\p{L}/u.test(ch));
      }
    }
    for (const ch of 'àâäæçéèêëîïôöœùûüÿÀÂÄÆÇÉÈÊËÎÏÔÖŒÙÛÜŸñß') expect(latin.test(ch), ch).toBe(true);
  });
});
