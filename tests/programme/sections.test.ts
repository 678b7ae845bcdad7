import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/dates/plain-date.js';
import { check, table } from '../helpers/read.js';

const schedule = '# Programme 2019\n\n' + table('SESSIONS | DATES', 'EIG | 14 mars', 'Séminaire | 16 & 17 mai', 'EIG | 10 octobre');

describe('detail sections', () => {
  it.each([
    ['### Session EIG | 14 mars', ['2019-03-14']],
    ['### Session du 04 mars 2021', ['2021-03-04']],
    ['### Séminaire des 10 et 11 décembre 2020', ['2020-12-10', '2020-12-11']],
    ['### Journée Démo du 11 février 2021', ['2021-02-11']],
    ['### Séminaire hors-les-murs | 16 et 17 mai', ['2019-05-16', '2019-05-17']],
    ['### Session EIG/mentors | 10 octobre 2019', ['2019-10-10']],
  ])('reads the date of "%s"', (heading, expected) => {
    const { programme } = check(`${schedule}\n${heading}\n\nSome text.\n`);
    expect(programme.sections).toHaveLength(1);
    expect(programme.sections[0]!.dates.value?.days.map(toIsoDate)).toEqual(expected);
  });

  it('ignores headings without a date', () => {
    const { programme } = check(`${schedule}\n## Présentation détaillée des sessions\n\n## Programme 2018\n`);
    expect(programme.sections).toEqual([]);
  });

  it('reads the fields with the place of their values', () => {
    const text = `${schedule}\n### Session EIG | 14 mars\n\n- **Heures** : 9h30 - 18h\n- Lieu : Grand atelier\n- **Thème** : Open data\n\n#### Programme\n\n- 14h - 14h30 : accueil\n`;
    const section = check(text).programme.sections[0]!;
    expect(section.hours?.value).toEqual([{ start: { hour: 9, minute: 30 }, end: { hour: 18, minute: 0 } }]);
    expect(section.hours?.position.start).toMatchObject({ line: 11, column: 16 });
    expect(section.place?.text).toBe('Grand atelier');
    expect(section.place?.position.start).toMatchObject({ line: 12, column: 10 });
    expect(section.theme?.text).toBe('Open data');
    // Agenda lines under a sub-heading are not fields.
    expect(section.fields.map((f) => f.name)).toEqual(['Heures', 'Lieu', 'Thème']);
  });

  it('keeps dated sub-headings inside their section', () => {
    const text = `${schedule}\n### Séminaire | 16 & 17 mai\n\n#### Jeudi 16 mai - Production\n\n#### Vendredi 17 mai\n`;
    expect(check(text).programme.sections).toHaveLength(1);
  });
});
