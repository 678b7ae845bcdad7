import { describe, expect, it } from 'vitest';
import { parseFrenchDate } from '../../src/dates/french-dates.js';
import { check, days, table } from '../helpers/read.js';

// A row of a season's journal dated by the season (`2026-27`: the budget, the club's
// rules) gives no day: a reader lists no session there and sees no date written wrong
// (amgenas-saison-2026-27).
describe('a dates cell that names a season and no day', () => {
  it.each(['2026-27', '2024-2025', '2024/2025', '2019/20', 'Saison 2026-27', 'Année 2025', 'année scolaire 2024-2025', 'Academic year 2024-25'])('%j gives no day, on purpose', (text) => {
    const parsed = parseFrenchDate(text);
    expect(parsed.ok === false && parsed.reason).toBe('empty');
  });

  it.each(['2019', '2024-2026', '2024-02', '2025 - 12'])('%j stays unreadable or a date', (text) => {
    const parsed = parseFrenchDate(text);
    expect(parsed.ok === false && parsed.reason === 'empty').toBe(false);
  });

  it('raises no error on a journal row dated by its season', () => {
    const text = table('Date | Entrée', '2026-27 | [Budget prévisionnel 2026-27](budget.md)', '5 septembre 2026 | Forum des associations', '7 septembre 2026 | Démarrage de la saison', '25 septembre 2026 | Assemblée générale');
    const report = check(text);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(report.programme.sessions.filter((s) => days(s).length > 0).map((s) => days(s)[0])).toEqual(['2026-09-05', '2026-09-07', '2026-09-25']);
  });
});

// A table with no hours column whose titles end with the hours (`Assemblée générale —
// Salle Le Genêt 18h`): a reader reads them as the session's.
describe('hours that close the title of a table with no hours column', () => {
  const hoursOf = (title: string) => {
    const text = '# Saison 2026-27\n\n' + table('Date | Entrée', `25 septembre 2026 | ${title}`, '3 octobre 2026 | Stage enfants');
    const session = check(text).programme.sessions[0];
    return (session?.hours?.value ?? []).map((slot) => `${slot.start.hour}:${String(slot.start.minute).padStart(2, '0')}-${slot.end ? `${slot.end.hour}:${String(slot.end.minute).padStart(2, '0')}` : ''}`);
  };

  it.each([
    ['Assemblée générale — Salle Le Genêt 18h', ['18:00-']],
    ['Événement de Noël — Salle Handball + Buvette 18h', ['18:00-']],
    ['Réunion des parents, 18h30-20h', ['18:30-20:00']],
    ['Conférence à 20h', ['20:00-']],
    ['Soutien scolaire (17h - 19h)', ['17:00-19:00']],
    ['Assemblée générale 18:30', ['18:30-']],
  ])('%j', (title, want) => {
    expect(hoursOf(title)).toEqual(want);
  });

  // A deadline closing a title that holds other work is when a part is due, not when the
  // session is; a title that is the hand-in itself takes it as its time.
  it.each(['Finalisation rapport + envoi avant 17h', 'Révisions, dépôt du code au plus tard 18h', 'Projet en autonomie, rendu limite 12h'])('reads no hours in the deadline that closes %j', (title) => {
    expect(hoursOf(title)).toEqual([]);
  });

  it.each([
    ['Rendu du travail avant 12h00', ['12:00-']],
    ['Remise du rapport au plus tard 18h', ['18:00-']],
  ])('a title that is the hand-in takes its deadline: %j', (title, want) => {
    expect(hoursOf(title)).toEqual(want);
  });

  it.each(['Atelier 2h', 'Hackathon 48h', 'Relais sur 3 h', 'Course de 10 km', 'Les 24h du Mans', 'Tournoi des moins de 12 ans'])('reads no hours in %j', (title) => {
    expect(hoursOf(title)).toEqual([]);
  });

  it('leaves a table with an hours column to its column', () => {
    const text = table('Date | Horaire | Entrée', '25 septembre 2026 | 9h-12h | Assemblée générale 18h', '3 octobre 2026 | 10h-11h | Stage');
    expect(check(text).programme.sessions[0]?.hours?.value?.[0]?.start).toEqual({ hour: 9, minute: 0 });
  });
});
