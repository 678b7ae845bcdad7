/*
 * Dates a page writes to illustrate, not to schedule, as a masterclass's setup guide writes
 * them (FranckSowax/subscription, held-out set 13): the rows a SQL query returns, shown in a
 * plain block under the query, and a list of examples of a rule.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows } from '../helpers/read.js';

const schedule = ['# Masterclass IA 2025', '', '| Date | Jour | Horaire |', '| --- | --- | --- |', '| 21/10/2025 | Mardi | 9h00 - 15h00 |', '| 22/10/2025 | Mercredi | 9h00 - 15h00 |', ''];
const output = ['```', 'session_date | jour      | places', '-------------|-----------|-------', '2025-10-20   | Monday    | 25', '2025-10-21   | Tuesday   | 25', '```', ''];

describe('dates that illustrate', () => {
  it('reads no session from the rows a query prints, shown under the query', () => {
    const text = [...schedule, '```sql', 'SELECT session_date FROM sessions;', '```', '', '**Résultat :**', '', ...output].join('\n');
    expect(sessionRows(text).map((row) => row[1])).toEqual(['2025-10-21', '2025-10-22']);
  });

  it('still reads a plain-text calendar typed in a code block with no code above it', () => {
    const text = ['# Cours 2025', '', '```', 'Date       | Séance', '-----------|-------', '2025-10-20 | Intro', '2025-10-27 | TP 1', '```', ''].join('\n');
    expect(sessionRows(text).map((row) => row[1])).toEqual(['2025-10-20', '2025-10-27']);
  });

  it('reads no session from a list of examples of a rule (`**Exemples :**`)', () => {
    const text = ['# Tests', '', 'Le test sera disponible après 15h00 le jour de la session.', '', '**Exemples :**', '', '- Session du 20 octobre 2025 → test dispo le 20 octobre 2025 à 15h00', '- Session du 3 novembre 2025 → test dispo le 3 novembre 2025 à 15h00', ''].join('\n');
    expect(sessionRows(text)).toEqual([]);
    expect(sessionRows(text.replace('**Exemples :**', '**Dates :**')).length).toBe(2);
  });
});
