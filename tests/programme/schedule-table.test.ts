import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

describe('finding the schedule table', () => {
  // iutinfoaix-r510-syllabus-2025 (set 66): a course's assessment scheme, dated by its sessions.
  it('takes a dates column whose cells name the course’s sessions (`Séances 7-8`, `Chaque séance`) for no dates: no session, no error', () => {
    const text = ['# Syllabus 2025', '', table('Type | Coefficient | Description | Date', '**Contrôle continu** | 30% | Exercices hebdomadaires | Chaque séance', '**Projet** | 70% | Application complète | Séances 7-8')].join('\n');
    const report = check(text);
    expect(report.programme.sessions).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('still reports a dates column with one real date among session numbers', () => {
    const text = ['# Syllabus 2025', '', table('Séance | Date | Salle', 'Projet | Séances 7-8 | B12', 'Examen | 12 mai 2025 | B12')].join('\n');
    const report = check(text);
    expect(days(report.programme.sessions[1])).toEqual(['2025-05-12']);
    expect(report.diagnostics.map((d) => [d.rule, d.line])).toContainEqual(['unreadable-date', 5]);
  });

  it('skips a day agenda table that comes first and reads the one with a dates column', () => {
    const text = [
      '# Programme 2019',
      '',
      '| Heure début | Heure fin | Durée | Description |',
      '| --- | --- | --- | --- |',
      '| 09:00 | 09:30 | 30mn | Accueil |',
      '',
      table('SESSIONS D\'ACCOMPAGNEMENT | DATES | HORAIRES | LIEU', 'Mentors | 21 février | 14h - 18h30 | Atelier C'),
    ].join('\n');
    const { programme } = check(text);
    expect(programme.sessions).toHaveLength(1);
    expect(programme.sessions[0]!.title.text).toBe('Mentors');
    expect(days(programme.sessions[0])).toEqual(['2019-02-21']);
    expect(programme.sessions[0]!.place?.text).toBe('Atelier C');
  });

  it('recognises headers whatever their case, accents or extra words', () => {
    const text = '# Programme 2021\n\n' + table('Séance | Date | Heures | Salle | Thème', 'Atelier | 4 mars | 9h - 12h | B12 | Données');
    const session = check(text).programme.sessions[0]!;
    expect(session.title.text).toBe('Atelier');
    expect(session.hours?.value).toEqual([{ start: { hour: 9, minute: 0 }, end: { hour: 12, minute: 0 } }]);
    expect(session.place?.text).toBe('B12');
    expect(session.theme?.text).toBe('Données');
  });

  it('takes the title from the theme, else the audience, when there is no title column', () => {
    const text =
      '# Programme 2019\n\n' +
      table('Public | Dates | Horaires | Lieu | Thématique', 'EIG | 14 mars | 9h - 18h | LLL | Open data', 'Mentors | 18 avril | 14h - 18h | LLL | ');
    const [first, second] = check(text).programme.sessions;
    expect(first!.title.text).toBe('Open data');
    expect(first!.audience?.text).toBe('EIG');
    expect(second!.title.text).toBe('Mentors');
  });

  it('keeps a row whose title cell is empty', () => {
    const text = '# Programme 2019\n\n' + table('SESSIONS | DATES', ' | 21 février');
    const { programme, diagnostics } = check(text);
    expect(programme.sessions).toHaveLength(1);
    expect(programme.sessions[0]!.title.text).toBe('');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports a raw HTML schedule table inside a list item, where it is not read, as info instead of skipping it silently', () => {
    const text = '# Le calendrier\n\n- Les séances :\n\n  <table>\n  <thead>\n  <tr>\n  <th>Date</th>\n  <th>Public</th>\n  </tr>\n  </thead>\n  <tr><td>3 mars 2024</td><td>Tous</td></tr>\n  </table>\n';
    const { programme, diagnostics } = check(text);
    expect(programme.sessions).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'html-table', severity: 'info', line: 5 });
  });

  it('says so when a file has no schedule table', () => {
    const { programme, diagnostics } = check('# Notes\n\nNothing planned yet.\n');
    expect(programme.sessions).toEqual([]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['no-schedule-table']);
    expect(diagnostics[0]!.message).toMatch(/No schedule found/);
  });

  it('keeps struck-through and [ANNULE] rows as cancelled sessions', () => {
    const text =
      '# Programme 2019\n\n' +
      table('SESSIONS | DATES', '~~Mentors~~ | ~~21 février~~', 'EIG [ANNULE] | 14 mars', 'EIG | 11 avril (annulée)', 'Mentors | 18 avril');
    const statuses = check(text).programme.sessions.map((s) => [s.title.text, s.status]);
    expect(statuses).toEqual([
      ['Mentors', 'cancelled'],
      ['EIG', 'cancelled'],
      ['EIG', 'cancelled'],
      ['Mentors', 'confirmed'],
    ]);
  });

  it('marks an undecided date as tentative and keeps both days', () => {
    const text = '# Programme 2019\n\n' + table('SESSIONS | DATES', '**Restitution** (EIG + mentors) | 7 ou 14 novembre');
    const session = check(text).programme.sessions[0]!;
    expect(session.status).toBe('tentative');
    expect(session.title.text).toBe('Restitution (EIG + mentors)');
    expect(session.dates.value?.alternatives?.map((a) => a.map((d) => d.day))).toEqual([[7], [14]]);
  });

  it('reads hours labelled per audience', () => {
    const text =
      '# Programme 2019\n\n' +
      table('SESSIONS | DATES | HORAIRES', 'EIG (+ mentors) | 14 mars | 9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors');
    const slots = check(text).programme.sessions[0]!.hours?.value;
    expect(slots?.map((s) => [s.label, s.start.hour, s.end?.hour, s.end?.minute])).toEqual([
      ['EIG', 9, 18, 30],
      ['mentors', 14, 18, 30],
    ]);
  });

  it('keeps the position of every cell', () => {
    const text = '# Programme 2019\n\n' + table('SESSIONS | DATES | LIEU', 'Mentors | 21 février | Atelier C');
    const session = check(text).programme.sessions[0]!;
    expect(session.position.start.line).toBe(5);
    expect(session.dates.position.start).toMatchObject({ line: 5, column: 13 });
    expect(session.place?.position.start).toMatchObject({ line: 5, column: 26 });
  });
});
