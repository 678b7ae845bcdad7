/*
 * Dotted numbers in real documents, read as their readers read them (the `dayforms` class):
 * a day and month glued by a dot is a day in a `Date(s)` column (`20.02`, `16.01 ➝ 10.02`
 * in two UQAM course plans) and nowhere a day is not expected: exercise numbers in a
 * planning table (`1.7 1.8 1.10`, cegep-sn1-planification-a2024), versions in a document
 * history table (`Mise à jour à 1.10`, chamilo-historique-admin), exercises in a course log
 * (`1.10 , 1.12`, moussatat-1eds-deroulement-2024-25), a release in an announcement
 * (`Ubuntu 7.10`, plug-install-party-2007-10-20), clock times (`12.00 Lunch`,
 * gtiq-2019-programme; `19.30 h`, osmbe-arlon-meetup-2020-01) and a room (`salle 0.20`,
 * thealtres-journee-donnees-theatre-2023).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus.js';
import { sessionToJson } from '../../src/report/session-json.js';
import { checkRealDocument, readRealDocuments } from './score.js';

const real = readRealDocuments(join(repoRoot, 'tests', 'fixtures', 'real'));
const document = (slug: string) => {
  const found = real.find((d) => d.slug === slug);
  if (!found) throw new Error(`no real document ${slug}`);
  return found;
};
const daysRead = (slug: string) => checkRealDocument(document(slug)).programme.sessions.map(sessionToJson);

describe('dotted days in a dates column, in real course plans', () => {
  it('reads every deliverable of a `Date(s)` column written `05.09 ➝ 24.09` or `17.10`', () => {
    const rows = daysRead('uqam-inf5153-automne-2019').filter((s) => s.line >= 26 && s.line <= 30);
    expect(rows.map((s) => [s.line, s.days[0], s.days.at(-1)])).toEqual([
      [26, '2019-09-05', '2019-09-24'],
      [27, '2019-10-17', '2019-10-17'],
      [28, '2019-09-25', '2019-10-20'],
      [29, '2019-10-21', '2019-12-15'],
      [30, '2019-12-12', '2019-12-12'],
    ]);
  });

  it('reads the winter plan the same way: `16.01 ➝ 10.02`, `20.02`, `24.04`', () => {
    const rows = daysRead('uqam-inf5153-hiver-2019').filter((s) => s.line >= 30 && s.line <= 34);
    expect(rows.map((s) => [s.line, s.days[0], s.days.at(-1)])).toEqual([
      [30, '2019-01-16', '2019-02-10'],
      [31, '2019-02-20', '2019-02-20'],
      [32, '2019-02-28', '2019-03-24'],
      [33, '2019-03-25', '2019-04-28'],
      [34, '2019-04-24', '2019-04-24'],
    ]);
  });
});

describe('dotted numbers that are no days, in real documents', () => {
  it.each([
    'cegep-sn1-planification-a2024',
    'chamilo-historique-admin',
    'moussatat-1eds-deroulement-2024-25',
    'plug-install-party-2007-10-20',
    'gtiq-2019-programme',
    'osmbe-arlon-meetup-2020-01',
    'thealtres-journee-donnees-theatre-2023',
  ])('%s: every day read is one its reader found', (slug) => {
    const wanted = new Set(document(slug).expected.sessions.flatMap((s) => s.days));
    const read = daysRead(slug).flatMap((s) => s.days);
    expect(read.filter((day) => !wanted.has(day))).toEqual([]);
  });
});
