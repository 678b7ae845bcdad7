import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDateFromHeading, parseFrenchDate } from '../../src/dates/french-dates.js';
import { parseFrenchHours } from '../../src/dates/french-hours.js';
import { corpusFiles, corpusSkipReason, corpusVersions, hasCorpus } from '../helpers/corpus.js';

/*
 * Runs the grammars over every version of the real EIG programme (shared corpus, not
 * copied into the project). The cells are pulled out with a rough line split on purpose:
 * this test is about the grammars, not the markdown reader.
 */

function cellsOfColumn(markdown: string, header: RegExp): string[] {
  const out: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith('|') || !/^\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) continue;
    const headers = line.trim().split('|').slice(1).map((c) => c.trim());
    const col = headers.findIndex((h) => header.test(h));
    for (let j = i + 2; j < lines.length && (lines[j] ?? '').startsWith('|'); j++) {
      if (col < 0) continue;
      const cell = (lines[j] ?? '').trim().split('|').slice(1)[col];
      if (cell !== undefined) out.push(cell.replace(/\*\*/g, '').trim());
    }
  }
  return out;
}

describe.skipIf(!hasCorpus)('the real EIG programme, every 2019 version', () => {
  const texts = corpusFiles().map((f) => readFileSync(join(corpusVersions, f), 'utf8'));

  it('reads every DATES cell of the schedule table', () => {
    const cells = new Set(texts.flatMap((t) => cellsOfColumn(t, /^DATES\b/)));
    expect(cells.size).toBeGreaterThan(10);
    for (const cell of cells) {
      const r = parseFrenchDate(cell);
      expect(r.ok || r.reason === 'empty', cell).toBe(true);
    }
  });

  it('gives no false invalid-hour or end-before-start on HORAIRES cells and Heures lines', () => {
    const cells = new Set(texts.flatMap((t) => cellsOfColumn(t, /^HORAIRES\b/)));
    for (const t of texts) {
      for (const m of t.matchAll(/\*\*Heures\*\*\s*:\s*(.*)/g)) cells.add(m[1] ?? '');
    }
    expect(cells.size).toBeGreaterThan(3);
    for (const cell of cells) {
      const r = parseFrenchHours(cell);
      if (!r.ok) expect(r.reason, cell).toBe('unreadable');
    }
    // The plain schedule forms are read, not just tolerated.
    for (const cell of cells) {
      if (/^\d{1,2}h(\d\d)? - \d{1,2}h(\d\d)?( pour les \w+(, \d{1,2}h(\d\d)? - \d{1,2}h(\d\d)? pour les \w+)?)?$/.test(cell)) {
        expect(parseFrenchHours(cell).ok, cell).toBe(true);
      }
    }
  });

  it('finds the date of every dated session heading and none in undated ones', () => {
    const headings = new Set(texts.flatMap((t) => [...t.matchAll(/^#{2,6} (.*)$/gm)].map((m) => (m[1] ?? '').replace(/\*\*/g, '').trim())));
    for (const h of headings) {
      const found = extractDateFromHeading(h);
      // Headings that name a month after a number carry a date; others must not get one.
      const hasDate = /\b\d{1,2}(er)? (?:& \d{1,2} |et \d{1,2} |au \d{1,2} )?(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b|\d{1,2}\/\d{1,2} mai/i.test(h);
      expect(found !== undefined, h).toBe(hasDate);
      if (found !== undefined) expect(parseFrenchDate(found.dateText).ok, h).toBe(true);
    }
  });
});

describe.skipIf(hasCorpus)('the corpus', () => {
  it.skip(corpusSkipReason, () => {});
});
