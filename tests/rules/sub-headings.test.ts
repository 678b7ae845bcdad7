import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/dates/plain-date.js';
import { checkText } from '../../src/engine/pipeline.js';
import { corpusFiles, corpusSkipReason, corpusVersions, hasCorpus } from '../helpers/corpus.js';
import { check, table } from '../helpers/read.js';

const header = 'SESSIONS | DATES | HORAIRES';

/** A 2019 programme with a two-day seminar whose section holds the given lines. */
const seminar = (...lines: string[]) =>
  ['# Programme 2019', '', table(header, 'Séminaire EIG | 5 & 6 septembre | Les 2 jours'), '### Séminaire EIG | 5 & 6 septembre', '', ...lines, ''].join('\n');

const findings = (text: string) => check(text).diagnostics.map((d) => [d.rule, d.line, d.column]);

describe('dated sub-headings of a detail section', () => {
  it('reads each sub-heading that opens with a day, with its place, taking a missing month from the section', () => {
    const { programme } = check(seminar('#### Jeudi 5 septembre - Rétrospectif', '', '#### VENDREDI 6 - PROSPECTIVE', '', '#### Programme'));
    const subs = programme.sections[0]!.subHeadings;
    expect(subs.map((s) => [s.day.text, s.day.position.start.line, s.day.position.start.column, s.day.value && toIsoDate(s.day.value.date)])).toEqual([
      ['Jeudi 5 septembre', 9, 6, '2019-09-05'],
      ['VENDREDI 6', 11, 6, '2019-09-06'],
    ]);
  });

  it('reports a sub-heading whose weekday is not its date\'s, naming the sub-heading and its section', () => {
    const { diagnostics } = check(seminar('#### Jeudi 5 septembre - Rétrospectif', '', '#### Jeudi 6 septembre - Prospectif'));
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.endColumn])).toEqual([['weekday-mismatch', 11, 6, 23]]);
    expect(diagnostics[0]!.message).toBe(
      '"Jeudi 6 septembre" in the sub-heading "Jeudi 6 septembre - Prospectif" of the section "Séminaire EIG | 5 & 6 septembre" does not hold together: 6 September 2019 is a Friday, not a Thursday. Correct the weekday or the date.',
    );
    const french = check(seminar('#### Jeudi 6 septembre - Prospectif'), { language: 'fr' }).diagnostics[0]!;
    expect(french.message).toBe(
      '« Jeudi 6 septembre » dans le sous-titre « Jeudi 6 septembre - Prospectif » de la section « Séminaire EIG | 5 & 6 septembre » se contredit : le 6 septembre 2019 est un vendredi, pas un jeudi. Corrigez le jour de la semaine ou la date.',
    );
  });

  it('reports a sub-heading on a day the section does not have, pointing back at the section\'s dates', () => {
    const { diagnostics } = check(seminar('#### Samedi 7 septembre - Prospectif'));
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line, d.related?.line])).toEqual([['sub-heading-outside-session', 'warning', 9, 7]]);
    expect(diagnostics[0]!.message).toBe(
      '"Samedi 7 septembre" in the sub-heading "Samedi 7 septembre - Prospectif" of the section "Séminaire EIG | 5 & 6 septembre" is 7 September 2019, which is not one of the section\'s days ("5 & 6 septembre": 5 September 2019 and 6 September 2019). Correct the day of the sub-heading, or the section\'s dates.',
    );
    const french = check(seminar('#### Samedi 7 septembre - Prospectif'), { language: 'fr' }).diagnostics[0]!;
    expect(french.message).toBe(
      '« Samedi 7 septembre » dans le sous-titre « Samedi 7 septembre - Prospectif » de la section « Séminaire EIG | 5 & 6 septembre » tombe le 7 septembre 2019, qui n’est pas un des jours de la section (« 5 & 6 septembre » : 5 septembre 2019 et 6 septembre 2019). Corrigez le jour du sous-titre, ou les dates de la section.',
    );
  });

  it('gives a sub-heading without a month the section\'s month, so a drifted day is caught', () => {
    // 13 September 2019 is a Friday: only the day is wrong.
    expect(findings(seminar('#### Vendredi 13 - Prospectif'))).toEqual([['sub-heading-outside-session', 9, 6]]);
    // Under a range across two months, the day number picks its month: 1 October 2019 is a Tuesday.
    const range = ['# Programme 2019', '', table(header, 'Bootcamp | 30 septembre au 2 octobre | '), '### Bootcamp | 30 septembre au 2 octobre', '', '#### Mardi 1 - Ateliers', ''].join('\n');
    expect(findings(range)).toEqual([]);
  });

  it('ignores sub-headings that name no day, and days in table cells and list items', () => {
    const text = seminar(
      '#### Jeudi - **Production**',
      '',
      '#### Programme du 9 septembre',
      '',
      '| JEUDI 12 - RETROSPECTIVE | MARDI 6 - PROSPECTIVE |',
      '| --- | --- |',
      '| a | b |',
      '',
      '- Samedi 7 septembre : rangement',
    );
    expect(check(text).programme.sections[0]!.subHeadings).toEqual([]);
    expect(findings(text)).toEqual([]);
  });

  it('reports a sub-heading day that does not exist', () => {
    expect(findings(seminar('#### Lundi 31 - Départ'))).toEqual([['invalid-date', 9, 6]]);
  });
});

// Every version of the real programme, read and checked: well over the default 30 s on a
// shared machine under load. The bound catches a hang; it is no speed target.
describe.skipIf(!hasCorpus)('dated sub-headings in the real programmes', { timeout: 180_000 }, () => {
  const read = (name: string) => checkText(name, readFileSync(join(corpusVersions, name), 'utf8'), { language: 'en', timezone: 'Europe/Paris' });

  it('the seminar of 5 & 6 septembre has its two day agendas read, on its own days', () => {
    const section = read('2019-09-02_52d094c.md').programme.sections.find((s) => s.dates.text === '5 & 6 septembre')!;
    expect(section.subHeadings.map((s) => [s.heading.position.start.line, s.day.value && toIsoDate(s.day.value.date)])).toEqual([
      [46, '2019-09-05'],
      [61, '2019-09-06'],
    ]);
  });

  it('no version has a sub-heading on a wrong weekday or outside its section', () => {
    for (const name of corpusFiles()) {
      const alarms = read(name).diagnostics.filter((d) => d.rule === 'sub-heading-outside-session' || d.rule === 'weekday-mismatch' || d.rule === 'invalid-date');
      expect(alarms, name).toEqual([]);
    }
  });
});

describe.skipIf(hasCorpus)('dated sub-headings in the real programmes', () => {
  it.skip(corpusSkipReason, () => {});
});
