/*
 * The year of days written without one, as a careful reader infers it from what the page
 * writes, beside the real documents that showed it (tests/fixtures/real:
 * mines-paris-cours-web-2026, lapalette-agenda-aout-2026): the weekdays written with the
 * days decide between a year the page names for something else (a course's edition) and
 * the year they fit; a summer agenda that goes a month back stays in its summer. A weekday
 * that fits no year is still a mistake.
 */
import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

const alarms = (text: string) =>
  check(text)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.rule}@${d.line}`);

// Every one of these weekdays is of 2026 (10 February 2026 is a Tuesday), none of 2025.
const DAYS_2026 = ['Mardi 10/02', 'Mardi 17/02', 'Vendredi 20/02', 'Mardi 24/02', 'Mardi 10/03'];

describe('dates written without a year outside a schedule, under a year named for something else', () => {
  it.each([
    ['a title that names the course edition, over a table that is no schedule', '# Cours Web - Mines Paris 2025\n\n' + table('# | Date', ...DAYS_2026.map((d, i) => `${i + 1} | ${d}`))],
    ['a heading with a year, over a list', '# Cours 2025\n\n## Calendrier\n\n' + DAYS_2026.map((d) => `- ${d} : TP`).join('\n') + '\n'],
    ['the front matter’s title, over sentences', '---\ntitle: Atelier 2025\n---\n\n' + DAYS_2026.map((d) => `Nous nous retrouvons le ${d.toLowerCase()} au local.`).join('\n\n') + '\n'],
    ['an English-worded title, over bold days in paragraphs', '# Web course, 2025 edition\n\n' + DAYS_2026.map((d) => `**${d}** : séance`).join('\n\n') + '\n'],
  ])('raises nothing when every weekday fits the next year: %s', (_name, text) => {
    expect(alarms(text)).toEqual([]);
  });

  it('still reports the one weekday that does not fit the year the others fit', () => {
    const text = '# Cours Web - Mines Paris 2025\n\n' + [...DAYS_2026, 'Mercredi 31/03'].map((d) => `- ${d} : TP`).join('\n') + '\n';
    // 31 March 2026 is a Tuesday: a typo among dates of 2026, reported in 2026.
    const report = check(text);
    const mismatches = report.diagnostics.filter((d) => d.rule === 'weekday-mismatch');
    expect(mismatches.map((d) => d.line)).toEqual([8]);
    expect(mismatches[0]!.message).toContain('31 March 2026');
  });

  it('still reports weekdays that fit no year together (typos, not another year)', () => {
    // 10 and 17 February fall on the same weekday in any year: a Wednesday and a Thursday fit no one year.
    const text = '# Cours 2025\n\n- Mercredi 10/02 : TP\n- Jeudi 17/02 : TP\n';
    expect(alarms(text)).toEqual(['weekday-mismatch@3', 'weekday-mismatch@4']);
  });

  it('keeps the year the page names when the weekdays fit it', () => {
    const text = '# Cours 2026\n\n' + DAYS_2026.map((d) => `- ${d} : TP`).join('\n') + '\n';
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('Mardi 17/02', 'Lundi 17/02'))).toEqual(['weekday-mismatch@4']);
  });
});

describe('a schedule under a year named for something else, with a typo among its weekdays', () => {
  const rows = [...DAYS_2026, 'Mercredi 31/03'].map((d, i) => `${d} | Séance ${i + 1} | 13h45 - 17h`);
  it.each([
    ['a table', '# Cours Web - Mines Paris 2025\n\n' + table('Date | Séance | Horaire', ...rows)],
    ['a list', '# Cours Web - Mines Paris 2025\n\n' + rows.map((row) => `- ${row.replaceAll(' | ', ' : ')}`).join('\n') + '\n'],
  ])('reads it in the year most weekdays fit and reports the typo there: %s', (_name, text) => {
    const report = check(text);
    expect(report.programme.sessions.map((session) => days(session)[0]!.slice(0, 4))).toEqual(Array(6).fill('2026'));
    const mismatches = report.diagnostics.filter((d) => d.rule === 'weekday-mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.message).toContain('31 March 2026');
    // The coordinator is told why the title's year was not taken.
    expect(report.diagnostics.some((d) => d.rule === 'guessed-year' && d.message.includes('all but 1 fit 2026'))).toBe(true);
  });
});

describe('a summer agenda that goes a month back', () => {
  const committed = { year: 2026, month: 8, day: 11 };
  it.each([
    ['headings', '### Mardi 4 août - 19h30\n\nConcert.\n\n### Vendredi 28 août\n\nRDV des bénévoles.\n\n### Du 31 juillet au 4 août\n\nChantier.\n\n### Vendredi 14 août\n\nBal.\n'],
    ['a table', table('Date | Événement', 'Mardi 4 août | Concert', 'Vendredi 28 août | RDV des bénévoles', '31 juillet | Chantier', 'Vendredi 14 août | Bal')],
    ['a list', '# Agenda\n\n- Mardi 4 août : concert\n- Vendredi 28 août : RDV des bénévoles\n- 31 juillet : chantier\n- Vendredi 14 août : bal\n'],
  ])('keeps a July row under August rows in the same summer: %s', (_name, text) => {
    const report = check(text, { committed });
    const years = report.programme.sessions.flatMap((session) => days(session).map((day) => day.slice(0, 4)));
    expect(new Set(years)).toEqual(new Set(['2026']));
    expect(report.diagnostics.filter((d) => d.rule === 'weekday-mismatch')).toEqual([]);
  });

  it('still counts a school year from September: June under September is the next year', () => {
    const report = check(table('Date | Séance | Horaire', '14 septembre 2025 | Rentrée | 9h', '10 juin | Examen | 9h'));
    expect(report.programme.sessions.map((session) => days(session))).toEqual([['2025-09-14'], ['2026-06-10']]);
  });
});

describe('a sentence’s weekday among sessions whose year their own weekdays give', () => {
  // 7 to 10 April are Tuesday to Friday in 2020; `mardi 8 avril` and `mercredi 9 avril`
  // fit 2025 and not 2020 (fcoulombeau-pcsi-semaine-2020).
  const page = (prose: string[]) =>
    ['---', 'title: Semaine du 7 avril', 'date: 2020-04-03', '---', '', 'Pour préparer la semaine :', ...prose, '', '# Mardi 7 avril 10h-12h :', '', 'Exercices.', '', '# Mercredi 8 avril 10h-12h :', '', "TD d'info.", '', '# Jeudi 9 avril 10h-12h :', '', 'Cours.', ''].join('\n');

  it('checks it in the sessions’ year, not in a year its slips would fit', () => {
    const text = page(['- **Pour le mardi 8 avril** : exercices.', "- **Pour le mercredi 9 avril** : préparer le TD d'info."]);
    const mismatches = check(text).diagnostics.filter((d) => d.rule === 'weekday-mismatch');
    expect(mismatches.map((d) => d.line)).toEqual([7, 8]);
    expect(mismatches[0]!.message).toContain('8 April 2020 is a Wednesday');
  });

  it('raises nothing when the sentence’s weekdays fit the sessions’ year', () => {
    expect(alarms(page(['- **Pour le mardi 7 avril** : exercices.', "- **Pour le mercredi 8 avril** : préparer le TD d'info."]))).toEqual([]);
  });
});
