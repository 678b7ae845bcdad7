/*
 * A day's agenda item continued on a second line (a hard break, then its speakers), as a
 * research network's workshop programme writes it (frrn): the hours close the first line.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

describe('an agenda item continued below its title line', () => {
  it('takes the hours that close its first line', () => {
    const text = ['## Journée du 8 mars 2023 (14h - 18h)', '', '* **Accueil et introduction** (14h00 - 14h30)  ', '  (Sarah Cohen, Arnaud Legrand)', '', '* **Reproductibilité observationnelle** (14h30 - 15h30)  ', '  (Alexandre Hocquet, Timothée Giraud)', '', '* **Pause café** (15h30 - 16h00)', ''].join('\n');
    const sessions = check(text).programme.sessions.map(sessionToJson);
    expect(sessions.map((s) => `${s.line} ${s.days.join(',')} ${s.times.map((t) => `${t.start}-${t.end}`).join(',')}`)).toEqual(['3 2023-03-08 14:00-14:30', '6 2023-03-08 14:30-15:30', '9 2023-03-08 15:30-16:00']);
  });
});
