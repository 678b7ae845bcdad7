/*
 * The header words issue 11 lists, each read as a user writes it: without regard to case,
 * accents, extra words or a trailing `s`, in French and in English. Each header is tried
 * in a table whose other headers are plain, and the row must give its date, title, hours
 * and place.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function readRow(dates: string, title: string, hours: string, place: string) {
  const text = `# Programme 2024\n\n| ${dates} | ${title} | ${hours} | ${place} |\n| --- | --- | --- | --- |\n| 3 mars | Atelier carto | 14h - 16h | Salle B |\n`;
  const [session, ...others] = check(text).programme.sessions.map(sessionToJson);
  expect(others).toEqual([]);
  return { days: session?.days, title: session?.title, times: session?.times.map((t) => `${t.start}-${t.end}`), place: session?.place };
}

const row = { days: ['2024-03-03'], title: 'Atelier carto', times: ['14:00-16:00'], place: 'Salle B' };

describe('the header words of a schedule table', () => {
  it.each(['Date', 'Dates', 'DATES', 'Jour', 'Jours', 'Quand', 'Quand ?', 'Date et heure', 'Day', 'When', 'Date de la séance'])('dates: %j', (header) => {
    expect(readRow(header, 'Séance', 'Horaires', 'Lieu')).toEqual(row);
  });

  it.each(['Séance', 'Seances', 'Session', 'Programme', 'Événement', 'Evenements', 'Activité', 'Cours', 'Sujet', 'Titre', 'Intitulé', 'Description', 'Event', 'Talk', 'Talks'])(
    'titles: %j',
    (header) => {
      expect(readRow('Date', header, 'Horaires', 'Lieu')).toEqual(row);
    },
  );

  it.each(['Horaire', 'Horaires', 'Heure', 'Heures', 'Créneau', 'Creneaux', 'Time', 'HORAIRES'])('hours: %j', (header) => {
    expect(readRow('Date', 'Séance', header, 'Lieu')).toEqual(row);
  });

  it.each(['Lieu', 'Lieux', 'Salle', 'Salles', 'Adresse', 'Où', 'Où ?', 'Location', 'Venue'])('places: %j', (header) => {
    expect(readRow('Date', 'Séance', 'Horaires', header)).toEqual(row);
  });
});
