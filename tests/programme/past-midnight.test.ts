/*
 * A day's agenda that runs past midnight: a slot that starts in the small hours after one
 * that starts in the evening is on the next day, as are the slots after it.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows } from '../helpers/read.js';

describe('the slots of a day after its turn past midnight', () => {
  it('are on the next day, in a table under the day heading', () => {
    const page = ['### Samedi 13 juin 2026', '| Heure | Événement |', '|---|---|', '| 20h00 | Dîner |', '| 23h00 | Dancefloor |', '| 04h00 | After |', '| 10h | Brunch |', ''].join('\n');
    expect(sessionRows(page)).toEqual([
      [4, '2026-06-13', '20:00-', 'Dîner'],
      [5, '2026-06-13', '23:00-', 'Dancefloor'],
      [6, '2026-06-14', '04:00-', 'After'],
      [7, '2026-06-14', '10:00-', 'Brunch'],
    ]);
  });

  it('are on the next day in a list of timed lines, and a small hour alone stays on its day', () => {
    const list = ['### Vendredi 25 mai 2012', '- 22h30 : Concert', '- 00h45 : DJ set', ''].join('\n');
    expect(sessionRows(list).map(([line, day]) => [line, day])).toEqual([
      [2, '2012-05-25'],
      [3, '2012-05-26'],
    ]);
    const early = ['### Dimanche 27 mai 2012', '- 05h00 : Départ du bus', '- 09h00 : Arrivée', ''].join('\n');
    expect(sessionRows(early).map(([line, day]) => [line, day])).toEqual([
      [2, '2012-05-27'],
      [3, '2012-05-27'],
    ]);
  });

  it('keeps an afternoon followed by a morning on its day: no evening came before', () => {
    const page = ['### Samedi 13 juin 2026', '- 15h : Atelier', '- 06h : Rangement', ''].join('\n');
    expect(sessionRows(page).map(([line, day]) => [line, day])).toEqual([
      [2, '2026-06-13'],
      [3, '2026-06-13'],
    ]);
  });
});
