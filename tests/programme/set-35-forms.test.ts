/*
 * Forms read in held-out set 35 (tests/fixtures/real: carto-recherche-journal-2020,
 * efttbt-ateliers-2016), checked here on a short page, with the near forms that must stay as
 * they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2020, month: 6, day: 1 } });
const brief = (lines: string[]) =>
  read(lines)
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')} ${s.status}`.replace(/ {2,}/g, ' '));

describe('a learning journal whose sessions each open with their day and hours in a sentence', () => {
  const session = (heading: string, line: string) => [heading, '', line, '', '### Ce qu’on a fait', '', '- afficher plusieurs images', '', '### Tu repars avec quoi ?', '', '- meilleure compréhension de CSS', ''];

  it('takes the hours of the line under the heading, whatever sub-headings follow it', () => {
    const page = ['# Journal', '', ...session('## Session 7 - 24 avril 2020', 'Vendredi 24 avril de 9h00 à 11h30, via whereby.com.'), ...session('## Session 8 - 1er mai 2020', 'Vendredi 1er mai de 9h00 à 12h30, via whereby.com.')];
    expect(brief(page)).toEqual(['3 2020-04-24 09:00-11:30 confirmed', '15 2020-05-01 09:00-12:30 confirmed']);
    expect(read(page).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reports a line of hours that opens with another day than its heading, at the heading, naming both', () => {
    const page = ['# Journal', '', ...session('## Session 7 - 24 avril 2020', 'Vendredi 20 mars de 9h00 à 11h30, via whereby.com.')];
    expect(brief(page)).toEqual(['3 2020-04-24 09:00-11:30 confirmed']);
    const found = read(page).diagnostics.filter((d) => d.rule === 'event-dates-mismatch');
    expect(found.map((d) => d.line)).toEqual([3]);
    expect(found[0]!.message).toContain('"24 avril 2020"');
    expect(found[0]!.message).toContain('line 5');
    expect(found[0]!.message).toContain('"Vendredi 20 mars"');
  });

  it('leaves the heading all day when its own words tell two times, and a sub-heading’s time to the sub-heading', () => {
    const twoTimes = ['# Journal', '', '## Session 3 - 13 février 2020', '', 'Accueil à 9h, puis atelier à 10h30.', '', '### Notes', '', '- rien', ''];
    expect(brief(twoTimes)).toEqual(['3 2020-02-13 confirmed']);
    const inPart = ['# Journal', '', '## Session 3 - 13 février 2020', '', 'Une matinée de travail.', '', '### Pause', '', 'Reprise à 10h30.', ''];
    expect(brief(inPart)).toEqual(['3 2020-02-13 confirmed']);
  });
});

describe('a date marked as not settled on a line of its own, a heading or a list item', () => {
  it('reads `Vendredi 1er avril 2016 (à confirmer)` over its hours as a tentative session, like the blocks around it', () => {
    const block = (date: string, hours: string, title: string) => [date, hours, `**« ${title} »**`, 'Tarif : CHF 50.–', '', '---', ''];
    const page = [
      '## Romont', '', '---', '',
      ...block('Vendredi 25 mars 2016', '18 h 30 – 20 h', 'Relâcher cette anxiété'),
      ...block('Vendredi 1<sup>er</sup> avril 2016 (à confirmer)', '18 h 30 – 20 h', 'Douleurs physiques'),
      ...block('Vendredi 8 avril 2016', '18 h 30 – 20 h', 'Relâcher cette colère'),
    ];
    expect(brief(page)).toEqual(['5 2016-03-25 18:30-20:00 confirmed', '12 2016-04-01 18:30-20:00 tentative', '19 2016-04-08 18:30-20:00 confirmed']);
  });

  it('takes the mark out of a list item’s title and a heading’s date, and says once where it stands', () => {
    const page = ['- Vendredi 1er avril 2016 (date à préciser) : atelier A', '- Vendredi 8 avril 2016 : atelier B', '', '## Samedi 1er octobre 2016 (sous réserve)', '', '14h-16h', ''];
    const report = read(page);
    expect(report.programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.title} ${s.status}`)).toEqual([
      '1 atelier A tentative',
      '2 atelier B confirmed',
      '4 Samedi 1er octobre 2016 (sous réserve) tentative',
    ]);
    expect(report.diagnostics.filter((d) => d.rule === 'undecided-date').map((d) => d.line)).toEqual([1, 4]);
  });

  it('leaves a bracket that says something else: `(salle B)`, `(horaires à confirmer)`', () => {
    const page = ['- Vendredi 1er avril 2016 (salle B) : atelier A', '- Vendredi 8 avril 2016 (horaires à confirmer) : atelier B', ''];
    expect(read(page).programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.status}`)).toEqual(['1 confirmed', '2 confirmed']);
  });
});
